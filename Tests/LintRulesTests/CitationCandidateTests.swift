import XCTest
@testable import LintRules

/// `CitationScanner.nextCandidate` against its definition read byte by byte: the first
/// `re` in any case, or the first byte before a `/`.
final class CitationCandidateTests: XCTestCase {
    private static func reference(_ bytes: [UInt8], from start: Int) -> Int {
        var index = start
        while index + 1 < bytes.count {
            if bytes[index] | 0x20 == 0x72 && bytes[index + 1] | 0x20 == 0x65 || bytes[index + 1] == 0x2F { return index }
            index += 1
        }
        return bytes.count
    }

    private func assertAgrees(_ bytes: [UInt8], file: StaticString = #filePath, line: UInt = #line) {
        for start in 0...bytes.count {
            let found = bytes.withUnsafeBufferPointer { CitationScanner.nextCandidate($0, from: start) }
            XCTAssertEqual(found, Self.reference(bytes, from: start), "\(bytes) from \(start)", file: file, line: line)
        }
    }

    func testFindsCandidates() {
        for text in ["resolution 70/1", "RESOLUTION", "its Resolutions", "A/RES/64/293", "text without any",
                     "r e", "er ", "rE", "Re", "/", "x/", "ra re", "sd", "Sd", "sD", "xxxxxxxxsdxxxxxxxxxx", "ooooooooooooooooore", "oooooooooooooooo/1"] {
            assertAgrees(Array(text.utf8))
        }
    }

    /// Random bytes over a small alphabet, with the letters in both cases and near misses
    /// such as `R` (0x52) and `E` (0x45) next to other bytes that differ in one bit.
    func testAgreesWithTheDefinitionOnRandomBytes() {
        let alphabet: [UInt8] = Array("rReEsSdD/ .2".utf8) + [0x52 ^ 0x01, 0x65 ^ 0x80, 0x2F | 0x20, 0x00, 0xFF]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            let bytes = (0..<Int.random(in: 0...30, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
            assertAgrees(bytes)
        }
    }

    /// Letters where digits belong are found in either part of a symbol, and only in a pair.
    func testLettersForDigits() {
        func symbols(_ text: String) -> [Citation.Symbol] { CitationScanner(authoringBody: nil).scan(Array(text.utf8)).map(\.symbol) }
        XCTAssertEqual(symbols("its resolution I/I,"), [.lettersForDigits(written: "I/I", suggested: "1/1")])
        XCTAssertEqual(symbols("its resolution 7l/1,"), [.lettersForDigits(written: "7l/1", suggested: "71/1")])
        XCTAssertEqual(symbols("its resolution 70/1O,"), [.lettersForDigits(written: "70/1O", suggested: "70/10")])
        XCTAssertEqual(symbols("its resolution 70/1,"), [.sessionNumber(session: 70, number: 1, special: false)])
        XCTAssertEqual(symbols("its resolution I and"), [])
    }
}
