import XCTest
@testable import ClauseLint

/// Sorting diagnostics by their positions gives exactly the order of `sorted(by: Diagnostic.ordered)`.
final class DiagnosticOrderTests: XCTestCase {
    private func diagnostic(_ rule: String, _ message: String, line: Int, column: Int, tag: String = "") -> Diagnostic {
        Diagnostic(rule: rule, severity: .warning, message: message, path: "a.md", range: line..<(line + 1),
                   start: SourceLocation(line: line, column: column), end: SourceLocation(line: line, column: column + 1),
                   context: tag)
    }

    func testSameOrderAsSortingTheDiagnostics() {
        var diagnostics: [Diagnostic] = []
        for index in 0..<300 {
            let rules = ["b-rule", "a-rule", "c-rule"]
            // Few distinct positions, rules and messages: many ties at each level.
            diagnostics.append(diagnostic(rules[index * 7 % 3], "message \(index * 13 % 4)",
                                          line: index * 31 % 9, column: index * 17 % 3, tag: "\(index)"))
        }
        XCTAssertEqual(diagnostics.sortedInReportOrder(), diagnostics.sorted(by: Diagnostic.ordered))
    }

    /// Equal diagnostics keep the order they were reported in (the tag tells them apart).
    func testTiesKeepTheirOrder() {
        let diagnostics = (0..<40).map { diagnostic("rule", "same", line: 1, column: 1, tag: "\($0)") }
        XCTAssertEqual(diagnostics.sortedInReportOrder().map(\.context), diagnostics.map(\.context))
    }

    func testEmptyAndSingle() {
        XCTAssertEqual([Diagnostic]().sortedInReportOrder(), [])
        let one = [diagnostic("rule", "m", line: 3, column: 2)]
        XCTAssertEqual(one.sortedInReportOrder(), one)
    }
}
