/// Everything a rule says about itself: the spec, the documentation (`explain`) and
/// the tests at once. In examples, `↓` marks where a finding must be reported.
public struct RuleDescription: Sendable {
    public var id: String
    public var name: String
    /// One line, for `clauselint rules`.
    public var summary: String
    /// Several paragraphs, for `clauselint explain`.
    public var explanation: String
    public var defaultSeverity: Severity
    /// Off by default (opt-in rules).
    public var enabledByDefault: Bool
    /// Documents the rule must flag, with `↓` before each reported position.
    public var triggering: [String]
    /// Near-misses the rule must let pass.
    public var nonTriggering: [String]
    /// Documents with the fixed text the rule's fixes must produce.
    public var corrections: [Correction]

    public struct Correction: Sendable {
        public var before: String
        public var after: String
        public init(_ before: String, _ after: String) {
            self.before = before
            self.after = after
        }
    }

    public init(id: String, name: String, summary: String, explanation: String,
                defaultSeverity: Severity, enabledByDefault: Bool = true,
                triggering: [String], nonTriggering: [String], corrections: [Correction] = []) {
        self.id = id
        self.name = name
        self.summary = summary
        self.explanation = explanation
        self.defaultSeverity = defaultSeverity
        self.enabledByDefault = enabledByDefault
        self.triggering = triggering
        self.nonTriggering = nonTriggering
        self.corrections = corrections
    }
}
