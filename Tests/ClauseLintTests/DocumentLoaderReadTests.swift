import XCTest
@testable import ClauseLint

/// The loader reads files straight into an array and learns the line count and whether the
/// text is ASCII in the same scan that builds the line table.
final class DocumentLoaderReadTests: XCTestCase {
    private func temporaryFile(_ bytes: [UInt8], name: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("clauselint-read-\(UUID().uuidString)-\(name)")
        try Data(bytes).write(to: url)
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url.path
    }

    func testReadFileReturnsEveryByte() throws {
        let bytes = (0..<100_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        let path = try temporaryFile(bytes, name: "a.md")
        XCTAssertEqual(try DocumentLoader.readFile(path, size: bytes.count, limit: 1 << 20), bytes)
        XCTAssertEqual(try DocumentLoader.readFile(try temporaryFile([], name: "empty.md"), size: 0, limit: 1 << 20), [])
    }

    /// A file larger than stat(2) said (it grew, or it is a kernel file of size 0) is read on,
    /// but not far past the limit.
    func testReadFileReadsPastAStaleSizeUpToTheLimit() throws {
        let bytes = [UInt8](repeating: 0x61, count: 200_000)
        let path = try temporaryFile(bytes, name: "b.md")
        XCTAssertEqual(try DocumentLoader.readFile(path, size: 10, limit: 1 << 20), bytes)
        let capped = try DocumentLoader.readFile(path, size: 0, limit: 1000)
        XCTAssertGreaterThan(capped.count, 1000)
        XCTAssertLessThan(capped.count, bytes.count)
    }

    func testReadFileFailuresNameTheCause() {
        XCTAssertThrowsError(try DocumentLoader.readFile("/no/such/file.md", size: 0, limit: 100)) { error in
            XCTAssertEqual("\(error)", "cannot read file: no such file")
        }
    }

    func testLoadReadsAFileAndRepairsInvalidUTF8() throws {
        let text = Array("The General Assembly,\n\n*Noting* caf\u{E9} \u{FF} report,\n".utf8)
        let path = try temporaryFile(text + [0xFF, 0x0A], name: "c.md")
        let document = try DocumentLoader().load(path: path)
        XCTAssertEqual(document.readerNotes.count, 1)
        XCTAssertTrue(document.readerNotes[0].message.contains("1 invalid byte"), document.readerNotes[0].message)
    }

    func testTextSourceCountsLinesOnceAndKnowsASCII() throws {
        let (ascii, none) = try DocumentLoader.textSource(Array("a\nb\n".utf8), path: "t", lineLimit: 2)
        XCTAssertTrue(ascii.isASCII)
        XCTAssertEqual(none, [])
        XCTAssertEqual(ascii.lineCount, 3)
        // Two lines and a third without a newline: three lines, one past the limit.
        XCTAssertThrowsError(try DocumentLoader.textSource(Array("a\nb\nc".utf8), path: "t", lineLimit: 2)) { error in
            XCTAssertEqual("\(error)", "input has 3 lines, more than the limit of 2: split it into smaller files")
        }
        // Far past the limit the scan stops early, and the message still has the count.
        XCTAssertThrowsError(try DocumentLoader.textSource(Array(repeating: 0x0A, count: 5000), path: "t", lineLimit: 10)) { error in
            XCTAssertEqual("\(error)", "input has 5000 lines, more than the limit of 10: split it into smaller files")
        }
        let (accented, valid) = try DocumentLoader.textSource(Array("caf\u{E9}\n".utf8), path: "t", lineLimit: 2)
        XCTAssertFalse(accented.isASCII)
        XCTAssertEqual(valid, [])
        let (repaired, notes) = try DocumentLoader.textSource([0x61, 0xFF, 0x0A], path: "t", lineLimit: 2)
        XCTAssertEqual(repaired.bytes, [0x61, 0xEF, 0xBF, 0xBD, 0x0A])
        XCTAssertEqual(notes.count, 1)
    }
}
