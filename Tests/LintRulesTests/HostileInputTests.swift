import XCTest
import ClauseLint
@testable import LintRules

/// Every kind of bad input ends in a clear `input` finding or message, the right exit
/// status, and the other files of the run still linted; pathological text finishes.
final class HostileInputTests: XCTestCase {
    var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("clauselint-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    @discardableResult
    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
        return url.path
    }

    func json(_ run: CLI.Run) throws -> [[String: Any]] {
        let root = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any], run.errors)
        return try XCTUnwrap(root["files"] as? [[String: Any]])
    }

    func diagnostics(_ file: [String: Any]) -> [[String: Any]] { file["diagnostics"] as? [[String: Any]] ?? [] }

    static let clean = Array("The General Assembly,\n\n*Recalling* its earlier work,\n\n1. *Urges* all Member States to act.\n".utf8)

    func testBrokenFilesAreInputFindingsAndTheRestIsLinted() throws {
        var random = SystemRandomNumberGenerator()
        try write("random.md", (0..<100_000).map { _ in UInt8.random(in: 0...255, using: &random) })
        try write("empty.md", [])
        try write("blank.txt", Array("   \n\n\t \n".utf8))
        try write("not-a-zip.docx", Array("this is plain text, not a Word file".utf8))
        try write("corrupt.odt", [0x50, 0x4B, 0x03, 0x04] + Array(repeating: 0, count: 200))
        try write("zip-as-text.md", [0x50, 0x4B, 0x03, 0x04, 0xFF, 0xFE, 0x00, 0x80] + Self.clean)
        try FileManager.default.copyItem(at: CLI.root.appendingPathComponent("Tests/ClauseLintTests/Fixtures/office/truncated.docx"),
                                         to: folder.appendingPathComponent("truncated.docx"))
        try FileManager.default.copyItem(at: CLI.root.appendingPathComponent("Tests/ClauseLintTests/Fixtures/office/entities.docx"),
                                         to: folder.appendingPathComponent("entities.docx"))
        // A named pipe would block a reader for ever: it must be refused, not read.
        XCTAssertEqual(mkfifo(folder.appendingPathComponent("pipe.md").path, 0o644), 0)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("dangling.md").path, withDestinationPath: "/nonexistent/x.md")
        try write("zz-clean.md", Self.clean)

        let run = try CLI.run(["--format", "json", folder.path])
        XCTAssertEqual(run.status, 1, "input errors are error findings: \(run.errors)")
        let files = try json(run)
        func findings(_ name: String) -> [[String: Any]] {
            diagnostics(files.first { ($0["path"] as? String)?.hasSuffix("/" + name) == true } ?? [:])
        }
        func inputMessages(_ name: String) -> [String] {
            findings(name).filter { $0["rule"] as? String == "input" }.compactMap { $0["message"] as? String }
        }
        // Invalid UTF-8 is replaced and reported once, whatever the number of bad bytes.
        XCTAssertEqual(inputMessages("random.md").count, 1)
        XCTAssertEqual(inputMessages("zip-as-text.md").count, 1)
        XCTAssertTrue(findings("empty.md").isEmpty)
        XCTAssertTrue(findings("blank.txt").isEmpty)
        for name in ["not-a-zip.docx", "corrupt.odt", "truncated.docx", "entities.docx", "pipe.md", "dangling.md"] {
            let messages = inputMessages(name)
            XCTAssertEqual(messages.count, 1, "\(name): \(findings(name))")
            XCTAssertFalse(messages.first?.isEmpty ?? true)
            XCTAssertEqual(findings(name).first?["severity"] as? String, "error", name)
        }
        XCTAssertTrue(findings("zz-clean.md").isEmpty, "the clean file is still linted, and clean")
        XCTAssertNotNil(files.first { ($0["path"] as? String)?.hasSuffix("zz-clean.md") == true })
    }

    func testAMissingPathIsAUsageFailure() throws {
        let run = try CLI.run([folder.appendingPathComponent("no-such-draft.md").path])
        XCTAssertEqual(run.status, 2)
        XCTAssertTrue(run.errors.contains("no-such-draft.md"), run.errors)
        XCTAssertTrue(run.output.isEmpty)
    }

    // Pathological text: each finishes (the bench measures how fast), findings stay inside the file.

    func lintInProcess(_ text: [UInt8], format: DocumentFormat = .markdown) throws -> [Diagnostic] {
        let document = try DocumentLoader().parse(bytes: text, path: "x", format: format)
        let registry = BuiltInRules.registry
        let found = try Configuration.builtIn(registry: registry).linter(registry: registry).lint(document)
        for diagnostic in found { XCTAssertLessThanOrEqual(diagnostic.range.upperBound, document.source.bytes.count) }
        return found
    }

    func testTwoMillionOpenParentheses() throws {
        XCTAssertNoThrow(try lintInProcess(Array(repeating: 0x28, count: 2_000_000)))
        let nested = "The General Assembly,\n\n*Recalling* " + String(repeating: "(", count: 200_000) + "x" + String(repeating: ")", count: 200_000) + ",\n"
        XCTAssertNoThrow(try lintInProcess(Array(nested.utf8)))
    }

    func testCapitalsAndAcronymsByTheHundredThousand() throws {
        var generator = SystemRandomNumberGenerator()
        var text = "The General Assembly,\n\n1. *Urges* "
        while text.utf8.count < 300_000 {
            let length = Int.random(in: 2...6, using: &generator)
            text += String((0..<length).map { _ in Character(Unicode.Scalar(UInt8.random(in: 65...90, using: &generator))) }) + " (xyz) "
        }
        let found = try lintInProcess(Array((text + ";\n").utf8))
        // Findings are capped per rule, with a note saying how many more there were.
        let undefined = found.filter { $0.rule == "acronym-undefined" }
        XCTAssertLessThanOrEqual(undefined.count, Linter.findingsPerRuleLimit + 1)
        XCTAssertTrue(undefined.last?.message.contains("more findings of acronym-undefined") ?? false)
    }

    /// A long acronym before a long parenthesis that almost fits: matching letters to words
    /// once tried every choice of words, which took exponential time (minutes for this line).
    func testALongAcronymThatAlmostFitsALongExpansion() throws {
        let line = "The General Assembly,\n\n*Noting* the AAAAAAAAAAAAAAAAAAAB (" + Array(repeating: "ab", count: 60).joined(separator: " ") + ") today,\n"
        let start = Date()
        let found = try lintInProcess(Array(line.utf8))
        XCTAssertLessThan(Date().timeIntervalSince(start), 5)
        XCTAssertTrue(found.contains { $0.rule == "acronym-undefined" && $0.message.contains("AAAAAAAAAAAAAAAAAAAB") })
        XCTAssertFalse(AcronymMatcher.fits("AAAAAAAAAAAAAAAAAAAB", expansion: Array(repeating: "ab", count: 60).joined(separator: " ")))
        XCTAssertTrue(AcronymMatcher.fits("INTERPOL", expansion: "International Criminal Police Organization"))
        XCTAssertTrue(AcronymMatcher.fits("UNTOC", expansion: "United Nations Convention against Transnational Organized Crime"))
        XCTAssertFalse(AcronymMatcher.fits("UNDOC", expansion: "United Nations Office on Drugs and Crime"))
    }

    /// Tiny paragraphs cost far more memory than their bytes: lines and paragraphs are
    /// capped so that no file takes the process past 1 GiB. Shown here with small caps.
    func testTooManyLinesOrParagraphsAreRefusedWithAMessage() throws {
        var loader = DocumentLoader()
        loader.maximumLines = 100
        loader.maximumBlocks = 50
        func refusal(_ text: String, _ format: DocumentFormat) -> String? {
            do { _ = try loader.parse(bytes: Array(text.utf8), path: "x", format: format); return nil }
            catch { return "\(error)" }
        }
        XCTAssertEqual(refusal(String(repeating: "a\n", count: 101), .markdown),
                       "input has 101 lines, more than the limit of 100: split it into smaller files")
        XCTAssertNil(refusal(String(repeating: "a\n", count: 100), .markdown))
        XCTAssertEqual(refusal(String(repeating: "- a\n", count: 51), .markdown),
                       "input has more than 50 paragraphs, the limit: split it into smaller files")
        XCTAssertNil(refusal(String(repeating: "- a\n", count: 50), .markdown))
        XCTAssertEqual(refusal(String(repeating: "<p>a</p>", count: 51), .html),
                       "input has more than 50 paragraphs, the limit: split it into smaller files")
        XCTAssertNil(refusal(String(repeating: "<p>a</p>", count: 50), .html))
        let docx = try Array(Data(contentsOf: CLI.root.appendingPathComponent("Tests/ClauseLintTests/Fixtures/office/resolution.docx")))
        loader.maximumBlocks = 3
        XCTAssertThrowsError(try loader.parse(bytes: docx, path: "x.docx", format: .docx)) { error in
            XCTAssertEqual("\(error)", "input has more than 3 paragraphs, the limit: split it into smaller files")
        }
        loader.maximumBlocks = 10_000
        XCTAssertNoThrow(try loader.parse(bytes: docx, path: "x.docx", format: .docx))
        // The shipped limits: a 64 MB file of 70-byte lines fits; half a million paragraphs fit.
        XCTAssertEqual(DocumentLoader().maximumLines, 1_000_000)
        XCTAssertEqual(DocumentLoader().maximumBlocks, 500_000)
    }

    func testHTMLNested200000Deep() throws {
        let deep = String(repeating: "<div>", count: 200_000) + "<p><i>Recalling</i> text,</p>" + String(repeating: "</div>", count: 200_000)
        XCTAssertNoThrow(try lintInProcess(Array(deep.utf8), format: .html))
        let lists = String(repeating: "<ol><li>", count: 100_000) + "Urges action;"
        XCTAssertNoThrow(try lintInProcess(Array(lists.utf8), format: .html))
    }

    func testOneHugeParagraphAndMillionsOfShortLines() throws {
        let words = ["programme", "program", "the", "Member", "states", "UNDP", "labour", "resolution", "70/1"]
        var paragraph = "*Recalling* "
        var index = 0
        while paragraph.utf8.count < 300_000 { paragraph += words[index % words.count] + " "; index += 7 }
        XCTAssertNoThrow(try lintInProcess(Array((paragraph + ",\n").utf8)))
        XCTAssertNoThrow(try lintInProcess(Array(String(repeating: "a\n", count: 100_000).utf8)))
        XCTAssertNoThrow(try lintInProcess(Array(String(repeating: "a\r", count: 100_000).utf8)))
        XCTAssertNoThrow(try lintInProcess(Array(String(repeating: "word-\n", count: 50_000).utf8)))
    }

    func testAFloodOfOneFindingIsCapped() throws {
        let text = "The General Assembly,\n\n*Recalling* " + String(repeating: "the ", count: 5000) + "work,\n"
        let repeated = try lintInProcess(Array(text.utf8)).filter { $0.rule == "repeated-word" }
        XCTAssertEqual(repeated.count, Linter.findingsPerRuleLimit + 1)
        XCTAssertEqual(repeated.last?.severity, .info)
        XCTAssertEqual(repeated.last?.message, "3999 more findings of repeated-word in this file are not shown (at most 1000 per rule and file)")
    }
}
