import XCTest
@testable import ClauseLint

final class OffsetMapTests: XCTestCase {
    /// A map built from its runs at once equals the map built by appending them.
    func testMapFromRunsEqualsAppendedMap() {
        let cases: [([(text: Int, source: Int)], Int)] = [
            ([], 0),
            ([(0, 7)], 5),
            ([(0, 1), (9, 11)], 14),
            ([(0, 10), (5, 20), (6, 40)], 9),
            ([(0, 0), (1, 5), (3, 2), (10, 100)], 12),
            ([(0, 0), (1, 5), (3, 2), (10, 100), (11, 50)], 14),
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

    /// Byte by byte, with runs of every count (one to three inline, more in the array): each
    /// cleaned offset maps to the source byte it was appended from.
    func testEveryOffsetMapsToItsSourceByte() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            var map = OffsetMap()
            var expected: [Int] = []
            var source = Int.random(in: 0..<5, using: &generator)
            for _ in 0..<Int.random(in: 0..<6, using: &generator) {
                let count = Int.random(in: 1..<6, using: &generator)
                map.append(source: source, count: count)
                expected += Array(source..<(source + count))
                source += count + Int.random(in: 1..<4, using: &generator)
            }
            XCTAssertEqual(map.length, expected.count)
            for (offset, byte) in expected.enumerated() { XCTAssertEqual(map.source(offset), byte, "\(expected)") }
            if let last = expected.last { XCTAssertEqual(map.sourceEnd(expected.count), last + 1) }
            let rebuilt = zip(map.textStarts, map.sourceStarts).map { (text: $0, source: $1) }
                .withUnsafeBufferPointer { OffsetMap(runs: $0, length: map.length) }
            XCTAssertEqual(rebuilt, map)
        }
    }
}
