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

    /// The radix pass starts at the first bit in which the values differ: values that share
    /// their top bits (one part of the hash range), or differ only in their lowest bits.
    func testValuesSharingTheirLeadingBits() {
        var generator = SystemRandomNumberGenerator()
        let sharedTop = (0..<50_000).map { _ in 1 << 63 | UInt64.random(in: 0...UInt64.max, using: &generator) >> 3 }
        let lowOnly = (0..<9_000).map { _ in 0xABCD_0000_0000_0000 | UInt64.random(in: 0...1023, using: &generator) }
        let twoValues = (0..<5_000).map { UInt64($0 % 2) << 40 | 0xF000_0000_0000_0000 }
        for input in [sharedTop, lowOnly, twoValues, sharedTop + [.max, 0]] {
            var sorted = input
            IntegerSort.sort(&sorted)
            XCTAssertEqual(sorted, input.sorted())
        }
    }

    func testTheFirstDigitGrowsWithTheCount() {
        XCTAssertEqual(IntegerSort.digitBits(5_000), 11)
        XCTAssertEqual(IntegerSort.digitBits(25_000), 13)
        XCTAssertEqual(IntegerSort.digitBits(1_300_000), 16)
        XCTAssertEqual(IntegerSort.digitBits(1 << 40), 16)
    }

    /// Values that differ only below the first digit's width, and values all equal.
    func testValuesThatDifferOnlyInTheirLowBits() {
        for input in [(0..<6_000).map { UInt64(($0 * 7919) % 6_000) }, [UInt64](repeating: .max, count: 5_000)] {
            var sorted = input
            IntegerSort.sort(&sorted)
            XCTAssertEqual(sorted, input.sorted())
        }
    }

    /// One bucket of a pass on the top bits is sorted in place; the values around it stay.
    func testABucketIsSortedInPlaceAndNothingElse() {
        var generator = SystemRandomNumberGenerator()
        for size in [0, 1, 2, 3, 16, 17, 40, 300] {
            let bucket = (0..<size).map { _ in UInt64.random(in: 0...1000, using: &generator) }
            let around: [UInt64] = [999_999, 5, 77]
            var values = around + bucket + around
            values.withUnsafeMutableBufferPointer { IntegerSort.sortBucket($0, around.count, around.count + size) }
            XCTAssertEqual(values, around + bucket.sorted() + around, "\(size) values")
        }
    }

    /// A crowded bucket: one large group of equal keys in order with a few others among them
    /// (sorted by moving those few), and one in reverse order (past the moves allowed, sorted
    /// all the same).
    func testCrowdedBucketsAreSortedWhateverTheirOrder() {
        var mostlyOrdered = [UInt64](repeating: 500 << 20, count: 400).enumerated().map { $0.element | UInt64($0.offset) }
        for (index, other) in [(7, UInt64(9) << 20), (150, 1 << 20), (399, 700 << 20)] { mostlyOrdered[index] = other }
        let reversed = (0..<300).map { UInt64(300 - $0) }
        for input in [mostlyOrdered, reversed] {
            var values = input
            values.withUnsafeMutableBufferPointer { IntegerSort.sortBucket($0, 0, $0.count) }
            XCTAssertEqual(values, input.sorted())
        }
    }
}
