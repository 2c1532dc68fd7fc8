import XCTest
@testable import ClauseLint

/// The JSON report, written straight to bytes, against the `JSONWriter.Value` tree it used to build.
final class JSONReporterTests: XCTestCase {
    /// Strings that exercise every escape, at every offset within an eight-byte word.
    static let oddTexts: [String] = {
        let pieces = ["", "plain", "\"", "\\", "\n", "\r", "\t", "\u{00}", "\u{01}", "\u{1B}", "\u{1F}", "\u{7F}",
                      "\u{2028}", "\u{2029}", "\u{2027}", "\u{202A}", "\u{20AC}", "é", "’", "🌍", "\u{FFFD}", " "]
        var texts = pieces
        for piece in pieces {
            for offset in 0..<10 {
                texts.append(String(repeating: "a", count: offset) + piece + String(repeating: "b", count: 9 - offset))
            }
        }
        texts.append(pieces.joined())
        texts.append(String(repeating: "long clean text ", count: 40))
        texts.append(String(repeating: "x\"y\\z\u{2028}", count: 30))
        return texts
    }()

    func diagnostic(_ text: String, index: Int) -> Diagnostic {
        let fix = index % 3 == 0 ? Fix(text, edits: [TextEdit(range: 0..<1, replacement: text)]) : nil
        return Diagnostic(rule: index % 5 == 0 ? text : "rule-\(index)", severity: Severity.allCases[index % 3],
                          message: text, path: "p", range: 0..<1,
                          start: SourceLocation(line: index, column: index * 7 - 3),
                          end: SourceLocation(line: index * 1000, column: 0),
                          printedLine: index % 2 == 0 ? index * 13 : nil,
                          clause: index % 4 == 0 ? nil : text, fix: fix)
    }

    func testMatchesValueTreeOnOddText() {
        let diagnostics = Self.oddTexts.enumerated().map { diagnostic($0.element, index: $0.offset) }
        let results = [
            FileResult(path: "odd \"path\"\\\u{2028}\n.md", format: .markdown, resolutions: 3, diagnostics: diagnostics),
            FileResult(path: "", format: nil, resolutions: 0, diagnostics: []),
            FileResult(path: "é/’.txt", format: .text, resolutions: -1, diagnostics: Array(diagnostics.prefix(2))),
        ]
        for version in ["1.0", "", "v\"2\"\n"] {
            let reporter = JSONReporter(version: version)
            XCTAssertEqual(reporter.report(results, rules: []), Self.valueTreeReport(results, version: version))
        }
    }

    func testNoFilesAndNoDiagnostics() {
        let reporter = JSONReporter(version: "1")
        XCTAssertEqual(reporter.report([], rules: []), Self.valueTreeReport([], version: "1"))
        XCTAssertTrue(reporter.report([], rules: []).contains("\"files\": [],\n"))
        let empty = [FileResult(path: "a.md", format: .markdown, resolutions: 0, diagnostics: [])]
        XCTAssertEqual(reporter.report(empty, rules: []), Self.valueTreeReport(empty, version: "1"))
        XCTAssertTrue(reporter.report(empty, rules: []).contains("\"diagnostics\": []\n"))
        XCTAssertTrue(reporter.report(empty, rules: []).hasSuffix("}\n}\n"))
    }

    func testPrintedLineOnlyWhenPresent() {
        let withLine = diagnostic("m", index: 4), withoutLine = diagnostic("m", index: 3)
        let report = JSONReporter(version: "1").report(
            [FileResult(path: "a", format: nil, resolutions: 1, diagnostics: [withLine, withoutLine])], rules: [])
        XCTAssertEqual(report.components(separatedBy: "\"printedLine\": 52\n").count, 2)
        XCTAssertEqual(report.components(separatedBy: "\"printedLine\"").count, 2)
        XCTAssertTrue(report.contains("\"clause\": null,"))
    }

    /// The report as the Value tree wrote it, before the byte writer.
    static func valueTreeReport(_ results: [FileResult], version: String) -> String {
        let summary = Summary(results)
        let value: JSONWriter.Value = .object([
            ("tool", .string("clauselint")),
            ("version", .string(version)),
            ("files", .array(results.map { result in
                .object([
                    ("path", .string(result.path)),
                    ("format", result.format.map { .string($0.rawValue) } ?? .null),
                    ("resolutions", .int(result.resolutions)),
                    ("diagnostics", .array(result.diagnostics.map(valueTree))),
                ])
            })),
            ("summary", .object([
                ("files", .int(summary.files)),
                ("errors", .int(summary.errors)),
                ("warnings", .int(summary.warnings)),
                ("infos", .int(summary.infos)),
            ])),
        ])
        return JSONWriter.serialize(value) + "\n"
    }

    static func valueTree(_ diagnostic: Diagnostic) -> JSONWriter.Value {
        var members: [(String, JSONWriter.Value)] = [
            ("rule", .string(diagnostic.rule)),
            ("severity", .string(diagnostic.severity.rawValue)),
            ("message", .string(diagnostic.message)),
            ("line", .int(diagnostic.start.line)),
            ("column", .int(diagnostic.start.column)),
            ("endLine", .int(diagnostic.end.line)),
            ("endColumn", .int(diagnostic.end.column)),
            ("clause", diagnostic.clause.map { .string($0) } ?? .null),
            ("fixable", .bool(diagnostic.isFixable)),
        ]
        if let printed = diagnostic.printedLine { members.append(("printedLine", .int(printed))) }
        return .object(members)
    }
}
