import XCTest
@testable import LintRules

/// `WordFilter.Lookup.next` against its definition: the first position from `start` whose
/// hash the filter may contain, for every start and lengths odd and even.
final class WordFilterLookupTests: XCTestCase {
    func testAgreesWithMayContain() {
        let listed = ["labour", "programme", "centre"].map { WordScanner.lowerHash($0) }
        let filter = WordFilter(listed)
        let pool = listed + ["the", "and", "of", "States", "report", "Assembly"].map { WordScanner.lowerHash($0) }
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            let hashes = (0..<Int.random(in: 0...12, using: &generator)).map { _ in pool.randomElement(using: &generator)! }
            hashes.withUnsafeBufferPointer { buffer in
                filter.withLookup { lookup in
                    for start in 0...hashes.count {
                        let expected = (start..<hashes.count).first { filter.mayContain(hashes[$0]) } ?? hashes.count
                        XCTAssertEqual(lookup.next(in: buffer, from: start), expected, "\(hashes) from \(start)")
                    }
                }
            }
        }
    }
}
