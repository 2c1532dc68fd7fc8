import XCTest
@testable import ClauseLint
@testable import LintRules
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Every reporter against its saved output for one sample draft (run with
/// `UPDATE_GOLDEN=1 swift test --filter ReporterTests` to rewrite them after a deliberate change).
final class ReporterTests: XCTestCase {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/reports")
    static let version = "0.0.0-test"

    /// The sample linted with the default configuration; its path as a user in the fixtures folder would give it.
    func sampleResults(keepText: Bool = false) throws -> [FileResult] {
        let bytes = try [UInt8](Data(contentsOf: Self.folder.appendingPathComponent("sample.md")))
        let document = try DocumentLoader().parse(bytes: bytes, path: "sample.md", format: .markdown)
        let linter = try Configuration.builtIn(registry: BuiltInRules.registry).linter(registry: BuiltInRules.registry)
        var result = FileResult(path: "sample.md", format: .markdown, resolutions: document.resolutions.count,
                                diagnostics: linter.lint(document))
        if keepText { result.outline = SourceOutline(document) }
        let clean = FileResult(path: "drafts/clean file.md", format: .markdown, resolutions: 1, diagnostics: [])
        return [result, clean]
    }

    var rules: [RuleDescription] { BuiltInRules.registry.rules.map(\.description) }

    func assertGolden(_ output: String, _ name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let url = Self.folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] != nil {
            try output.write(to: url, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        if output != expected {
            let outputLines = output.split(separator: "\n", omittingEmptySubsequences: false)
            let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let first = zip(outputLines, expectedLines).enumerated().first { $0.element.0 != $0.element.1 }
            XCTFail("\(name) differs at line \((first?.offset ?? min(outputLines.count, expectedLines.count)) + 1):\n got: \(first?.element.0 ?? "")\nwant: \(first?.element.1 ?? "")",
                    file: file, line: line)
        }
    }

    func testText() throws {
        try assertGolden(TextReporter().report(try sampleResults(), rules: rules), "sample.text")
    }

    func testJSON() throws {
        try assertGolden(JSONReporter(version: Self.version).report(try sampleResults(), rules: rules), "sample.json")
    }

    func testGitHub() throws {
        let output = GitHubReporter().report(try sampleResults(), rules: rules)
        try assertGolden(output, "sample.github")
        for line in output.split(separator: "\n") {
            XCTAssertTrue(line.hasPrefix("::error file=") || line.hasPrefix("::warning file=") || line.hasPrefix("::notice file="), String(line))
        }
        XCTAssertEqual(GitHubReporter.escapeProperty("a,b:c%\nd"), "a%2Cb%3Ac%25%0Ad")
    }

    func testJUnitIsWellFormedXML() throws {
        let output = JUnitReporter().report(try sampleResults(), rules: rules)
        try assertGolden(output, "sample.junit.xml")
        let collector = ElementCounter()
        let parser = XMLParser(data: Data(output.utf8))
        parser.delegate = collector
        XCTAssertTrue(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
        XCTAssertEqual(collector.counts["testcase"], 2)
        XCTAssertEqual(collector.counts["failure"], try sampleResults()[0].diagnostics.count)
        XCTAssertEqual(JUnitReporter.escape("a<b & \"c\"\u{1}"), "a&lt;b &amp; &quot;c&quot;")
    }

    func testSARIFValidatesAgainstTheSchema() throws {
        let output = SARIFReporter(version: Self.version).report(try sampleResults(), rules: rules)
        try assertGolden(output, "sample.sarif")
        let schemaData = try Data(contentsOf: Self.folder.appendingPathComponent("sarif-schema-2.1.0.json"))
        let schema = try JSONSerialization.jsonObject(with: schemaData)
        let log = try JSONSerialization.jsonObject(with: Data(output.utf8))
        let problems = JSONSchemaValidator(root: schema).validate(log)
        XCTAssertEqual(problems, [], "SARIF output does not validate")
        // The validator does catch what the schema forbids.
        var broken = try XCTUnwrap(log as? [String: Any])
        broken["version"] = "2.0.0"
        broken["unexpected"] = true
        XCTAssertEqual(JSONSchemaValidator(root: schema).validate(broken).count, 2)
        // Rules carry id, name, summary and help; fixable results carry fixes.
        let run = try XCTUnwrap(((log as? [String: Any])?["runs"] as? [[String: Any]])?.first)
        let driver = try XCTUnwrap((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let sarifRules = try XCTUnwrap(driver["rules"] as? [[String: Any]])
        XCTAssertTrue(sarifRules.allSatisfy { $0["id"] != nil && $0["name"] != nil && $0["shortDescription"] != nil && $0["help"] != nil })
        let results = try XCTUnwrap(run["results"] as? [[String: Any]])
        XCTAssertTrue(results.contains { $0["fixes"] != nil })
    }

    func testHTML() throws {
        let output = HTMLReporter(version: Self.version).report(try sampleResults(keepText: true), rules: rules)
        try assertGolden(output, "sample.html")
        // Self-contained: nothing is fetched from elsewhere.
        for reference in ["src=\"http", "href=\"http", "@import", "url("] { XCTAssertFalse(output.contains(reference), reference) }
        // Every finding has a note, a highlight it links to and an explanation one click away.
        let count = try sampleResults()[0].diagnostics.count
        for number in 1...count {
            XCTAssertTrue(output.contains("id=\"f-\(number)\""), "note \(number)")
            XCTAssertTrue(output.contains("id=\"m-\(number)\""), "highlight \(number)")
        }
        for diagnostic in try sampleResults()[0].diagnostics {
            XCTAssertTrue(output.contains("<details id=\"rule-\(diagnostic.rule)\">"), diagnostic.rule)
        }
        XCTAssertTrue(output.contains("Côte d’Ivoire"))
        XCTAssertTrue(output.contains("Economic &amp; Social Council"))
    }

    func testParagraphsOfTheDisplayText() {
        let text = Array("one\ntwo\n\nthree\n".utf8)
        let blankSeparated = HTMLReporter.paragraphs(text).map { String(decoding: text[$0], as: UTF8.self) }
        XCTAssertEqual(blankSeparated, ["one\ntwo", "three"])
        // Word and OpenDocument text has one paragraph per line.
        let byLine = HTMLReporter.paragraphs(text, byLine: true).map { String(decoding: text[$0], as: UTF8.self) }
        XCTAssertEqual(byLine, ["one", "two", "three"])
    }

    func testHTMLDisplayOfAnHTMLPage() {
        let page = Array("<html><head><style>.c1{font-style:italic}</style></head><body><p>Caf&eacute; <b>noir</b></p><p>Second&nbsp;line</p></body></html>".utf8)
        let display = HTMLDisplayText(source: page, isHTML: true)
        XCTAssertEqual(String(decoding: display.bytes, as: UTF8.self), "Café noir\n\nSecond\u{00A0}line\n\n")
        let noir = page.firstRange(of: Array("noir".utf8))!.lowerBound
        XCTAssertEqual(display.displayOffset(of: noir), "Café ".utf8.count)
    }
}

/// Counts XML elements by name.
final class ElementCounter: NSObject, XMLParserDelegate {
    var counts: [String: Int] = [:]
    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        counts[name, default: 0] += 1
    }
}
