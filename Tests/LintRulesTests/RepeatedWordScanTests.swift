import XCTest
@testable import LintRules

/// `RepeatedWordRule.repeats` against its definition read byte by byte (for every space,
/// the word after it and a word of equal bytes, case aside, right before it) and against
/// the byte scan it replaced (`PreviousRepeatedWordScan`).
final class RepeatedWordScanTests: XCTestCase {
    private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 || byte >= 0x80 }
    private static func isWordPart(_ byte: UInt8) -> Bool { isLetter(byte) || byte == 0x27 || byte == 0x2D }

    /// The definition, one space at a time and no shortcuts.
    private static func reference(_ bytes: [UInt8]) -> [Range<Int>] {
        var found: [Range<Int>] = []
        for space in bytes.indices where bytes[space] == 0x20 && space + 1 < bytes.count && isLetter(bytes[space + 1]) {
            var end = space + 1
            while end < bytes.count, isWordPart(bytes[end]) { end += 1 }
            let length = end - space - 1
            let first = space - length
            guard first >= 0 else { continue }
            let same = (0..<length).allSatisfy { offset in
                let x = bytes[first + offset], y = bytes[space + 1 + offset]
                return x == y || (x | 0x20 == y | 0x20 && (x | 0x20) >= 0x61 && (x | 0x20) <= 0x7A)
            }
            var before = first - 1
            while before >= 0, bytes[before] == 0x27 || bytes[before] == 0x2D { before -= 1 }
            if same, before < 0 || !isLetter(bytes[before]) { found.append((space + 1)..<end) }
        }
        return found
    }

    /// The rule's scan over the words `WordScanner` finds in `bytes`, as the rule reads them,
    /// into an array that held the finds of another paragraph (the rule's array serves them all).
    private static func repeats(_ bytes: [UInt8]) -> [Range<Int>] {
        let (words, hashes) = WordScanner.wordsAndHashes(bytes)
        var found = [0..<1, 5..<9]
        words.withUnsafeBufferPointer { words in
            hashes.withUnsafeBufferPointer { RepeatedWordRule.repeats(bytes, words: words, hashes: $0, into: &found) }
        }
        return found
    }

    private func assertMatchesReference(_ bytes: [UInt8], _ message: String, file: StaticString = #filePath, line: UInt = #line) {
        let found = Self.repeats(bytes)
        XCTAssertEqual(found, Self.reference(bytes), message, file: file, line: line)
        XCTAssertEqual(found, PreviousRepeatedWordScan.repeats(bytes), message, file: file, line: line)
    }

    private func assertMatchesReference(_ text: String, file: StaticString = #filePath, line: UInt = #line) {
        assertMatchesReference(Array(text.utf8), text, file: file, line: line)
    }

    func testFindsRepeatedWords() {
        let cases: [(String, [String])] = [
            ("to to act", ["to"]),
            ("The the report", ["the"]),
            ("the the the end", ["the", "the"]),
            ("States' States' rights", ["States'"]),
            ("long-term long-term goal", ["long-term"]),
            ("(the the report)", ["the"]),
            ("a, the the", ["the"]),
            ("Côte Côte", ["Côte"]),
            ("x -'the the", ["the"]),
            ("9abc abc", ["abc"]),
            ("9abc abc9", ["abc"]),
            ("abc-'x abc-'x", ["abc-'x"]),
            ("the-the the-the", ["the-the"]),
            ("x- x-", ["x-"]),
            // Around the words the shortcut reads by their hashes: digits and joiners next to them.
            ("1and and", ["and"]),
            ("a1bc bc", ["bc"]),
            ("and and1", ["and"]),
            ("'and and", ["and"]),
            ("1'and and.", ["and"]),
            ("AND and", ["and"]),
            ("é é", ["é"]),
            ("cafés cafés", ["cafés"]),
            ("to to to", ["to", "to"]),
            ("x, to to; to to", ["to", "to"]),
        ]
        for (text, words) in cases {
            let bytes = Array(text.utf8)
            let found = Self.repeats(bytes).map { String(decoding: bytes[$0], as: UTF8.self) }
            XCTAssertEqual(found, words, text)
            assertMatchesReference(text)
        }
    }

    func testLeavesNearMissesAlone() {
        for text in ["the then", "then the", "other the", "the  the", "the, the", "10 10", "(a) (a)", "xthe the",
                     "the thee", "ab-the the", "the the-", "the theory", "a'the the", " the", "the ", "the", "",
                     "de dé", "to To-", "to-to to", "abc9 abc", "G77 G77", "a9 a", "the-the the", "the the's",
                     "x'and and", "ab and", "and andy", "É é", "and and'", "and and-x", "and-and and", "and 1and",
                     "and\u{A0}and", "an and", "and an"] {
            XCTAssertTrue(Self.repeats(Array(text.utf8)).isEmpty, text)
            assertMatchesReference(text)
        }
        XCTAssertTrue(Self.repeats(Array("the then other the xthe the".utf8)).isEmpty)
    }

    /// A separator and a space between two words: no repeat, unless the separator is an
    /// apostrophe or a hyphen that the first word ends with.
    func testSeparatorAndSpace() {
        for text in ["the, the", "the' the", "the- the", "states' states' rights", "x-' the the", "the;  the", "the (the",
                     "the. The the", "end- end-", "a,b b", "2018, 2018 the the"] {
            assertMatchesReference(text)
        }
    }

    /// Random words, many of them equal, with the separators around which the shortcut
    /// and the byte reading part: one space, two, punctuation, digits, joiners.
    func testAgreesOnRandomWordsAndSeparators() {
        let words = ["the", "The", "THE", "a", "and", "1and", "and1", "an", "x'", "'and", "é", "É", "café", "cafe", "to-to", "9"]
        let separators = [" ", " ", " ", "  ", ", ", "-", "'", ".", " '", "' ", " -", "- ", "1 ", " 1", ""]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20000 {
            var text = Bool.random(using: &generator) ? "" : separators.randomElement(using: &generator)!
            for _ in 0..<Int.random(in: 1...8, using: &generator) {
                text += words.randomElement(using: &generator)! + separators.randomElement(using: &generator)!
            }
            assertMatchesReference(text)
        }
    }

    /// Random text over letters, digits, spaces, `'`, `-`, `,`, `.` and a two-byte letter.
    func testAgreesOnRandomLettersDigitsAndPunctuation() {
        let alphabet = Array("abAB19'-,.".utf8) + [0x20, 0x20, 0x20, 0x20]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...30, using: &generator) {
                if Int.random(in: 0..<8, using: &generator) == 0 {
                    bytes += [0xC3, 0xA9]   // é
                } else {
                    bytes.append(alphabet.randomElement(using: &generator)!)
                }
            }
            assertMatchesReference(bytes, "\(bytes)")
        }
    }

    /// Random text over a small alphabet, where repeats and near misses are frequent.
    func testAgreesWithTheDefinitionOnRandomText() {
        let alphabet = Array("aA b'-. ,(éxyzXYZ79".utf8) + [0x20, 0x20, 0x20, 0xC3, 0xA9, 0x0A, 0x80, 0xFF]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20000 {
            let length = Int.random(in: 0...40, using: &generator)
            var bytes: [UInt8] = []
            while bytes.count < length {
                // Repeat a recent stretch now and then, so that equal words meet often.
                if bytes.count > 3, Bool.random(using: &generator) {
                    let from = Int.random(in: 0..<bytes.count, using: &generator)
                    bytes += bytes[from...].prefix(Int.random(in: 1...6, using: &generator))
                } else {
                    bytes.append(alphabet.randomElement(using: &generator)!)
                }
            }
            assertMatchesReference(bytes, "\(bytes)")
        }
    }
}
