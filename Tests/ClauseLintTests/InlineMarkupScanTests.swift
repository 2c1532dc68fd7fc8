import XCTest
@testable import ClauseLint

/// The renderer's first pass finds markup and the blanks that need collapsing sixteen bytes
/// at a time; the last pass then copies everything between them as it stands. Both are checked
/// against byte-by-byte definitions.
final class InlineMarkupScanTests: XCTestCase {
    private static let alphabet: [UInt8] = [0x61, 0x62, 0x41, 0x20, 0x20, 0x20, 0x09, 0x0D, 0x0A, 0x01, 0x2A, 0x5F, 0x3C,
                                            0x5B, 0x21, 0x5C, 0x7C, 0x5D, 0x2E, 0xC2, 0xA0, 0xE2, 0x80, 0xC3, 0xA9, 0x7F]

    /// What the first pass must stop at, one byte at a time.
    private func mustLook(_ bytes: [UInt8], _ index: Int) -> Bool {
        let markup: Set<UInt8> = [0x5C, 0x2A, 0x5F, 0x3C, 0x5B, 0x21, 0xC2, 0xE2, 0x09, 0x0A, 0x0D]
        if markup.contains(bytes[index]) { return true }
        let blanks: Set<UInt8> = [0x20, 0x09, 0x0A, 0x0D, 0xA0]
        return bytes[index] == 0x20 && index > 0 && blanks.contains(bytes[index - 1])
    }

    func testSkipPlainTextStopsExactlyWhereAByteByByteScanDoes() {
        var generator = SystemRandomNumberGenerator()
        for round in 0..<400 {
            let count = round % 70
            // Mostly letters and single spaces, the plain text the fast path is for.
            let bytes = (0..<count).map { _ in
                Int.random(in: 0..<4, using: &generator) == 0 ? Self.alphabet.randomElement(using: &generator)! : (Bool.random() ? 0x61 : 0x20)
            }
            bytes.withUnsafeBufferPointer { buffer in
                for start in 0...count {
                    let expected = (start..<count).first { mustLook(bytes, $0) } ?? count
                    XCTAssertEqual(InlineMarkup.skipPlainText(buffer, from: start, to: count), expected, "\(bytes) from \(start)")
                }
            }
        }
    }

    /// Found by the random test above: a space, a no-break space's last byte, then a space,
    /// with the first space ending a byte-by-byte stretch.
    func testASpaceAfterANoBreakSpaceAfterASpaceIsSeen() {
        let bytes: [UInt8] = [97, 42, 32, 97, 226, 128, 195, 97, 32, 97, 97, 97, 32, 160, 32, 97, 97, 97, 97, 97, 32, 97, 92, 97]
        bytes.withUnsafeBufferPointer { buffer in
            XCTAssertEqual(InlineMarkup.skipPlainText(buffer, from: 5, to: bytes.count), 14)
        }
    }

    func testPlainTextAndSingleSpacesArePassedOver() {
        let bytes = Array("plain words with single spaces between them, and more of them".utf8)
        bytes.withUnsafeBufferPointer { buffer in
            XCTAssertEqual(InlineMarkup.skipPlainText(buffer, from: 0, to: bytes.count), bytes.count)
            XCTAssertEqual(InlineMarkup.skipPlainText(buffer, from: 5, to: bytes.count), bytes.count)
        }
        // A space after a space in the next word of eight, and one just before the start.
        let double = Array("abcdefg  then".utf8)
        double.withUnsafeBufferPointer { buffer in
            XCTAssertEqual(InlineMarkup.skipPlainText(buffer, from: 0, to: double.count), 8)
            XCTAssertEqual(InlineMarkup.skipPlainText(buffer, from: 8, to: double.count), 8)
            XCTAssertEqual(InlineMarkup.skipPlainText(buffer, from: 9, to: double.count), double.count)
        }
    }

    func testLookFlagsFlagEveryByteAByteByByteTestWould() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            // The byte before the sixteen, then the sixteen.
            let bytes = (0..<17).map { _ in Bool.random() ? Self.alphabet.randomElement(using: &generator)! : UInt8.random(in: 0...255, using: &generator) }
            let (low, high) = bytes.withUnsafeBytes { InlineMarkup.lookFlags($0.baseAddress!, at: 1) }
            // `|` and 0x1C are flagged too: one comparison covers them with < and backslash.
            let markup: Set<UInt8> = [0x21, 0x2A, 0x3C, 0x5B, 0x5C, 0x5F, 0x7C]
            for lane in 0..<16 {
                let byte = bytes[lane + 1], before = bytes[lane]
                // A space after a byte below 0x21 or of 0x80 and above.
                let pair = byte == 0x20 && (before <= 0x20 || before >= 0x80)
                // 0x80 after such a byte is not flagged: it never needs a look.
                let afterBlank = before <= 0x20 || before >= 0x80
                let expected = (byte >= 0x80 && !(byte == 0x80 && afterBlank)) || byte < 0x20 || markup.contains(byte) || pair
                let flag = ((lane < 8 ? low : high) >> (8 * UInt64(lane % 8))) & 0xFF
                XCTAssertEqual(flag != 0, expected, "\(bytes) lane \(lane)")
            }
        }
    }

    /// Every byte `needsLook` stops at is flagged, whatever the byte before it: the scan may
    /// only pass over bytes with no flag.
    func testLookFlagsCoverEveryByteThatNeedsALook() {
        for before in 0...255 {
            for byte in 0...255 {
                var bytes = [UInt8](repeating: 0x61, count: 17)
                bytes[7] = UInt8(before)
                bytes[8] = UInt8(byte)
                bytes.withUnsafeBufferPointer { buffer in
                    // Byte 8 is lane 7 of the sixteen from byte 1: the top byte of the low word.
                    let (low, _) = InlineMarkup.lookFlags(UnsafeRawPointer(buffer.baseAddress!), at: 1)
                    if InlineMarkup.needsLook(buffer, 8) { XCTAssertNotEqual(low >> 56, 0, "\(before) \(byte)") }
                }
            }
        }
    }

    /// A blank ending one sixteen-byte test and a space starting the next: the byte carried
    /// from one test to the next is seen, wherever the scan started.
    func testASpaceAfterABlankAcrossSixteenByteTestsIsSeen() {
        for blank in [0x20, 0x09, 0xA0] as [UInt8] {
            for split in 17..<50 {
                var bytes = [UInt8](repeating: 0x61, count: 64)
                bytes[split - 1] = blank
                bytes[split] = 0x20
                if blank == 0xA0 { bytes[split - 2] = 0xC2 }
                bytes.withUnsafeBufferPointer { buffer in
                    for start in 1..<(split - 2) {
                        XCTAssertEqual(InlineMarkup.skipPlainText(buffer, from: start, to: bytes.count), blank == 0xA0 ? split - 2 : (blank == 0x09 ? split - 1 : split),
                                       "\(blank) at \(split) from \(start)")
                    }
                    XCTAssertEqual(InlineMarkup.skipPlainText(buffer, from: split, to: bytes.count), split, "\(blank) at \(split)")
                }
            }
        }
    }

    /// A space after a tab, line break or no-break space just before where the scan starts
    /// is seen by the lane tests, which read the byte before their bytes.
    func testASpaceAfterABlankBeforeTheStartIsSeen() {
        for blank in [[0x09], [0x0A], [0x0D], [0xC2, 0xA0], [0x20]] as [[UInt8]] {
            let bytes = Array("abcdefghij".utf8) + blank + Array(" klmnopqrstuvwxyzabcdefghijklmnop".utf8)
            let space = 10 + blank.count
            bytes.withUnsafeBufferPointer { buffer in
                XCTAssertEqual(InlineMarkup.skipPlainText(buffer, from: space, to: bytes.count), space, "\(blank)")
                XCTAssertEqual(InlineMarkup.skipPlainText(buffer, from: space + 1, to: bytes.count), bytes.count, "\(blank)")
            }
        }
    }

    /// Text with no markup comes out with every run of blanks (spaces, tabs, carriage
    /// returns, no-break spaces) as one space, trimmed, and every byte mapped to its source.
    func testBlanksCollapseAsAByteByByteCopyWould() {
        let pieces = ["a", "b", "word", "é", " ", " ", "  ", "\t", "\r", "\u{A0}", " \u{A0} "]
        for _ in 0..<600 {
            let line = "x" + (0..<Int.random(in: 0..<30)).map { _ in pieces.randomElement()! }.joined() + "y"
            var expected: [UInt8] = []
            var blank = false
            for scalar in line.unicodeScalars {
                if [" ", "\t", "\r", "\u{A0}"].contains(scalar) { blank = true; continue }
                if blank, !expected.isEmpty { expected.append(0x20) }
                blank = false
                expected.append(contentsOf: Array(String(scalar).utf8))
            }
            let result = TextReader().read(SourceFile(path: "t.md", text: line))
            XCTAssertEqual(result.blocks.count, 1, line.debugDescription)
            guard let block = result.blocks.first else { continue }
            XCTAssertEqual(Array(block.text.utf8), expected, line.debugDescription)
            let source = Array(line.utf8)
            for (offset, byte) in block.text.utf8.enumerated() where byte != 0x20 {
                XCTAssertEqual(source[block.map.source(offset)], byte, "\(line.debugDescription) offset \(offset)")
            }
        }
    }
}
