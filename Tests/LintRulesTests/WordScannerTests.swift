import XCTest
@testable import LintRules

/// The word scan against a plain byte-by-byte reading of the same rules.
final class WordScannerTests: XCTestCase {
    private let texts = [
        "1. *Urges* the Secretary-General to report on the Member States' progress;",
        "Côte d’Ivoire's delegates - and the others - met in 2024/25 (A/RES/79/1).",
        "don't split-hyphen-ated words ' - '' -- end- -start 'quoted'",
        "a b c d e",
        "",
        "éé",
        "x",
        "-",
        "NO-ONE's ALL-CAPS 12-3 a--b a'-b",
        // The end of a paragraph: a word, a joiner or an accented letter last, or only words.
        "ends in a word", "ends in a hyphen-", "ends in an apostrophe'", "a-", "-a", "'a", "a'", "a-b", "café",
        "one. two-three", "one; two's", "(x) y-z'", "a - b - c", "é-é'é",
        // Digits inside, first and last, and next to joiners: only letters make `lettersOnly`.
        "a1b 1a a1 x-1 1-x 9'é é9 G77 2024", "abcdefgh1ijklmnop 12345678a", "ends in a digit 7", "x7",
    ]

    /// Words are maximal runs of word bytes, with a hyphen or an apostrophe inside when a
    /// word byte follows it; the hash is `lowerHash` of the whole word.
    private func reference(_ bytes: [UInt8]) -> [(range: Range<Int>, joined: Bool, hash: UInt64, lettersOnly: Bool)] {
        var words: [(range: Range<Int>, joined: Bool, hash: UInt64, lettersOnly: Bool)] = []
        var index = 0
        while index < bytes.count {
            guard WordScanner.isWordByte(bytes[index]) else { index += 1; continue }
            let start = index
            var joined = false
            while index < bytes.count {
                if WordScanner.isWordByte(bytes[index]) { index += 1; continue }
                if bytes[index] == 0x27 || bytes[index] == 0x2D, index + 1 < bytes.count, WordScanner.isWordByte(bytes[index + 1]) {
                    joined = true
                    index += 1
                    continue
                }
                break
            }
            let digits = bytes[start..<index].contains { $0 >= 0x30 && $0 <= 0x39 }
            words.append((start..<index, joined, WordScanner.lowerHash(bytes[start..<index]), !joined && !digits))
        }
        return words
    }

    func testWordsAndHashesFollowTheByteByByteReading() {
        for text in texts {
            let bytes = Array(text.utf8)
            let (words, hashes) = WordScanner.wordsAndHashes(bytes)
            let expected = reference(bytes)
            XCTAssertEqual(words.map(\.range), expected.map(\.range), text)
            XCTAssertEqual(words.map(\.joined), expected.map(\.joined), text)
            XCTAssertEqual(hashes, expected.map(\.hash), text)
            XCTAssertEqual(words.map(\.lettersOnly), expected.map(\.lettersOnly), text)
            XCTAssertLessThanOrEqual(words.count, WordScanner.mostWords(bytes.count), text)
        }
    }

    /// Random text over word bytes, joiners and separators, read both ways.
    func testRandomTextFollowsTheByteByByteReading() {
        let alphabet = Array("aZ09'- .,".utf8) + [0xC3, 0xA9, 0x80, 0xFF]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20000 {
            let bytes = (0..<Int.random(in: 0...30, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
            let (words, hashes) = WordScanner.wordsAndHashes(bytes)
            let expected = reference(bytes)
            XCTAssertEqual(words.map(\.range), expected.map(\.range), "\(bytes)")
            XCTAssertEqual(words.map(\.joined), expected.map(\.joined), "\(bytes)")
            XCTAssertEqual(hashes, expected.map(\.hash), "\(bytes)")
            XCTAssertEqual(words.map(\.lettersOnly), expected.map(\.lettersOnly), "\(bytes)")
        }
    }

    func testHyphensAndApostrophesJoinOnlyBetweenWordBytes() {
        let bytes = Array("Secretary-General Member's end- -start ' x".utf8)
        let words = WordScanner.wordsAndHashes(bytes).words
        XCTAssertEqual(words.map { String(decoding: bytes[$0.range], as: UTF8.self) }, ["Secretary-General", "Member's", "end", "start", "x"])
        XCTAssertEqual(words.map(\.joined), [true, true, false, false, false])
        XCTAssertEqual(WordScanner.wordsAndHashes(bytes).hashes[0], WordScanner.lowerHash("secretary-general"))
    }

    /// The buffer shared by a document's paragraphs: each scan writes after the last, and a
    /// text of single-letter words fills the room it is given.
    func testScansFollowOneAnotherInOneBuffer() {
        let paragraphs = texts.map { Array($0.utf8) }
        let room = paragraphs.reduce(0) { $0 + WordScanner.mostWords($1.count) }
        var hashes: [UInt64] = []
        var ends: [Int] = []
        let words = [WordScanner.Word](unsafeUninitializedCapacity: room) { words, found in
            hashes = [UInt64](unsafeUninitializedCapacity: room) { buffer, hashed in
                for bytes in paragraphs {
                    hashed = WordScanner.scan(bytes, into: words, buffer, at: hashed)
                    ends.append(hashed)
                }
                found = hashed
            }
        }
        var start = 0
        for (bytes, end) in zip(paragraphs, ends) {
            let alone = WordScanner.wordsAndHashes(bytes)
            XCTAssertEqual(words[start..<end].map(\.range), alone.words.map(\.range))
            XCTAssertEqual(Array(hashes[start..<end]), alone.hashes)
            start = end
        }
        XCTAssertEqual(WordScanner.wordsAndHashes(Array("a b c d e".utf8)).words.count, WordScanner.mostWords(9))
    }
}

/// The word filter before the word lists: never "no" for a listed word.
final class WordFilterTests: XCTestCase {
    func testListedWordsPassAndMostOthersAreTurnedAway() {
        let listed = SpellingVariants.table.map { WordScanner.lowerHash($0.word) }
        let filter = WordFilter(listed)
        XCTAssertTrue(listed.allSatisfy(filter.mayContain))
        let others = (0..<10_000).map { WordScanner.lowerHash("word\($0)") }
        XCTAssertLessThan(others.filter(filter.mayContain).count, 500)
        XCTAssertFalse(WordFilter([]).mayContain(WordScanner.lowerHash("labour")))
    }

    func testTheLookupStopsAtEveryListedWord() {
        let filter = WordFilter(["labour", "programme"].map { WordScanner.lowerHash($0) })
        let hashes = ["the", "labour", "and", "programme", "of", "labour"].map { WordScanner.lowerHash($0) }
        var found: [Int] = []
        hashes.withUnsafeBufferPointer { hashes in
            filter.withLookup { lookup in
                var position = lookup.next(in: hashes, from: 0)
                while position < hashes.count {
                    found.append(position)
                    position = lookup.next(in: hashes, from: position + 1)
                }
            }
        }
        // Listed words are never passed over; an unlisted one stops the search only by chance.
        XCTAssertTrue(Set([1, 3, 5]).isSubset(of: Set(found)))
        XCTAssertEqual(found, found.sorted())
        XCTAssertLessThanOrEqual(found.count, hashes.count)
    }
}
