import XCTest
@testable import LintRules

final class BorrowedElementsTests: XCTestCase {
    private final class Box {
        let value: Int
        init(_ value: Int) { self.value = value }
    }

    func testEveryElementIsLentOnceInOrder() {
        let boxes = (0..<5).map { Box($0 * 10) }
        var seen: [(Int, Int)] = []
        forEachBorrowed(boxes) { index, box in seen.append((index, box.value)) }
        XCTAssertEqual(seen.map(\.0), [0, 1, 2, 3, 4])
        XCTAssertEqual(seen.map(\.1), [0, 10, 20, 30, 40])
        forEachBorrowed([Box]()) { _, _ in XCTFail("no elements") }
    }

    func testOneElementIsLentByItsIndex() {
        let boxes = (0..<3).map { Box($0 + 1) }
        XCTAssertEqual(withBorrowed(boxes, 2) { $0.value }, 3)
        XCTAssertTrue(withBorrowed(boxes, 0) { $0 === boxes[0] })
    }

    /// Lending takes no reference of its own: the array's is the only one before and after.
    func testLendingLeavesTheReferenceCountAlone() {
        var boxes = [Box(7)]
        weak var watched = boxes[0]
        forEachBorrowed(boxes) { _, box in XCTAssertEqual(box.value, 7) }
        XCTAssertEqual(withBorrowed(boxes, 0) { $0.value }, 7)
        XCTAssertTrue(isKnownUniquelyReferenced(&boxes[0]))
        boxes.removeAll()
        XCTAssertNil(watched, "freed with the array")
    }
}
