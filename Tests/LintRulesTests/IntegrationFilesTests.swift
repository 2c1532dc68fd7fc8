import XCTest
import ClauseLint

/// The files other tools read (pre-commit's hook list, the example workflow) agree with the tool.
final class IntegrationFilesTests: XCTestCase {
    func testPreCommitHooksCoverEveryReadableFormat() throws {
        let text = try String(contentsOf: CLI.root.appendingPathComponent(".pre-commit-hooks.yaml"), encoding: .utf8)
        let lines = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        XCTAssertTrue(lines.contains("- id: clauselint"))
        XCTAssertTrue(lines.contains("language: swift"), "pre-commit builds Swift hooks with swift build -c release")
        let filesLine = try XCTUnwrap(lines.first { $0.hasPrefix("files:") })
        let pattern = try NSRegularExpression(pattern: String(filesLine.dropFirst("files:".count)).trimmingCharacters(in: .whitespaces))
        for name in ["a.md", "a.markdown", "a.txt", "a.html", "a.htm", "a.docx", "a.odt"] {
            XCTAssertNotNil(DocumentFormat.forPath(name))
            XCTAssertNotNil(pattern.firstMatch(in: name, range: NSRange(location: 0, length: name.utf16.count)), name)
        }
        for name in ["a.pdf", "a.json", "Package.swift"] {
            XCTAssertNil(pattern.firstMatch(in: name, range: NSRange(location: 0, length: name.utf16.count)), name)
        }
    }

    func testExampleWorkflowUsesFormatsTheToolHas() throws {
        let text = try String(contentsOf: CLI.root.appendingPathComponent("Examples/github-workflow.yml"), encoding: .utf8)
        for format in ["sarif", "github", "html"] { XCTAssertTrue(text.contains("--format \(format)"), format) }
        XCTAssertTrue(text.contains("upload-sarif"))
        XCTAssertFalse(text.contains("\t"), "YAML forbids tabs")
    }
}
