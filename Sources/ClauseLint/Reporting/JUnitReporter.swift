/// JUnit XML, which CI servers show as test results: one test case per file, one
/// failure per finding (the file passes when it has none).
public struct JUnitReporter: Reporter {
    public init() {}

    public func report(_ results: [FileResult], rules: [RuleDescription]) -> String {
        let failures = results.reduce(0) { $0 + $1.diagnostics.count }
        let failedFiles = results.filter { !$0.diagnostics.isEmpty }.count
        var output = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        output += "<testsuites name=\"clauselint\" tests=\"\(results.count)\" failures=\"\(failedFiles)\" errors=\"0\">\n"
        output += "  <testsuite name=\"clauselint\" tests=\"\(results.count)\" failures=\"\(failedFiles)\" errors=\"0\" skipped=\"0\">\n"
        output += "    <properties><property name=\"findings\" value=\"\(failures)\"/></properties>\n"
        for result in results {
            let path = Self.escape(result.path)
            if result.diagnostics.isEmpty {
                output += "    <testcase classname=\"clauselint\" name=\"\(path)\" file=\"\(path)\"/>\n"
                continue
            }
            output += "    <testcase classname=\"clauselint\" name=\"\(path)\" file=\"\(path)\">\n"
            for diagnostic in result.diagnostics {
                let location = "\(diagnostic.path):\(diagnostic.start.line):\(diagnostic.start.column)"
                var body = "\(location): \(diagnostic.severity.rawValue): \(diagnostic.message) [\(diagnostic.rule)]"
                if let clause = diagnostic.clause { body += "\nclause: \(clause)" }
                if let printed = diagnostic.printedLine { body += "\nprinted line: \(printed)" }
                output += "      <failure type=\"\(Self.escape(diagnostic.rule))\" message=\"\(Self.escape(diagnostic.severity.rawValue + ": " + diagnostic.message))\">"
                output += Self.escape(body) + "</failure>\n"
            }
            output += "    </testcase>\n"
        }
        output += "  </testsuite>\n</testsuites>\n"
        return output
    }

    static func escape(_ text: String) -> String { MarkupEscaping.escape(text) }
}
