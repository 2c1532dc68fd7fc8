/// One logical paragraph as a reader hands it to the clause-tree builder: the text
/// with markup removed and conversion damage repaired, where it came from, and which
/// parts of it were italic. Every input format reduces to a list of these.
///
/// A value type whose fields live in one shared box: rules copy blocks constantly (every
/// `clause.block`), and a copy is then one reference count, not one for each of the text,
/// the map and the italics. The box is immutable, so reading it needs no run-time
/// exclusivity check; a change (rare: readers build blocks whole) puts a new box in place.
public struct TextBlock: Sendable {
    public enum Kind: String, Sendable {
        case paragraph, heading, footnote, listItem, tableRow, separator
    }

    private struct Fields: Sendable {
        var kind: Kind
        var text: String
        var map: OffsetMap
        var italics: [Range<Int>]
        var generatedLabel: String?
    }

    private var storage: SharedBox<Fields>

    public var kind: Kind {
        get { storage.fields.kind }
        set { storage.change { $0.kind = newValue } }
    }
    /// The cleaned text.
    public var text: String {
        get { storage.fields.text }
        set { storage.change { $0.text = newValue } }
    }
    /// Cleaned byte offset → source byte offset.
    public var map: OffsetMap {
        get { storage.fields.map }
        set { storage.change { $0.map = newValue } }
    }
    /// Italic ranges in cleaned byte offsets, ascending and disjoint.
    public var italics: [Range<Int>] {
        get { storage.fields.italics }
        set { storage.change { $0.italics = newValue } }
    }
    /// The automatic number or letter a word processor printed before the text
    /// (`3.`, `(b)`), when the input numbers its lists itself.
    public var generatedLabel: String? {
        get { storage.fields.generatedLabel }
        set { storage.change { $0.generatedLabel = newValue } }
    }

    public init(kind: Kind, text: String, map: OffsetMap, italics: [Range<Int>] = [], generatedLabel: String? = nil) {
        storage = SharedBox(Fields(kind: kind, text: text, map: map, italics: italics, generatedLabel: generatedLabel))
    }

    /// Source byte offset where the block starts, read in place (no copy of the map).
    public var sourceStart: Int { storage.fields.map.source(0) }

    /// Source byte range covered by the block.
    public var sourceRange: Range<Int> {
        let start = sourceStart
        return start..<max(start, map.sourceEnd(text.utf8.count))
    }
}
