/// Compiler-style lines (`path:line:column: warning: message [rule-id]`) that editors
/// and CI problem matchers understand, then a one-line summary.
public struct TextReporter: Reporter {
    public var color: Bool
    public var summary: Bool

    public init(color: Bool = false, summary: Bool = true) {
        self.color = color
        self.summary = summary
    }

    public func report(_ results: [FileResult], rules: [RuleDescription]) -> String {
        var output = ""
        for result in results {
            for diagnostic in result.diagnostics {
                output += line(diagnostic) + "\n"
            }
        }
        if summary {
            let counts = Summary(results)
            let total = counts.errors + counts.warnings + counts.infos
            let text = total == 0
                ? "no problems in \(plural(counts.files, "file"))"
                : "\(plural(counts.errors, "error")), \(plural(counts.warnings, "warning")), \(plural(counts.infos, "info")) in \(plural(counts.files, "file"))"
            output += paint(text, counts.errors > 0 ? "1;31" : total > 0 ? "1;33" : "1;32") + "\n"
        }
        return output
    }

    public func line(_ diagnostic: Diagnostic) -> String {
        let severity: String
        switch diagnostic.severity {
        case .error: severity = paint("error", "1;31")
        case .warning: severity = paint("warning", "1;33")
        case .info: severity = paint("info", "1;36")
        }
        var message = diagnostic.message
        if let printed = diagnostic.printedLine { message += " (printed line \(printed))" }
        let location = "\(diagnostic.path):\(diagnostic.start.line):\(diagnostic.start.column)"
        return "\(paint(location, "1")): \(severity): \(message) \(paint("[\(diagnostic.rule)]", "2"))"
    }

    private func paint(_ text: String, _ code: String) -> String {
        color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    private func plural(_ count: Int, _ word: String) -> String {
        "\(count) \(word)\(count == 1 || word == "info" ? "" : "s")"
    }
}
