/// One logical paragraph as a reader hands it to the clause-tree builder: the text
/// with markup removed and conversion damage repaired, where it came from, and which
/// parts of it were italic. Every input format reduces to a list of these.
public struct TextBlock: Sendable {
    public enum Kind: String, Sendable {
        case paragraph, heading, footnote, listItem, tableRow, separator
    }

    public var kind: Kind
    /// The cleaned text.
    public var text: String
    /// Cleaned byte offset → source byte offset.
    public var map: OffsetMap
    /// Italic ranges in cleaned byte offsets, ascending and disjoint.
    public var italics: [Range<Int>]
    /// The automatic number or letter a word processor printed before the text
    /// (`3.`, `(b)`), when the input numbers its lists itself.
    public var generatedLabel: String?

    public init(kind: Kind, text: String, map: OffsetMap, italics: [Range<Int>] = [], generatedLabel: String? = nil) {
        self.kind = kind
        self.text = text
        self.map = map
        self.italics = italics
        self.generatedLabel = generatedLabel
    }

    /// Source byte range covered by the block.
    public var sourceRange: Range<Int> {
        let start = map.source(0)
        return start..<max(start, map.sourceEnd(text.utf8.count))
    }
}
