import XCTest
@testable import ClauseLint

final class HashIndexTests: XCTestCase {
    func testFindsWhatWasSetAndNothingElse() {
        let keys = (0..<1000).map { UInt64($0) * 0x1_0000_0000 }   // low bits all equal: a poor spread on purpose
        var index = HashIndex(capacity: keys.count)
        for (value, key) in keys.enumerated() { index[key] = Int32(value) }
        for (value, key) in keys.enumerated() { XCTAssertEqual(index[key], Int32(value)) }
        XCTAssertNil(index[12345])
        XCTAssertEqual(index.count, 1000)
    }

    func testSettingAKeyAgainReplacesItsValue() {
        var index = HashIndex(capacity: 2)
        index[7] = 1
        index[7] = 2
        XCTAssertEqual(index[7], 2)
        XCTAssertEqual(index.count, 1)
    }
}
