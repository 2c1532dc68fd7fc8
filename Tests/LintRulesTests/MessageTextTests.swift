import XCTest
@testable import LintRules

final class MessageTextTests: XCTestCase {
    func testJoinsPartsInOrder() {
        XCTAssertEqual(MessageText.joined("opening phrase '", "Décide également", "' is not italic"),
                       "opening phrase 'Décide également' is not italic")
        XCTAssertEqual(MessageText.joined("a", "", "b", ""), "ab")
        XCTAssertEqual(MessageText.joined(), "")
        XCTAssertEqual(MessageText.joined(""), "")
    }

    /// Long parts (beyond the small-string form) and many of them.
    func testLongAndManyParts() {
        let long = String(repeating: "x", count: 5000)
        XCTAssertEqual(MessageText.joined(long, "→", long), long + "→" + long)
        let parts = (0..<20).map { "part \($0);" }
        XCTAssertEqual(MessageText.joined(parts[0], parts[1], parts[2], parts[3], parts[4], parts[5], parts[6]),
                       parts[0..<7].joined())
    }
}
