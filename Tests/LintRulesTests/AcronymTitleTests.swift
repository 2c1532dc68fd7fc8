import XCTest
import ClauseLint
@testable import LintRules

/// `AcronymIndex.isTitle`: headings, and short lines without closing punctuation.
final class AcronymTitleTests: XCTestCase {
    private func isTitle(_ text: String, kind: TextBlock.Kind = .paragraph) -> Bool {
        AcronymIndex.isTitle(TextBlock(kind: kind, text: text, map: OffsetMap()), bytes: Array(text.utf8))
    }

    func testTitles() {
        XCTAssertTrue(isTitle("Draft resolution on the UNODC"))
        XCTAssertTrue(isTitle("Annex I"))
        XCTAssertTrue(isTitle("Any text at all, even a sentence.", kind: .heading))
        XCTAssertTrue(isTitle(Array(repeating: "word", count: 14).joined(separator: " ")))
        XCTAssertTrue(isTitle("Questions?"))
    }

    func testNotTitles() {
        for end in [".", ",", ";", ":"] {
            XCTAssertFalse(isTitle("Short line" + end), end)
            XCTAssertFalse(isTitle(end), end)
        }
        XCTAssertFalse(isTitle(Array(repeating: "word", count: 15).joined(separator: " ")))
        XCTAssertFalse(isTitle(Array(repeating: "word", count: 15).joined(separator: " ") + "."))
        XCTAssertFalse(isTitle(""))
        XCTAssertFalse(isTitle("   "))
    }
}
