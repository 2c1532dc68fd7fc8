import XCTest
@testable import LintRules

final class IntegerSortTests: XCTestCase {
    func testSortsAsTheStandardSortDoesAtEverySize() {
        var generator = SystemRandomNumberGenerator()
        // Repeats, extremes and values differing only in their high digits.
        var values = (0..<20_000).map { _ in UInt64.random(in: 0...UInt64.max, using: &generator) }
        values += [0, .max, .max, 0, 1 << 48, 1 << 32, 1 << 16, 1] + Array(repeating: 42, count: 100)
        for count in [0, 1, 2, 15, 16, 17, 100, 256, 257, 1000, 4096, 4097, values.count] {
            var sorted = Array(values.prefix(count))
            IntegerSort.sort(&sorted)
            XCTAssertEqual(sorted, values.prefix(count).sorted(), "\(count) values")
        }
    }

    func testSmallArraysToo() {
        var values: [UInt64] = [3, 1, 2, 1]
        IntegerSort.sort(&values)
        XCTAssertEqual(values, [1, 1, 2, 3])
    }

    /// Many equal values and sorted runs: the cases that make a plain quicksort quadratic.
    func testEqualAndOrderedValuesStayFast() {
        for count in [4000, 10_000] {
            for input in [[UInt64](repeating: 7, count: count), (0..<count).map(UInt64.init), (0..<count).reversed().map(UInt64.init)] {
                var sorted = input
                IntegerSort.sort(&sorted)
                XCTAssertEqual(sorted, input.sorted())
            }
        }
    }
}
