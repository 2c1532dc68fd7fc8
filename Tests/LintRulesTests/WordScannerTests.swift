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

    /// Random runs of words of every length from 1 to 24 bytes side by side (letters of both
    /// cases, digits, bytes of 0x80 and above), joined by apostrophes and hyphens or not, set
    /// apart by one or more separators (lone and doubled joiners among them), each text cut
    /// at a random point, so most end inside a word: read both ways, and scanned after other
    /// words in a shared buffer.
    func testWordsOfEveryLengthSideBySideFollowTheByteByByteReading() {
        let letters = Array("abcxyzABCXYZ".utf8), digits = Array("0179".utf8)
        let high: [[UInt8]] = [[0xC3, 0xA9], [0xE2, 0x80, 0x99], [0xFF], [0x80]]
        let separators: [[UInt8]] = [[0x20], [0x2C, 0x20], [0x2E], [0x20, 0x20], [0x2D], [0x27], [0x2D, 0x2D], [0x27, 0x2D], [0x20, 0x2D, 0x20], [0x0A]]
        var generator = SystemRandomNumberGenerator()
        func part() -> [UInt8] {
            let length = Int.random(in: 1...24, using: &generator)
            var bytes: [UInt8] = []
            while bytes.count < length {
                switch Int.random(in: 0..<10, using: &generator) {
                case 0: bytes.append(digits.randomElement(using: &generator)!)
                case 1: bytes += high.randomElement(using: &generator)!
                default: bytes.append(letters.randomElement(using: &generator)!)
                }
            }
            return bytes
        }
        for _ in 0..<5000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 1...12, using: &generator) {
                bytes += part()
                while Int.random(in: 0..<4, using: &generator) == 0 {
                    bytes.append(Bool.random(using: &generator) ? 0x27 : 0x2D)
                    bytes += part()
                }
                bytes += separators.randomElement(using: &generator)!
            }
            bytes.removeLast(Int.random(in: 0...min(bytes.count, 30), using: &generator))
            let expected = reference(bytes)
            let (words, hashes) = WordScanner.wordsAndHashes(bytes)
            XCTAssertEqual(words.map(\.range), expected.map(\.range), "\(bytes)")
            XCTAssertEqual(words.map(\.joined), expected.map(\.joined), "\(bytes)")
            XCTAssertEqual(hashes, expected.map(\.hash), "\(bytes)")
            XCTAssertEqual(words.map(\.lettersOnly), expected.map(\.lettersOnly), "\(bytes)")
            // After the words of another text in the same buffers.
            let before = Array("Before, these words.".utf8)
            let room = WordScanner.mostWords(before.count) + WordScanner.mostWords(bytes.count)
            var shared: [UInt64] = []
            var start = 0
            let sharedWords = [WordScanner.Word](unsafeUninitializedCapacity: room) { words, found in
                shared = [UInt64](unsafeUninitializedCapacity: room) { hashes, hashed in
                    start = WordScanner.scan(before, into: words, hashes, at: 0)
                    hashed = WordScanner.scan(bytes, into: words, hashes, at: start)
                    found = hashed
                }
            }
            XCTAssertEqual(sharedWords[start...].map(\.range), expected.map(\.range), "\(bytes)")
            XCTAssertEqual(Array(shared[start...]), expected.map(\.hash), "\(bytes)")
        }
    }

    /// Long random texts over every byte value, letters, digits, joiners and separators
    /// weighted as prose weights them: words, flags and hashes as the previous scan found them.
    func testRandomTextFollowsThePreviousScan() {
        let common = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'- .,;:()/".utf8)
        var generator = SystemRandomNumberGenerator()
        for round in 0..<3000 {
            let bytes = (0..<Int.random(in: 0...400, using: &generator)).map { _ in
                round % 3 == 0 || Int.random(in: 0..<10, using: &generator) == 0 ? UInt8.random(in: 0...255, using: &generator)
                    : common.randomElement(using: &generator)!
            }
            let (words, hashes) = WordScanner.wordsAndHashes(bytes)
            let expected = PreviousWordScanner.words(bytes)
            XCTAssertEqual(words.map(\.range), expected.map(\.range), "\(bytes)")
            XCTAssertEqual(words.map(\.joined), expected.map(\.joined), "\(bytes)")
            XCTAssertEqual(words.map(\.lettersOnly), expected.map(\.lettersOnly), "\(bytes)")
            XCTAssertEqual(hashes, expected.map(\.hash), "\(bytes)")
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

    /// `isLettersOnly(from:)` is `lettersOnly` and a start, in one comparison.
    func testLettersOnlyFrom() {
        let words = WordScanner.wordsAndHashes(Array("state 2030 long-term l'eau Côte x".utf8)).words
        for word in words {
            XCTAssertEqual(word.isLettersOnly(from: word.lowerBound), word.lettersOnly)
            XCTAssertFalse(word.isLettersOnly(from: word.lowerBound + 1))
        }
        XCTAssertEqual(words.map(\.lettersOnly), [true, false, false, false, true, true])
        XCTAssertFalse(WordScanner.Word(range: 3..<5).isLettersOnly(from: 3))
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
