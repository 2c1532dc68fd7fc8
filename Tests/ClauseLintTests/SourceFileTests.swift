import XCTest
@testable import ClauseLint

final class SourceFileTests: XCTestCase {
    func testLocationsCountScalars() {
        let file = SourceFile(path: "t", text: "ab\né🌍x\r\nlast")
        XCTAssertEqual(file.location(of: 0), SourceLocation(line: 1, column: 1))
        XCTAssertEqual(file.location(of: 3), SourceLocation(line: 2, column: 1))
        // "é" is two bytes and "🌍" four: x is the third scalar of line 2.
        XCTAssertEqual(file.location(of: 9), SourceLocation(line: 2, column: 3))
        XCTAssertEqual(file.location(of: file.bytes.count), SourceLocation(line: 3, column: 5))
        XCTAssertEqual(file.string(file.lineRange(1)), "é🌍x")
    }

    func testOffsetMapRunsAndLookups() {
        var map = OffsetMap()
        map.append(source: 10, count: 5)   // text 0..<5 ← source 10..<15
        map.append(source: 20)             // text 5 ← source 20
        map.append(source: 21)             // contiguous: same run
        XCTAssertEqual(map.textStarts.count, 2)
        XCTAssertEqual(map.source(0), 10)
        XCTAssertEqual(map.source(4), 14)
        XCTAssertEqual(map.source(6), 21)
        XCTAssertEqual(map.sourceEnd(7), 22)
    }

    func testLabelSequences() {
        XCTAssertEqual(LabelSequence.ordinal(of: "c", family: .lowerLetter), 3)
        XCTAssertEqual(LabelSequence.ordinal(of: "aa", family: .lowerLetter), 27)
        XCTAssertEqual(LabelSequence.ordinal(of: "iv", family: .lowerRoman), 4)
        XCTAssertNil(LabelSequence.ordinal(of: "iiii", family: .lowerRoman))
        XCTAssertEqual(LabelSequence.value(at: 9, family: .lowerRoman), "ix")
        XCTAssertEqual(LabelSequence.value(at: 2, family: .upperLetter), "B")
    }

    func testPhraseLexicon() {
        let lexicon = PhraseLexicon.standard
        XCTAssertEqual(lexicon.match("Also calls upon States")?.kind, .operative)
        XCTAssertEqual(lexicon.match("Recalling also its resolution")?.length, "Recalling also".utf8.count)
        XCTAssertEqual(lexicon.match("Deeply Concerned about it")?.kind, .preambular)
        XCTAssertEqual(lexicon.match("Having reviewed the report")?.kind, .preambular)
        let unlisted = lexicon.match("Delineates the need")
        XCTAssertEqual(unlisted?.kind, .operative)
        XCTAssertEqual(unlisted?.known, false)
        XCTAssertEqual(lexicon.match("Encourage States")?.form, .baseForm)
        XCTAssertNil(lexicon.match("The objectives are"))
        XCTAssertNil(lexicon.match("lower case start"))
    }
}
