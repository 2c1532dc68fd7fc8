import XCTest
@testable import ClauseLint

/// Roman numerals are read and checked by bytes; the reference below is the reading by
/// strings that it replaced (lower-case the text, read it, write the value back and compare).
final class RomanNumeralTests: XCTestCase {
    static func referenceRomanValue(_ text: String) -> Int? {
        var total = 0, previous = 0
        for byte in text.utf8.reversed() {
            let value: Int
            switch byte {
            case 0x69: value = 1
            case 0x76: value = 5
            case 0x78: value = 10
            case 0x6C: value = 50
            case 0x63: value = 100
            case 0x64: value = 500
            case 0x6D: value = 1000
            default: return nil
            }
            if value < previous { total -= value } else { total += value; previous = value }
        }
        guard total > 0, LabelSequence.roman(total) == text else { return nil }
        return total
    }

    func testAgreesWithTheReadingByStrings() {
        let letters: [String] = ["i", "v", "x", "l", "c", "d", "m", "I", "V", "X", "L", "C", "D", "M", "a", "z", "İ", "ⅰ", "K", "é", "1", ""]
        var generator = SystemRandomNumberGenerator()
        var numerals = 0
        for number in 1...400 {
            let text = LabelSequence.roman(number)
            XCTAssertEqual(LabelSequence.romanValue(text), number)
            XCTAssertEqual(LabelSequence.romanValue(ignoringCase: text.uppercased()), number)
            XCTAssertNil(LabelSequence.romanValue(text.uppercased()), text)
        }
        for _ in 0..<20000 {
            let text = (0..<Int.random(in: 0...6, using: &generator)).map { _ in letters.randomElement(using: &generator)! }.joined()
            let expected = Self.referenceRomanValue(text.lowercased())
            XCTAssertEqual(LabelSequence.romanValue(ignoringCase: text), expected, text)
            XCTAssertEqual(LabelSequence.isRoman(text), expected != nil, text)
            XCTAssertEqual(LabelSequence.romanValue(text), Self.referenceRomanValue(text), text)
            XCTAssertEqual(LabelSequence.ordinal(of: text, family: .upperRoman), expected, text)
            if expected != nil { numerals += 1 }
        }
        XCTAssertGreaterThan(numerals, 100)
    }

    func testNearMisses() {
        for text in ["iiii", "vv", "ic", "xm", "iix", "mcmxcix ", "İ", "ⅳ", "il", "dd", ""] {
            XCTAssertNil(LabelSequence.romanValue(ignoringCase: text), text)
        }
        XCTAssertEqual(LabelSequence.romanValue(ignoringCase: "MCMXCIX"), 1999)
        XCTAssertEqual(LabelSequence.romanValue(ignoringCase: "xIv"), 14)
    }
}
