import XCTest
@testable import ClauseLint

/// The leading-words reader finds words eight bytes at a time and lower-cases ASCII words
/// by bytes; non-ASCII words are lower-cased as strings.
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

    /// Words are found eight bytes at a time where eight are left: where each ends, and
    /// whether it is ASCII, must be what a byte-by-byte reading finds.
    func testWordsEndWhereAByteByByteReadingEndsThem() {
        let alphabet: [UInt8] = [0x61, 0x62, 0x41, 0x5A, 0x7A, 0x40, 0x5B, 0x60, 0x7B, 0x27, 0x2D, 0x2C, 0x2E, 0x3B,
                                 0x20, 0x20, 0x09, 0x30, 0x39, 0xC3, 0xA9, 0x80, 0xFF, 0x7F, 0x00]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3000 {
            let bytes: [UInt8] = (0..<Int.random(in: 0..<40, using: &generator)).map { _ in
                Int.random(in: 0..<3, using: &generator) == 0 ? alphabet.randomElement(using: &generator)! : 0x61
            }
            // The byte-by-byte reading of the reference (the words, where each ends, whether ASCII).
            let expected = LazyLeadingWordsTests.referenceWords(bytes, limit: 9).map { (end: $0.end, isASCII: $0.isASCII) }
            var words = LeadingWords()
            bytes.withUnsafeBufferPointer { words.read($0, limit: 9) }
            XCTAssertEqual(words.count, expected.count, "\(bytes)")
            for number in 0..<min(words.count, expected.count) {
                XCTAssertEqual(words[number].end, expected[number].end, "\(bytes) word \(number)")
                XCTAssertEqual(words[number].isASCII, expected[number].isASCII, "\(bytes) word \(number)")
            }
        }
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
