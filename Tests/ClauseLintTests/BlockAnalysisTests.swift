import XCTest
@testable import ClauseLint

/// The byte readings of metadata keys and labels give the answers the string readings gave.
final class BlockAnalysisTests: XCTestCase {
    func metadata(_ line: String) -> (String, String)? {
        var utf8 = line
        return utf8.withUTF8(BlockAnalysis.metadata)
    }

    func testMetadataKeyByBytesAgreesWithStrings() {
        for key in ["Code", "  CODE ", "Sponsors", "Co-Sponsors", "Submitted By", "AGENDA ITEM", " topic", "Café", "ÉTATS ", "Main\u{301} ", "a\r\nb", "", " "] {
            var utf8 = key
            let byBytes = utf8.withUTF8(BlockAnalysis.metadataKey)
            XCTAssertEqual(byBytes, key.lowercased().trimmingSpaces, key)
        }
    }

    func testMetadataLines() {
        XCTAssertEqual(metadata("Code: CCPCJ/1/1")?.0, "code")
        XCTAssertEqual(metadata("Code: CCPCJ/1/1")?.1, "CCPCJ/1/1")
        XCTAssertEqual(metadata("  SUBMITTED BY :\tFrance")?.0, "sponsors")
        XCTAssertEqual(metadata("  SUBMITTED BY :\tFrance")?.1, "France")
        XCTAssertEqual(metadata("Question of: Water")?.0, "topic")
        // Near misses: an unknown key, a colon too far in, no colon at all.
        XCTAssertNil(metadata("Recalling: its resolution"))
        XCTAssertNil(metadata("The committee of the whole, topic: water"))
        XCTAssertNil(metadata("Code"))
        XCTAssertNil(metadata(""))
    }

    func testSmallBodyWordsCompareLowerCased() {
        XCTAssertTrue(BlockAnalysis.isListed(ArraySlice("OF".utf8), in: BlockAnalysis.smallBodyWordBytes))
        XCTAssertTrue(BlockAnalysis.isListed(ArraySlice("Against".utf8), in: BlockAnalysis.smallBodyWordBytes))
        XCTAssertFalse(BlockAnalysis.isListed(ArraySlice("off".utf8), in: BlockAnalysis.smallBodyWordBytes))
        XCTAssertFalse(BlockAnalysis.isListed(ArraySlice("o".utf8), in: BlockAnalysis.smallBodyWordBytes))
        XCTAssertTrue(BlockAnalysis.isListed(ArraySlice("general".utf8), in: BlockAnalysis.lastChanceBodyWordBytes))
    }

    func testLabelsStillParse() {
        func label(_ text: String) -> (String, LabelFamily)? {
            var utf8 = text
            return utf8.withUTF8(BlockAnalysis.parseLabel).map { ($0.value, $0.family) }
        }
        XCTAssertEqual(label("12. Urges")?.0, "12")
        XCTAssertEqual(label("(iv) the")?.1, .lowerRoman)
        XCTAssertEqual(label("b) the")?.1, .lowerLetter)
        XCTAssertEqual(label("IV. Annex")?.1, .upperRoman)
        XCTAssertNil(label("Recalling its"))
        XCTAssertNil(label("1234. Too long"))
        XCTAssertNil(label("UN. body"))
        XCTAssertNil(label("(a b"))
    }

    func testRunSearchAgreesWithPlainScan() {
        let runs = BlockAnalysis.bodyNounBytes
        for text in ["the general assembly", "the council", "the counci", "the bodies", "abody", "assembl", "", "b", "the delegates of"] {
            let bytes = Array(text.utf8)
            XCTAssertEqual(BlockAnalysis.containsAny(bytes, runs), BlockAnalysis.bodyNouns.contains { bytes.contains(run: $0.utf8) }, text)
        }
    }

    func testEndsWithBySuffixBytes() {
        func endsWith(_ text: String) -> Bool {
            var utf8 = text
            return utf8.withUTF8 { BlockAnalysis.endsWith($0, ": draft resolution") }
        }
        XCTAssertTrue(endsWith("Belarus: draft resolution"))
        XCTAssertTrue(endsWith(": draft resolution"))
        XCTAssertFalse(endsWith("Belarus: draft resolutions"))
        XCTAssertFalse(endsWith("Belarus; draft resolution"))
        XCTAssertFalse(endsWith("resolution"))
        XCTAssertFalse(endsWith(""))
    }
}
