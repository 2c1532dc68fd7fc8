/// GitHub Actions workflow commands: each finding becomes an annotation on the pull
/// request (`::warning file=…,line=…,col=…,title=rule-id::message`).
public struct GitHubReporter: Reporter {
    public init() {}

    public func report(_ results: [FileResult], rules: [RuleDescription]) -> String {
        var output = ""
        for result in results {
            for diagnostic in result.diagnostics {
                let command: String
                switch diagnostic.severity {
                case .error: command = "error"
                case .warning: command = "warning"
                case .info: command = "notice"
                }
                let properties = [
                    "file=" + Self.escapeProperty(diagnostic.path),
                    "line=\(diagnostic.start.line)", "col=\(diagnostic.start.column)",
                    "endLine=\(diagnostic.end.line)", "endColumn=\(diagnostic.end.column)",
                    "title=" + Self.escapeProperty(diagnostic.rule),
                ]
                var message = diagnostic.message
                if let clause = diagnostic.clause { message += " (\(clause))" }
                output += "::\(command) \(properties.joined(separator: ","))::\(Self.escapeData(message))\n"
            }
        }
        return output
    }

    /// The message part: `%`, CR and LF are encoded, as the runner expects.
    static func escapeData(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D").replacingOccurrences(of: "\n", with: "%0A")
    }

    /// A property value: also `:` and `,`, which separate properties.
    static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
