import XCTest
@testable import ClauseLint

/// Each type's value is made once per memo and kept apart from other types' values.
final class DocumentMemoTests: XCTestCase {
    private struct Words { var words: [String] }
    private struct Count { var count: Int }

    func testEachTypeIsMadeOnceAndKeptApart() {
        let memo = DocumentMemo()
        var made = 0
        for _ in 0..<3 {
            let words = memo.value(Words.self) { made += 1; return Words(words: ["Urges", "Notes"]) }
            XCTAssertEqual(words.words, ["Urges", "Notes"])
        }
        XCTAssertEqual(made, 1)
        // A value made while another is being made (as text units are while duplicates are indexed).
        let count = memo.value(Count.self) { Count(count: memo.value(Words.self) { Words(words: []) }.words.count) }
        XCTAssertEqual(count.count, 2)
        XCTAssertEqual(memo.value(Count.self) { Count(count: -1) }.count, 2)
        XCTAssertEqual(DocumentMemo().value(Count.self) { Count(count: 7) }.count, 7)
    }
}
