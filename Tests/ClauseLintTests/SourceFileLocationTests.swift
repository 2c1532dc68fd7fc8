import XCTest
@testable import ClauseLint

/// Columns in very long lines come from block counts; they must agree with a plain scan.
final class SourceFileLocationTests: XCTestCase {
    func testColumnsInALongLineWithMultiByteText() {
        var text = "first line\n"
        for index in 0..<3000 { text += index % 7 == 0 ? "Côte d’Ivoire 🌍 " : "word " }
        text += "\nlast"
        let source = SourceFile(path: "t", text: text)
        let bytes = Array(text.utf8)
        for offset in stride(from: 0, through: bytes.count, by: 997) where offset == bytes.count || bytes[offset] & 0xC0 != 0x80 {
            let line = source.lineIndex(of: offset)
            let expected = String(decoding: bytes[source.lineStarts[line]..<offset], as: UTF8.self).unicodeScalars.count + 1
            XCTAssertEqual(source.location(of: offset), SourceLocation(line: line + 1, column: expected), "offset \(offset)")
        }
    }

    /// Short lines take the eight-bytes-at-a-time count: every offset, ASCII and multi-byte mixed.
    func testColumnsAtEveryOffsetOfShortLines() {
        let text = "Côte d’Ivoire and 🌍 planet\nplain ASCII line of some length\néé\n\nend"
        let source = SourceFile(path: "t", text: text)
        let bytes = Array(text.utf8)
        for offset in 0...bytes.count where offset == bytes.count || bytes[offset] & 0xC0 != 0x80 {
            let line = source.lineIndex(of: offset)
            let expected = String(decoding: bytes[source.lineStarts[line]..<offset], as: UTF8.self).unicodeScalars.count + 1
            XCTAssertEqual(source.location(of: offset), SourceLocation(line: line + 1, column: expected), "offset \(offset)")
        }
    }
}
