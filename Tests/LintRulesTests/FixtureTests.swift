import XCTest
import ClauseLint
@testable import LintRules

/// Fixture resolutions carry their expected findings on lines of their own, under
/// the line they concern:
///
///     1. *Urges* States to act
///     #>                      ^ clause-punctuation
///     Noting the report,
///     #> @1 opening-italic
///
/// `^` marks the column it stands under; `@N` names a column outright (for columns
/// 1 and 2, which `#>` itself covers). The harness strips the `#>` lines, lints with
/// every default rule and compares expected and reported sets.
final class FixtureTests: XCTestCase {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    struct Expectation: Hashable, CustomStringConvertible {
        var line: Int
        var column: Int
        var rule: String
        var description: String { "\(line):\(column) \(rule)" }
    }

    static func parse(_ fixture: String) -> (String, Set<Expectation>) {
        var kept: [String] = []
        var expected = Set<Expectation>()
        for line in fixture.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("#>") else { kept.append(String(line)); continue }
            let scalars = Array(line.unicodeScalars)
            let rest = String(line.dropFirst(2)).trimmingCharacters(in: .whitespaces)
            if rest.hasPrefix("@") {
                let parts = rest.dropFirst().split(separator: " ")
                if parts.count == 2, let column = Int(parts[0]) {
                    expected.insert(Expectation(line: kept.count, column: column, rule: String(parts[1])))
                }
            } else if let caret = scalars.firstIndex(of: "^") {
                let rule = String(String.UnicodeScalarView(scalars[(caret + 1)...])).trimmingCharacters(in: .whitespaces)
                expected.insert(Expectation(line: kept.count, column: caret + 1, rule: rule))
            }
        }
        return (kept.joined(separator: "\n"), expected)
    }

    func testFixtures() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { $0.hasSuffix(".md") }.sorted()
        XCTAssertGreaterThanOrEqual(files.count, 4)
        let ids = BuiltInRules.registry.rules.filter(\.description.enabledByDefault).map(\.description.id)
        for file in files {
            let fixture = try String(contentsOf: Self.folder.appendingPathComponent(file), encoding: .utf8)
            let (text, expected) = Self.parse(fixture)
            let found = try LintHarness.lint(text, rules: ids)
            let reported = Set(found.map { Expectation(line: $0.start.line, column: $0.start.column, rule: $0.rule) })
            let missing = expected.subtracting(reported).sorted { $0.line < $1.line }
            let unexpected = found.filter { !expected.contains(Expectation(line: $0.start.line, column: $0.start.column, rule: $0.rule)) }
            XCTAssertTrue(missing.isEmpty, "\(file): expected but not reported: \(missing)")
            XCTAssertTrue(unexpected.isEmpty, "\(file): reported but not expected:\n" + unexpected.map { "\($0.start) \($0.rule): \($0.message)" }.joined(separator: "\n"))
        }
    }
}
