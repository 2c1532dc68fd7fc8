/// A replacement of a byte range of the source file: fixes are data.
public struct TextEdit: Sendable, Equatable, Hashable {
    /// Byte range in the original source.
    public var range: Range<Int>
    public var replacement: String

    public init(range: Range<Int>, replacement: String) {
        self.range = range
        self.replacement = replacement
    }
}

/// A fix: one or more edits applied together.
public struct Fix: Sendable, Equatable, Hashable {
    public var description: String
    public var edits: [TextEdit]
    public init(_ description: String, edits: [TextEdit]) {
        self.description = description
        self.edits = edits
    }
}
