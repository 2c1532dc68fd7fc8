/// A rule ready to run, with the severity the configuration gave it.
public struct ConfiguredRule: Sendable {
    public let rule: any Rule
    public let severity: Severity
    public init(rule: any Rule, severity: Severity) {
        self.rule = rule
        self.severity = severity
    }
}

/// Runs the configured rules over documents and sorts what they report.
public struct Linter: Sendable {
    public let rules: [ConfiguredRule]

    public init(rules: [ConfiguredRule]) {
        self.rules = rules
    }

    public func lint(_ document: Document) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for note in document.readerNotes {
            var context = RuleContext(document: document, ruleID: "input", severity: note.isError ? .error : .warning)
            context.report(note.message, sourceRange: note.offset..<note.offset)
            diagnostics.append(contentsOf: context.diagnostics)
        }
        for configured in rules {
            var context = RuleContext(document: document, ruleID: configured.rule.id, severity: configured.severity)
            configured.rule.check(document, &context)
            diagnostics.append(contentsOf: context.diagnostics)
        }
        return diagnostics.sorted(by: Diagnostic.ordered)
    }
}
