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
    /// The clause text the phrase was read from. The phrase's own string is made when asked
    /// for (rules want it only to report one): every clause has a phrase, and most strings
    /// that long take an allocation.
    private let clauseText: String
    /// The phrase as written.
    public var text: String {
        var clauseText = clauseText
        let range = range
        return clauseText.withUTF8 { String(decoding: $0[range.clamped(to: 0..<$0.count)], as: UTF8.self) }
    }
    /// Byte range in the clause text.
    public var range: Range<Int>
    public var italic: ItalicCoverage
    /// Byte range of italics that run on past the phrase into the body, if any.
    public var italicOverrun: Range<Int>?
    /// The lexicon's reading of the phrase (nil when no phrase shape was recognised).
    public var match: OpeningMatch?

    /// The phrase at `range` of `clauseText`.
    init(in clauseText: String, range: Range<Int>, italic: ItalicCoverage, italicOverrun: Range<Int>?, match: OpeningMatch?) {
        self.clauseText = clauseText
        self.range = range
        self.italic = italic
        self.italicOverrun = italicOverrun
        self.match = match
    }

    /// Equal phrases read alike, whatever text they were read from.
    public static func == (lhs: OpeningPhrase, rhs: OpeningPhrase) -> Bool {
        lhs.range == rhs.range && lhs.italic == rhs.italic && lhs.italicOverrun == rhs.italicOverrun
            && lhs.match == rhs.match && lhs.text == rhs.text
    }
}

/// A preambular clause, an operative clause or a sub-clause.
///
/// A value type whose fields live in one shared box: rules pass clauses around
/// constantly, and a copy is then one reference, not some four hundred bytes and a dozen
/// reference counts. The box is immutable, so reading it needs no run-time exclusivity
/// check; a change puts a new box in place.
public struct Clause: Sendable {
    public enum Kind: String, Sendable {
        case preambular, operative, subclause
    }

    private struct Fields: Sendable {
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
    }

    private var storage: SharedBox<Fields>

    public var kind: Kind {
        get { storage.fields.kind }
        set { storage.change { $0.kind = newValue } }
    }
    /// The clause's paragraph: text (label included), source map and italics.
    public var block: TextBlock {
        get { storage.fields.block }
        set { storage.change { $0.block = newValue } }
    }
    public var label: ClauseLabel? {
        get { storage.fields.label }
        set { storage.change { $0.label = newValue } }
    }
    /// Byte offset in `block.text` where the clause proper starts (after the label).
    public var contentStart: Int {
        get { storage.fields.contentStart }
        set { storage.change { $0.contentStart = newValue } }
    }
    public var opening: OpeningPhrase? {
        get { storage.fields.opening }
        set { storage.change { $0.opening = newValue } }
    }
    /// The closing punctuation as written (`,` `;` `:` `.` `; and`), empty when none.
    public var end: String {
        get { storage.fields.end }
        set { storage.change { $0.end = newValue } }
    }
    /// Byte range of the closing punctuation in `block.text` (empty range at the end when none).
    public var endRange: Range<Int> {
        get { storage.fields.endRange }
        set { storage.change { $0.endRange = newValue } }
    }
    public var children: [Clause] {
        get { storage.fields.children }
        set { storage.change { $0.children = newValue } }
    }
    /// Index among its siblings.
    public var index: Int {
        get { storage.fields.index }
        set { storage.change { $0.index = newValue } }
    }
    /// Human-readable position: `preambular 3`, `operative 2(a)(ii)`, `annex 1 operative 4`.
    public var path: String {
        get { storage.fields.path }
        set { storage.change { $0.path = newValue } }
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
        storage = SharedBox(Fields(kind: kind, block: block, label: label, contentStart: contentStart, opening: opening,
                                 end: end, endRange: endRange, children: children, index: index, path: path))
    }
}
