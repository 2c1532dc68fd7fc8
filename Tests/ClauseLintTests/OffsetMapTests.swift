import XCTest
@testable import ClauseLint

final class OffsetMapTests: XCTestCase {
    /// A map built from its runs at once equals the map built by appending them.
    func testMapFromRunsEqualsAppendedMap() {
        let cases: [([(text: Int, source: Int)], Int)] = [
            ([], 0),
            ([(0, 7)], 5),
            ([(0, 10), (5, 20), (6, 40)], 9),
            ([(0, 0), (1, 5), (3, 2), (10, 100)], 12),
        ]
        for (runs, length) in cases {
            var appended = OffsetMap()
            for (index, run) in runs.enumerated() {
                let end = index + 1 < runs.count ? runs[index + 1].text : length
                appended.append(source: run.source, count: end - run.text)
            }
            let built = runs.withUnsafeBufferPointer { OffsetMap(runs: $0, length: length) }
            XCTAssertEqual(built, appended, "\(runs)")
            XCTAssertEqual(built.textStarts, runs.map(\.text))
            XCTAssertEqual(built.sourceStarts, runs.map(\.source))
            for offset in 0...length { XCTAssertEqual(built.source(offset), appended.source(offset)) }
        }
    }
}
