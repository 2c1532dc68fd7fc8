import XCTest
@testable import LintRules

final class RadixSortTests: XCTestCase {
    func testSortsLargeArraysAsTheStandardSortDoes() {
        var generator = SystemRandomNumberGenerator()
        // Repeats, extremes and values differing only in their high digits.
        var values = (0..<20_000).map { _ in UInt64.random(in: 0...UInt64.max, using: &generator) }
        values += [0, .max, .max, 0, 1 << 48, 1 << 32, 1 << 16, 1] + Array(repeating: 42, count: 100)
        var radix = values
        RadixSort.sort(&radix)
        XCTAssertEqual(radix, values.sorted())
    }

    func testSmallArraysToo() {
        var values: [UInt64] = [3, 1, 2, 1]
        RadixSort.sort(&values)
        XCTAssertEqual(values, [1, 1, 2, 3])
    }
}
