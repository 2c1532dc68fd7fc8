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

/// The block table: blocks with no continuation byte are counted without a scan; others are scanned.
final class SourceFileBlockTests: XCTestCase {
    func testColumnsAtEveryOffsetAcrossCleanAndAccentedBlocks() {
        var text = String(repeating: "plain ascii words ", count: 40)
        text += "é"
        text += String(repeating: "x", count: 600)
        text += "🌍\n" + String(repeating: "y", count: SourceFile.blockSize * 2) + "\n"
        let source = SourceFile(path: "t", text: text)
        let bytes = Array(text.utf8)
        XCTAssertEqual(source.scalarsBeforeBlock.count, (bytes.count + SourceFile.blockSize - 1) / SourceFile.blockSize + 1)
        XCTAssertEqual(source.scalarsBeforeBlock.last, text.unicodeScalars.count)
        for offset in 0...bytes.count where offset == bytes.count || bytes[offset] & 0xC0 != 0x80 {
            let line = source.lineIndex(of: offset)
            let expected = String(decoding: bytes[source.lineStarts[line]..<offset], as: UTF8.self).unicodeScalars.count + 1
            XCTAssertEqual(source.location(of: offset), SourceLocation(line: line + 1, column: expected), "offset \(offset)")
        }
    }

    /// The scan steps eight bytes or one at a time: its line starts, block counts and ASCII
    /// flag must be what a byte-by-byte scan finds, wherever the newlines and accents fall.
    func testTablesAgreeWithAByteByByteScan() {
        var generator = SystemRandomNumberGenerator()
        for round in 0..<300 {
            let count = Int.random(in: 0..<(round % 3 == 0 ? 1200 : 90), using: &generator)
            let bytes: [UInt8] = (0..<count).map { _ in
                switch Int.random(in: 0..<40, using: &generator) {
                case 0: return 0x0A
                case 1: return 0xC3
                case 2: return 0xA9
                case 3: return 0x8A
                default: return 0x61
                }
            }
            let source = SourceFile(path: "t", bytes: bytes)
            var starts = [0], blocks: [Int] = [], scalars = 0
            for (offset, byte) in bytes.enumerated() {
                if offset % SourceFile.blockSize == 0 { blocks.append(scalars) }
                if byte & 0xC0 != 0x80 { scalars += 1 }
                if byte == 0x0A { starts.append(offset + 1) }
            }
            blocks.append(scalars)
            XCTAssertEqual(source.lineStarts, starts, "\(bytes)")
            XCTAssertEqual(source.scalarsBeforeBlock, blocks, "\(bytes)")
            XCTAssertEqual(source.isASCII, bytes.allSatisfy { $0 < 0x80 }, "\(bytes)")
        }
    }

    /// ASCII text is passed over sixty-four bytes at a time: one accented letter anywhere,
    /// inside such a stretch or across two, is counted.
    func testOneAccentedLetterAnywhereInASCIIText() {
        for position in 0..<599 {
            var bytes = [UInt8](repeating: 0x61, count: 600)
            bytes[position] = 0xC3
            bytes[position + 1] = 0xA9
            let source = SourceFile(path: "t", bytes: bytes)
            XCTAssertFalse(source.isASCII, "\(position)")
            let blocks = stride(from: 0, to: bytes.count, by: SourceFile.blockSize).map { $0 > position + 1 ? $0 - 1 : $0 } + [599]
            XCTAssertEqual(source.scalarsBeforeBlock, blocks, "\(position)")
        }
    }

    func testLineLimitStopsTheScan() {
        XCTAssertNil(SourceFile(path: "t", bytes: Array(repeating: 0x0A, count: 3000), lineLimit: 100))
        XCTAssertEqual(SourceFile(path: "t", bytes: Array(repeating: 0x0A, count: 100), lineLimit: 100)?.lineCount, 101)
        XCTAssertEqual(SourceFile(path: "t", bytes: [], lineLimit: 0)?.lineCount, 1)
    }

    func testASCIIFlag() {
        XCTAssertTrue(SourceFile(path: "t", text: "").isASCII)
        XCTAssertTrue(SourceFile(path: "t", text: String(repeating: "abc\n", count: 100)).isASCII)
        XCTAssertFalse(SourceFile(path: "t", text: String(repeating: "abc\n", count: 100) + "é").isASCII)
        XCTAssertFalse(SourceFile(path: "t", bytes: [0x61, 0xFF]).isASCII)
    }
}

/// Line lookups start from a guess in proportion to the offset; they must agree with a
/// plain binary search for lines of any lengths, and for offsets outside the text.
final class SourceFileLineIndexTests: XCTestCase {
    func testLineIndexAgreesWithABinarySearch() {
        var generator = SystemRandomNumberGenerator()
        for round in 0..<60 {
            var text = ""
            for _ in 0..<(round % 20) {
                // Mostly similar lengths, sometimes a very long line or a run of empty ones.
                let length = Int.random(in: 0..<10, using: &generator) == 0 ? Int.random(in: 0..<3000, using: &generator) : Int.random(in: 0..<80, using: &generator)
                text += String(repeating: "a", count: length) + (Bool.random(using: &generator) ? "\n" : "\n\n\n")
            }
            if Bool.random(using: &generator) { text += "tail" }
            let source = SourceFile(path: "t", text: text)
            for offset in -2...(source.bytes.count + 3) {
                var low = 0, high = source.lineStarts.count - 1
                while low < high {
                    let mid = (low + high + 1) / 2
                    if source.lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
                }
                XCTAssertEqual(source.lineIndex(of: offset), low, "round \(round) offset \(offset)")
            }
        }
    }
}
