import XCTest
@testable import ClauseLint

final class ScratchArrayTests: XCTestCase {
    func testBehavesLikeAnArrayAcrossClears() {
        var scratch = ScratchArray<Int>()
        var reference: [Int] = []
        for round in 0..<50 {
            scratch.clear()
            reference.removeAll()
            XCTAssertTrue(scratch.isEmpty)
            for value in 0..<(round * 7 % 23) {
                scratch.append(value * 31 % 17)
                reference.append(value * 31 % 17)
            }
            if !reference.isEmpty {
                scratch[0] += 100
                reference[0] += 100
            }
            XCTAssertEqual(Array(scratch), reference)
            scratch.sort()
            reference.sort()
            XCTAssertEqual(Array(scratch), reference)
            XCTAssertEqual(scratch.withUnsafeBufferPointer { Array($0) }, reference)
            XCTAssertEqual(scratch.popLast(), reference.popLast())
            XCTAssertEqual(scratch.count, reference.count)
        }
    }

    func testRemovingFromAnIndexAndAtAnIndex() {
        var scratch = ScratchArray<Int>()
        for value in 0..<8 { scratch.append(value) }
        scratch.remove(at: 2)
        XCTAssertEqual(Array(scratch), [0, 1, 3, 4, 5, 6, 7])
        scratch.remove(at: 6)
        XCTAssertEqual(Array(scratch), [0, 1, 3, 4, 5, 6])
        scratch.removeAll(from: 6)
        XCTAssertEqual(Array(scratch), [0, 1, 3, 4, 5, 6])
        scratch.removeAll(from: 3)
        XCTAssertEqual(Array(scratch), [0, 1, 3])
        scratch.append(9)
        XCTAssertEqual(Array(scratch), [0, 1, 3, 9])
        scratch.remove(at: 0)
        XCTAssertEqual(Array(scratch), [1, 3, 9])
    }

    /// Elements left from a longer fill are not part of a shorter one.
    func testStaleElementsAreOutOfReach() {
        var scratch = ScratchArray<Int>()
        for value in 0..<10 { scratch.append(value) }
        scratch.clear()
        scratch.append(42)
        XCTAssertEqual(Array(scratch), [42])
        XCTAssertEqual(scratch.withUnsafeBufferPointer { $0.count }, 1)
        XCTAssertEqual(scratch.popLast(), 42)
        XCTAssertNil(scratch.popLast())
    }
}
