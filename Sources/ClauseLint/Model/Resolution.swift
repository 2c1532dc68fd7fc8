/// One resolution: its heading facts, preamble, operative part and annexes.
public struct Resolution: Sendable {
    /// Conference or document code (`CCPCJ/1/1`, `S/RES/2139(2013)`) when given.
    public var code: String?
    public var committee: String?
    public var topic: String?
    public var sponsors: String?
    public var signatories: String?
    /// The authoring body line without its comma: `The General Assembly`.
    public var body: String?
    /// Source offset where the resolution begins (its first heading line or clause).
    public var startOffset: Int
    /// Source offset of the body line, or of the first clause when there is none.
    public var bodyOffset: Int
    public var preamble: [Clause]
    public var operative: [Clause]
    public var annexes: [Annex]
    /// True when the operative clauses carry no printed numbers at all.
    public var unnumberedOperatives: Bool

    public init(code: String? = nil, startOffset: Int, bodyOffset: Int) {
        self.code = code
        self.startOffset = startOffset
        self.bodyOffset = bodyOffset
        self.preamble = []
        self.operative = []
        self.annexes = []
        self.unnumberedOperatives = false
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
