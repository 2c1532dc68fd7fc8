/// Which parts of a document a declarative rule reads, combinable: `["operative", "subclause"]`.
public struct RuleScope: OptionSet, Sendable, Hashable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// Preambular clauses (their whole text after the label).
    public static let preamble = RuleScope(rawValue: 1)
    /// Operative clauses.
    public static let operative = RuleScope(rawValue: 2)
    /// Sub-clauses at any depth.
    public static let subclause = RuleScope(rawValue: 4)
    /// Only the opening phrase of preambular and operative clauses.
    public static let opening = RuleScope(rawValue: 8)
    /// Only what follows the opening phrase.
    public static let body = RuleScope(rawValue: 16)
    /// Paragraphs outside clauses.
    public static let prose = RuleScope(rawValue: 32)
    public static let any: RuleScope = [.preamble, .operative, .subclause, .prose]

    public static let names: [String: RuleScope] = [
        "preamble": .preamble, "operative": .operative, "subclause": .subclause, "opening": .opening,
        "body": .body, "prose": .prose, "any": .any,
    ]
}
