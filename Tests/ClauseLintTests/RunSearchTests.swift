import XCTest
import ClauseLint

final class RunSearchTests: XCTestCase {
    func testFindsRunsAnywhereAndNothingElse() {
        let bytes = Array("the general assembly".utf8)
        XCTAssertTrue(bytes.contains(run: "the".utf8))
        XCTAssertTrue(bytes.contains(run: "assembly".utf8))
        XCTAssertTrue(bytes.contains(run: "the general assembly".utf8))
        XCTAssertFalse(bytes.contains(run: "the general assembly.".utf8))
        XCTAssertFalse(bytes.contains(run: "council".utf8))
        XCTAssertFalse(bytes.contains(run: [UInt8]()))
        let words = "calls upon all states".split(separator: " ")
        XCTAssertTrue(words.contains(run: ["upon", "all"]))
        XCTAssertFalse(words.contains(run: ["all", "upon"]))
    }
}
