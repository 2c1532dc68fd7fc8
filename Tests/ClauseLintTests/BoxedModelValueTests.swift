import XCTest
@testable import ClauseLint

/// `Document` and `Resolution` keep their fields in a shared box: they must still behave as values.
final class BoxedModelValueTests: XCTestCase {
    func testResolutionCopiesChangeIndependently() {
        var original = Resolution(code: "A/1", startOffset: 3, bodyOffset: 5)
        var copy = original
        copy.code = "B/2"
        copy.topic = "Water"
        copy.unnumberedOperatives = true
        XCTAssertEqual(original.code, "A/1")
        XCTAssertNil(original.topic)
        XCTAssertFalse(original.unnumberedOperatives)
        XCTAssertEqual(copy.code, "B/2")
        XCTAssertEqual(copy.topic, "Water")
        XCTAssertEqual(copy.startOffset, 3)
        XCTAssertEqual(copy.bodyOffset, 5)
        original.bodyOffset = 9
        XCTAssertEqual(original.bodyOffset, 9)
        XCTAssertEqual(copy.bodyOffset, 5)
    }

    func testDocumentCopiesChangeIndependentlyAndShareTheirMemo() {
        let source = SourceFile(path: "d.md", text: "The General Assembly,\n")
        var original = Document(source: source, format: .markdown, emphasis: .absent)
        var copy = original
        copy.emphasis = .present
        copy.resolutions.append(Resolution(startOffset: 0, bodyOffset: 0))
        copy.printedLineNumbers = [0: 7]
        XCTAssertEqual(original.emphasis, .absent)
        XCTAssertTrue(original.resolutions.isEmpty)
        XCTAssertNil(original.printedLine(at: 0))
        XCTAssertEqual(copy.printedLine(at: 0), 7)
        XCTAssertEqual(copy.resolutions.count, 1)
        XCTAssertTrue(original.memo === copy.memo, "a copy shares what was derived from the document")
        original.format = .text
        XCTAssertEqual(copy.format, .markdown)
        XCTAssertEqual(copy.source.path, "d.md")
    }
}
