import XCTest
@testable import ClauseLint

final class TextBlockSourceStartTests: XCTestCase {
    func testSourceStartIsWhereTheFirstRunBegins() {
        var map = OffsetMap()
        map.append(source: 10, count: 3)
        map.append(source: 20, count: 2)
        let block = TextBlock(kind: .paragraph, text: "abcde", map: map)
        XCTAssertEqual(block.sourceStart, 10)
        XCTAssertEqual(block.sourceStart, block.map.source(0))
        XCTAssertEqual(block.sourceRange.lowerBound, block.sourceStart)
    }

    func testSourceStartFollowsAChangedMap() {
        var block = TextBlock(kind: .paragraph, text: "ab", map: OffsetMap())
        XCTAssertEqual(block.sourceStart, 0)   // no runs: offset 0, as the map says
        var map = OffsetMap()
        map.append(source: 7, count: 2)
        block.map = map
        XCTAssertEqual(block.sourceStart, 7)
    }
}
