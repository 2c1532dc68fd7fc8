import XCTest
@testable import ClauseLint

/// The leading-words reader copies single-spaced words as one span and lower-cases
/// eight bytes at a time; other spacing and non-ASCII words take slower paths.
final class LeadingWordsTests: XCTestCase {
    func read(_ text: String, limit: Int = 9) -> (lower: String, words: [String], capitalized: [Bool]) {
        let words = LeadingWords(Substring(text), limit: limit)
        return (String(decoding: words.lower, as: UTF8.self), (0..<words.count).map(words.string),
                (0..<words.count).map { words[$0].isCapitalized })
    }

    func testSpacingAndCase() {
        XCTAssertEqual(read("Also Requests the Secretary-General, to").words, ["also", "requests", "the", "secretary-general"])
        XCTAssertEqual(read("Also  Requests\tthe SECRETARY'S report").lower, "also requests the secretary's report")
        XCTAssertEqual(read("  Urges ZZ@[`{ all").words, ["urges", "zz"])
        XCTAssertEqual(read("ABCDEFGHIJKLMNOPQRSTUVWXYZ abcdefghijklmnopqrstuvwxyz").lower,
                       "abcdefghijklmnopqrstuvwxyz abcdefghijklmnopqrstuvwxyz")
        XCTAssertEqual(read("one two three four", limit: 2).words, ["one", "two"])
        XCTAssertEqual(read("").words, [])
        XCTAssertEqual(read("1. Urges").words, [])
    }

    func testNonASCIIWords() {
        let result = read("Élève Notes ÉTATS unis")
        XCTAssertEqual(result.words, ["élève", "notes", "états", "unis"])
        XCTAssertEqual(result.capitalized, [true, true, true, false])
    }

    func testReuseForgetsTheLastParagraph() {
        var words = LeadingWords(Substring("Deeply Concerned by"), limit: 9)
        words.read(Substring("Urges"), limit: 9)
        XCTAssertEqual(words.count, 1)
        XCTAssertEqual(String(decoding: words.lower, as: UTF8.self), "urges")
    }

    func testTextBlockCopiesAreIndependent() {
        var map = OffsetMap()
        map.append(source: 10, count: 3)
        map.append(source: 20, count: 2)
        let original = TextBlock(kind: .paragraph, text: "abcde", map: map, italics: [0..<1])
        var copy = original
        copy.text = "xyz"
        copy.italics = []
        copy.kind = .heading
        XCTAssertEqual(original.text, "abcde")
        XCTAssertEqual(original.italics, [0..<1])
        XCTAssertEqual(original.kind, .paragraph)
        XCTAssertEqual(original.map.source(3), 20)
        XCTAssertEqual(original.map.source(99), 22)
        XCTAssertEqual(original.map.textStarts, [0, 3])
        XCTAssertEqual(original.map.sourceStarts, [10, 20])
        XCTAssertEqual(copy.text, "xyz")
        XCTAssertEqual(original.sourceRange, 10..<22)
    }
}
