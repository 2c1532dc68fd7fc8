import XCTest
@testable import ClauseLint

/// `locations(of:)` must give what two calls of `location(of:)` give, on one line or across lines.
final class SourceFileRangeLocationTests: XCTestCase {
    private func checkEveryRange(_ text: String, file: StaticString = #filePath, line: UInt = #line) {
        let source = SourceFile(path: "t", text: text)
        let count = source.bytes.count
        for lower in -1...(count + 1) {
            for upper in max(lower, -1)...(count + 2) {
                let found = source.locations(of: lower..<upper)
                XCTAssertEqual(found.start, source.location(of: lower), "\(lower)..<\(upper)", file: file, line: line)
                XCTAssertEqual(found.end, source.location(of: upper), "\(lower)..<\(upper)", file: file, line: line)
            }
        }
    }

    func testASCIIRangesOnOneLineAndAcrossLines() {
        checkEveryRange("Calls upon States,\nRequests the\r\nSecretary-General;\n\nend\n")
    }

    func testMultiByteRangesOnOneLineAndAcrossLines() {
        checkEveryRange("Côte d’Ivoire and 🌍 planet\nplain line\néé\n\nend")
    }

    func testEmptyText() {
        checkEveryRange("")
    }

    /// A long accented line: the columns come from the block table, from both ends.
    func testLongLineAcrossBlocks() {
        var text = "first\n"
        for index in 0..<400 { text += index % 5 == 0 ? "Côte 🌍 " : "word " }
        text += "\nlast"
        let source = SourceFile(path: "t", text: text)
        for lower in stride(from: 0, through: source.bytes.count, by: 37) {
            for upper in stride(from: lower, through: source.bytes.count + 3, by: 101) {
                let found = source.locations(of: lower..<upper)
                XCTAssertEqual(found.start, source.location(of: lower))
                XCTAssertEqual(found.end, source.location(of: upper))
            }
        }
    }
}
