/// A rule ready to run, with the severity the configuration gave it.
public struct ConfiguredRule: Sendable {
    public let rule: any DocumentCheck
    public let severity: Severity
    public init(rule: any DocumentCheck, severity: Severity) {
        self.rule = rule
        self.severity = severity
    }
}

/// Runs the configured rules over documents and sorts what they report.
public struct Linter: Sendable {
    public let rules: [ConfiguredRule]
    /// Every rule id the run knows, enabled or not: suppression comments naming any other are reported.
    public let knownRules: Set<String>
    /// The id of each rule, in the order of `rules`: reading it from the rule builds its whole description.
    private let ruleIDs: [String]

    public init(rules: [ConfiguredRule], knownRules: Set<String> = []) {
        self.rules = rules
        ruleIDs = rules.map(\.rule.id)
        self.knownRules = knownRules.union(ruleIDs).union(ToolFindings.all.map(\.id))
    }

    /// Digests of one document for the cross-document rules, by rule id.
    public func digests(_ document: Document) -> [String: any Sendable] {
        var result: [String: any Sendable] = [:]
        for (configured, id) in zip(rules, ruleIDs) {
            if let cross = configured.rule.crossDocument { result[id] = cross.erasedDigest(document) }
        }
        return result
    }

    /// Findings across documents: `digests` holds each document's digests in run order.
    public func crossDocumentDiagnostics(_ digests: [[String: any Sendable]]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for (configured, id) in zip(rules, ruleIDs) {
            guard let cross = configured.rule.crossDocument else { continue }
            let collected = digests.compactMap { $0[id] }
            guard collected.count > 1 else { continue }
            diagnostics.append(contentsOf: cross.erasedCheck(collected, severity: configured.severity))
        }
        return diagnostics
    }

    /// At most this many findings of one rule in one file: a damaged or machine-made file
    /// (a word repeated a million times) gets a readable report, not gigabytes of one finding.
    public static let findingsPerRuleLimit = 1000

    public func lint(_ document: Document) -> [Diagnostic] {
        // One context gathers the findings of the reader and of every rule, in that order.
        var context = RuleContext(document: document, ruleID: "input", severity: .warning)
        context.reserve(16)
        for note in document.readerNotes {
            context.restart(ruleID: "input", severity: note.isError ? .error : .warning)
            context.report(note.message, sourceRange: note.offset..<note.offset)
        }
        context.limit = Self.findingsPerRuleLimit
        var overflowed = Set<String>()
        for (configured, id) in zip(rules, ruleIDs) {
            context.restart(ruleID: id, severity: configured.severity)
            configured.rule.check(document, &context)
            if context.overflow > 0 {
                overflowed.insert(id)
                context.capRule(note: "\(context.overflow) more findings of \(id) in this file are not shown (at most \(Self.findingsPerRuleLimit) per rule and file)")
            }
        }
        let diagnostics = context.diagnostics
        let suppressions = Suppressions(document, knownRules: knownRules)
        if !suppressions.isEmpty { return suppressions.apply(to: diagnostics, document: document, overflowed: overflowed) }
        return diagnostics.sortedInReportOrder()
    }
}
