import XCTest
import ClauseLint
@testable import LintRules

/// The term rule splits a paragraph's hyphenated words only when that can change what it
/// matches; on random paragraphs of terms, their parts, hyphens, capitals and the words read
/// around a match, it finds what splitting every word finds (`PreviousTermMatches`).
final class TermCapitalizationSplitTests: XCTestCase {
    private static let pieces = [
        "Member", "member", "MEMBER", "States", "states", "State", "member-states", "Member-States", "Secretary-General",
        "secretary-general", "Secretary", "General", "general", "general-assembly", "Assembly", "assembly", "Deputy",
        "deputy-secretary-general", "EU", "UN", "Ab-EU", "EU-UN", "UN-EU", "EU-member", "of", "the", "of-the", "United",
        "united", "Nations", "nations", "united-nations", "United-Nations", "European", "Union", "long-term", "follow-up",
        "Security", "council", "security-council", "Human", "Rights", "human-rights", "x-y", "l'UN", "States'", "2030",
    ]
    // One space at a time: the reader collapses runs of spaces, and the reference reads the source.
    private static let separators = [" ", " ", " ", ", ", "-", " (", "; ", ": "]

    private func assertAgrees(_ paragraph: String, options: String? = nil, terms: [String] = UNTerms.defaults,
                              file: StaticString = #filePath, line: UInt = #line) throws {
        let text = "Prose: " + paragraph + "."
        let found = try LintHarness.lint(text + "\n", rules: ["term-capitalization"],
                                         options: options.map { ["term-capitalization": $0] } ?? [:])
        let expected = PreviousTermMatches.matches(Array(text.utf8), terms: terms)
        XCTAssertEqual(found.map(\.range), expected.map(\.range), text, file: file, line: line)
        XCTAssertEqual(found.map(\.message), expected.map(\.message), text, file: file, line: line)
    }

    func testNamedCases() throws {
        for paragraph in ["the Secretary-General and the secretary-general", "EU-UN member states", "Ab-EU member states",
                          "UN-EU member states", "member states of-the European Union", "member states of the united-nations",
                          "the long-term plans of member states", "deputy-secretary-general", "member-states of the EU"] {
            try assertAgrees(paragraph)
        }
        // Terms of the configuration's own, without `of`, `the` or `united` among their words.
        for paragraph in ["member states of-the European Union", "member states of the united-nations", "EU-x member states"] {
            try assertAgrees(paragraph, options: #"{"terms":["Member States"]}"#, terms: ["Member States"])
        }
    }

    func testAgreesOnRandomParagraphs() throws {
        var generator = SystemRandomNumberGenerator()
        for round in 0..<1500 {
            var paragraph = ""
            for _ in 0..<Int.random(in: 1...10, using: &generator) {
                paragraph += Self.pieces.randomElement(using: &generator)! + Self.separators.randomElement(using: &generator)!
            }
            if round % 3 == 0 {
                try assertAgrees(paragraph, options: #"{"terms":["Member States","Human Rights"]}"#, terms: ["Member States", "Human Rights"])
            } else {
                try assertAgrees(paragraph)
            }
        }
    }
}
