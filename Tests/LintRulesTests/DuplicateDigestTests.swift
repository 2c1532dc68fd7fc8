import XCTest
import ClauseLint
@testable import LintRules

/// What a file hands to the cross-file pass: each clause's place, kept in 32-bit fields.
final class DuplicateDigestTests: XCTestCase {
    private let resolution = "The General Assembly,\n\n*Noting* the report,\n\n"
        + "1. *Urges* Member States to share data on trafficking routes with the regional bodies concerned every year;\n\n"
        + "2. *Requests* the régional bodies to publish the data they receive in a form that journalists can use.\n"

    private func rule() throws -> DuplicateParagraphRule {
        guard let registered = BuiltInRules.registry["duplicate-paragraph"],
              let rule = try registered.instantiate(optionsJSON: nil) as? DuplicateParagraphRule else {
            throw LintHarness.HarnessError("no duplicate-paragraph rule")
        }
        return rule
    }

    func testAnEntryGivesBackWhatItWasMadeOf() {
        let entry = DuplicateParagraphRule.Digest.Entry(bigrams: 3..<9, range: 120..<480, start: SourceLocation(line: 7, column: 4),
                                                        end: SourceLocation(line: 9, column: 61), clause: "operative 12(a)(ii)")
        XCTAssertEqual(entry.bigrams, 3..<9)
        XCTAssertEqual(entry.range, 120..<480)
        XCTAssertEqual(entry.start, SourceLocation(line: 7, column: 4))
        XCTAssertEqual(entry.end, SourceLocation(line: 9, column: 61))
        XCTAssertEqual(entry.clause, "operative 12(a)(ii)")
    }

    func testEntriesAreWhereTheDocumentSaysTheClausesAre() throws {
        let document = try LintHarness.document(resolution)
        let digest = try rule().digest(document)
        XCTAssertEqual(digest.entries.map(\.clause), ["operative 1", "operative 2"])
        XCTAssertTrue(digest.printedLines.isEmpty, "no printed line numbers in the input")
        for (index, entry) in digest.entries.enumerated() {
            XCTAssertEqual(entry.start, document.location(of: entry.range.lowerBound))
            XCTAssertEqual(entry.end, document.location(of: entry.range.upperBound))
            XCTAssertNil(digest.printedLine(index))
            let text = document.source.string(entry.range)
            XCTAssertTrue(text.hasPrefix(index == 0 ? "Urges" : "Requests"), text)
            XCTAssertTrue(text.hasSuffix(index == 0 ? "year;" : "use."), text)
        }
    }

    func testPrintedLineNumbersAreKeptPerEntry() throws {
        let lines = resolution.split(separator: "\n", omittingEmptySubsequences: false)
        let numbered = lines.enumerated().map { "\($0.offset + 1) \($0.element)" }.joined(separator: "\n")
        let document = try LintHarness.document(numbered)
        XCTAssertFalse(document.printedLineNumbers.isEmpty)
        let digest = try rule().digest(document)
        XCTAssertEqual(digest.printedLines.count, digest.entries.count)
        for (index, entry) in digest.entries.enumerated() {
            XCTAssertEqual(digest.printedLine(index), document.printedLine(at: entry.range.lowerBound))
        }
    }
}
