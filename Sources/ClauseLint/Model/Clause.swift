/// How a label is written: `(a)`, `a.`, `a)` or a bare number `1.`.
public enum LabelStyle: String, Sendable {
    /// `(a)`, `(i)`: UN official style.
    case parenthesized
    /// `a.`, `i.`, `1.`: NMUN style.
    case period
    /// `a)`, `i)`: THIMUN style.
    case closingParenthesis

    public func render(_ value: String) -> String {
        switch self {
        case .parenthesized: return "(\(value))"
        case .period: return "\(value)."
        case .closingParenthesis: return "\(value))"
        }
    }
}

/// What sequence a label belongs to.
public enum LabelFamily: String, Sendable {
    case decimal, lowerLetter, lowerRoman, upperLetter, upperRoman
}

/// A label as written before a clause.
public struct ClauseLabel: Sendable, Equatable {
    /// The value without punctuation: `3`, `b`, `iv`.
    public var value: String
    public var style: LabelStyle
    public var family: LabelFamily
    /// Byte range of the label in the clause text.
    public var range: Range<Int>
    /// The label as written (`(b)`).
    public var written: String
    /// True when a word processor generated the label (automatic numbering).
    public var generated: Bool

    /// Position in its family's sequence, 1-based (`c` → 3, `iv` → 4).
    public var ordinal: Int? { LabelSequence.ordinal(of: value, family: family) }
}

/// Whether the opening phrase was italic.
public enum ItalicCoverage: String, Sendable {
    /// The whole phrase is italic.
    case full
    /// Part of the phrase is italic.
    case partial
    /// None of the phrase is italic.
    case none
    /// The input carries no emphasis information.
    case unknown
}

/// The opening phrase of a clause: `Calls upon`, `Deeply concerned`.
public struct OpeningPhrase: Sendable, Equatable {
    public var text: String
    /// Byte range in the clause text.
    public var range: Range<Int>
    public var italic: ItalicCoverage
    /// Byte range of italics that run on past the phrase into the body, if any.
    public var italicOverrun: Range<Int>?
    /// The lexicon's reading of the phrase (nil when no phrase shape was recognised).
    public var match: OpeningMatch?
}

/// A preambular clause, an operative clause or a sub-clause.
///
/// A value type whose fields live in one shared box, copied only when a copy is changed:
/// rules pass clauses around constantly, and a copy is then one reference, not some
/// four hundred bytes and a dozen reference counts.
public struct Clause: Sendable {
    public enum Kind: String, Sendable {
        case preambular, operative, subclause
    }

    /// The fields. Never changed while shared (see `unique`), hence safe to send.
    private final class Storage: @unchecked Sendable {
        var kind: Kind
        var block: TextBlock
        var label: ClauseLabel?
        var contentStart: Int
        var opening: OpeningPhrase?
        var end: String
        var endRange: Range<Int>
        var children: [Clause]
        var index: Int
        var path: String

        init(kind: Kind, block: TextBlock, label: ClauseLabel?, contentStart: Int, opening: OpeningPhrase?,
             end: String, endRange: Range<Int>, children: [Clause], index: Int, path: String) {
            self.kind = kind
            self.block = block
            self.label = label
            self.contentStart = contentStart
            self.opening = opening
            self.end = end
            self.endRange = endRange
            self.children = children
            self.index = index
            self.path = path
        }

        func copy() -> Storage {
            Storage(kind: kind, block: block, label: label, contentStart: contentStart, opening: opening,
                    end: end, endRange: endRange, children: children, index: index, path: path)
        }
    }

    private var storage: Storage

    /// The box, copied first if another clause value shares it.
    private var unique: Storage {
        mutating get {
            if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
            return storage
        }
    }

    public var kind: Kind {
        get { storage.kind }
        set { unique.kind = newValue }
    }
    /// The clause's paragraph: text (label included), source map and italics.
    public var block: TextBlock {
        get { storage.block }
        set { unique.block = newValue }
    }
    public var label: ClauseLabel? {
        get { storage.label }
        set { unique.label = newValue }
    }
    /// Byte offset in `block.text` where the clause proper starts (after the label).
    public var contentStart: Int {
        get { storage.contentStart }
        set { unique.contentStart = newValue }
    }
    public var opening: OpeningPhrase? {
        get { storage.opening }
        set { unique.opening = newValue }
    }
    /// The closing punctuation as written (`,` `;` `:` `.` `; and`), empty when none.
    public var end: String {
        get { storage.end }
        set { unique.end = newValue }
    }
    /// Byte range of the closing punctuation in `block.text` (empty range at the end when none).
    public var endRange: Range<Int> {
        get { storage.endRange }
        set { unique.endRange = newValue }
    }
    public var children: [Clause] {
        get { storage.children }
        set { unique.children = newValue }
    }
    /// Index among its siblings.
    public var index: Int {
        get { storage.index }
        set { unique.index = newValue }
    }
    /// Human-readable position: `preambular 3`, `operative 2(a)(ii)`, `annex 1 operative 4`.
    public var path: String {
        get { storage.path }
        set { unique.path = newValue }
    }

    public var text: String { block.text }

    /// The clause text after its label.
    public var content: Substring {
        let utf8 = block.text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: min(contentStart, utf8.count))
        return block.text[start...]
    }

    /// The text after the opening phrase (or all of the content when there is none).
    public var body: Substring {
        let utf8 = block.text.utf8
        let offset = min(opening?.range.upperBound ?? contentStart, utf8.count)
        return block.text[utf8.index(utf8.startIndex, offsetBy: offset)...]
    }

    public init(kind: Kind, block: TextBlock, label: ClauseLabel?, contentStart: Int,
                opening: OpeningPhrase?, end: String, endRange: Range<Int>,
                children: [Clause] = [], index: Int = 0, path: String = "") {
        storage = Storage(kind: kind, block: block, label: label, contentStart: contentStart, opening: opening,
                          end: end, endRange: endRange, children: children, index: index, path: path)
    }
}
