import XCTest
@testable import ClauseLint

/// The italic run's word count stops at its limit: counted no further than the answer needs.
final class ClauseFactoryWordCountTests: XCTestCase {
    func count(_ text: String, atMost limit: Int = .max) -> Int {
        var text = text
        return text.withUTF8 { ClauseFactory.wordCount($0[...], atMost: limit) }
    }

    func testCountsWordsBetweenSpaces() {
        XCTAssertEqual(count(""), 0)
        XCTAssertEqual(count("   "), 0)
        XCTAssertEqual(count("Calls upon"), 2)
        XCTAssertEqual(count("  Calls   upon  all "), 3)
    }

    func testStopsAtTheLimit() {
        let long = Array(repeating: "word", count: 20).joined(separator: " ")
        XCTAssertEqual(count(long, atMost: 9), 9)
        XCTAssertEqual(count(long), 20)
        // Below the limit the count is exact.
        XCTAssertEqual(count("one two three", atMost: 9), 3)
    }

    func testConjunctionEndingsStillRead() throws {
        let text = "The General Assembly,\n\n*Recalling* its resolution 70/1,\n\n1. *Urges* States to act by:\n\n"
            + "(a) Sharing data; and\n\n(b) Training staff, or\n\n(c) Funding it;\n\n(d) Seeing what and\n\n2. *Requests* a report.\n"
        let document = try DocumentLoader().parse(bytes: Array(text.utf8), path: "t.md", format: .markdown)
        let subclauses = document.resolutions.first?.operative.first?.children ?? []
        XCTAssertEqual(subclauses.map(\.end), ["; and", ", or", ";", ""])
    }
}
