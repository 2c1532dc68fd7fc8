/// One resolution: its heading facts, preamble, operative part and annexes.
///
/// A value type whose fields live in one shared box: rules walk `document.resolutions`
/// over and over, and a copy is then one reference count, not one for each string and
/// list. The walker fills in `Fields` and boxes them once; a change puts a new box in place.
public struct Resolution: Sendable {
    struct Fields: Sendable {
        var code: String?
        var committee: String?
        var topic: String?
        var sponsors: String?
        var signatories: String?
        var body: String?
        var startOffset: Int
        var bodyOffset: Int
        var preamble: [Clause] = []
        var operative: [Clause] = []
        var annexes: [Annex] = []
        var unnumberedOperatives = false

        init(code: String? = nil, startOffset: Int, bodyOffset: Int) {
            self.code = code
            self.startOffset = startOffset
            self.bodyOffset = bodyOffset
        }
    }

    private var storage: SharedBox<Fields>

    /// Conference or document code (`CCPCJ/1/1`, `S/RES/2139(2013)`) when given.
    public var code: String? {
        get { storage.fields.code }
        set { storage.change { $0.code = newValue } }
    }
    public var committee: String? {
        get { storage.fields.committee }
        set { storage.change { $0.committee = newValue } }
    }
    public var topic: String? {
        get { storage.fields.topic }
        set { storage.change { $0.topic = newValue } }
    }
    public var sponsors: String? {
        get { storage.fields.sponsors }
        set { storage.change { $0.sponsors = newValue } }
    }
    public var signatories: String? {
        get { storage.fields.signatories }
        set { storage.change { $0.signatories = newValue } }
    }
    /// The authoring body line without its comma: `The General Assembly`.
    public var body: String? {
        get { storage.fields.body }
        set { storage.change { $0.body = newValue } }
    }
    /// Source offset where the resolution begins (its first heading line or clause).
    public var startOffset: Int {
        get { storage.fields.startOffset }
        set { storage.change { $0.startOffset = newValue } }
    }
    /// Source offset of the body line, or of the first clause when there is none.
    public var bodyOffset: Int {
        get { storage.fields.bodyOffset }
        set { storage.change { $0.bodyOffset = newValue } }
    }
    public var preamble: [Clause] {
        get { storage.fields.preamble }
        set { storage.change { $0.preamble = newValue } }
    }
    public var operative: [Clause] {
        get { storage.fields.operative }
        set { storage.change { $0.operative = newValue } }
    }
    public var annexes: [Annex] {
        get { storage.fields.annexes }
        set { storage.change { $0.annexes = newValue } }
    }
    /// True when the operative clauses carry no printed numbers at all.
    public var unnumberedOperatives: Bool {
        get { storage.fields.unnumberedOperatives }
        set { storage.change { $0.unnumberedOperatives = newValue } }
    }

    public init(code: String? = nil, startOffset: Int, bodyOffset: Int) {
        storage = SharedBox(Fields(code: code, startOffset: startOffset, bodyOffset: bodyOffset))
    }

    /// A resolution of fields filled in whole.
    init(_ fields: Fields) {
        storage = SharedBox(fields)
    }

    /// Every clause, depth first, in document order (preamble, operative, annexes).
    public var allClauses: [Clause] {
        var result: [Clause] = []
        func walk(_ clauses: [Clause]) {
            for clause in clauses {
                result.append(clause)
                walk(clause.children)
            }
        }
        walk(preamble)
        walk(operative)
        for annex in annexes { walk(annex.operative) }
        return result
    }

    /// The operative parts that number their clauses independently: the resolution
    /// itself and each annex.
    public var operativeParts: [[Clause]] { [operative] + annexes.map(\.operative) }
}

/// An annex with operative clauses of its own.
public struct Annex: Sendable {
    public var title: String
    public var offset: Int
    public var operative: [Clause]
    public init(title: String, offset: Int, operative: [Clause] = []) {
        self.title = title
        self.offset = offset
        self.operative = operative
    }
}
