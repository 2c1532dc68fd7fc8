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

    func testExchangeReturnsTheValueItReplaces() {
        var index = HashIndex(capacity: 2)
        XCTAssertNil(index.exchange(5, with: 1))
        XCTAssertEqual(index.exchange(5, with: 2), 1)
        XCTAssertEqual(index[5], 2)
        XCTAssertEqual(index.count, 1)
    }

    func testValueOrInsertKeepsTheFirstValue() {
        var index = HashIndex(capacity: 2)
        XCTAssertNil(index.valueOrInsert(9, 3))
        XCTAssertEqual(index.valueOrInsert(9, 4), 3)
        XCTAssertEqual(index[9], 3)
        XCTAssertFalse(index.insert(9, 5))
        XCTAssertTrue(index.insert(10, 5))
        XCTAssertEqual(index.count, 2)
    }

    func testGrowingKeepsEveryKey() {
        var index = HashIndex(capacity: 1)
        for key in 0..<5000 { XCTAssertNil(index.exchange(UInt64(key) << 20, with: Int32(key))) }
        for key in 0..<5000 { XCTAssertEqual(index.valueOrInsert(UInt64(key) << 20, 1), Int32(key)) }
        XCTAssertEqual(index.count, 5000)
    }
}
