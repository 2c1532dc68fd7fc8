import XCTest
@testable import ClauseLint

final class InlineMarkupPoolTests: XCTestCase {
    private func render(_ text: String, with markup: inout InlineMarkup) -> TextBlock {
        let bytes = Array(text.utf8)
        markup.clear()
        markup.append(bytes, 0..<bytes.count)
        return markup.render(kind: .paragraph)
    }

    func testARendererHandedBackIsTakenAgainWithItsRoom() {
        let pool = InlineMarkupPool()
        var markup = pool.take()
        XCTAssertEqual(markup.workingSize, 0)
        XCTAssertEqual(render("*Recalling* its resolution", with: &markup).text, "Recalling its resolution")
        let size = markup.workingSize
        XCTAssertGreaterThan(size, 0)
        pool.giveBack(markup)
        var again = pool.take()
        XCTAssertEqual(again.workingSize, size)
        // What the last paragraph left behind does not reach the next one.
        let block = render("plain", with: &again)
        XCTAssertEqual(block.text, "plain")
        XCTAssertEqual(block.italics, [])
        XCTAssertEqual(pool.take().workingSize, 0)
    }

    func testARendererThatHeldAHugeParagraphIsLetGo() {
        let pool = InlineMarkupPool()
        var markup = pool.take()
        _ = render(String(repeating: "word ", count: InlineMarkupPool.largestKept / 5 + 1), with: &markup)
        XCTAssertGreaterThan(markup.workingSize, InlineMarkupPool.largestKept)
        pool.giveBack(markup)
        XCTAssertEqual(pool.take().workingSize, 0)
    }

    /// Readers on many threads share the pool: each file reads as it does alone.
    func testFilesReadAtOnceReadAsAlone() {
        let sources = (0..<40).map { index in
            SourceFile(path: "\(index).md", text: (0...(index % 7)).map { "*Recalling* clause \($0) of file \(index)," }.joined(separator: "\n\n")
                + "\n\n" + String(repeating: "long ", count: index * 50))
        }
        let alone = sources.map { TextReader().read($0).blocks.map(\.text) }
        let atOnce = Parallel.map(count: sources.count, workers: 4) { TextReader().read(sources[$0]).blocks.map(\.text) }
        XCTAssertEqual(atOnce, alone)
    }
}
