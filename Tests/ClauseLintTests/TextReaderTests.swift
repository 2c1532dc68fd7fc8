import XCTest
@testable import ClauseLint

final class TextReaderTests: XCTestCase {
    func read(_ text: String) -> ReadResult {
        TextReader().read(SourceFile(path: "t.md", text: text))
    }

    func italicTexts(_ block: TextBlock) -> [String] {
        let bytes = Array(block.text.utf8)
        return block.italics.map { String(decoding: bytes[$0], as: UTF8.self) }
    }

    func testEmphasisForms() {
        let result = read("*Urges* States, _Recalling_ it, ***Notes*** and **Bold** and <i>Tagged</i> and <em>Em</em> text")
        let block = result.blocks[0]
        XCTAssertEqual(block.text, "Urges States, Recalling it, Notes and Bold and Tagged and Em text")
        XCTAssertEqual(italicTexts(block), ["Urges", "Recalling", "Notes", "Tagged", "Em"])
        XCTAssertEqual(result.emphasis, .present)
    }

    /// Blocks with one italic range share an array per range through a small cache: ranges
    /// that take the same slot (`0..<9` and `0..<73`) must each keep their own, and a block
    /// whose italics change must not change another's.
    func testSingleItalicRangesSurviveSharing() {
        let long = "X" + String(repeating: "x", count: 72)
        let result = read("*Recalling* a,\n\n*\(long)* b,\n\n*Recalling* c,\n\n1. *Urges* d;\n\n*Recalling* e, *also* f")
        XCTAssertEqual(result.blocks.map(\.italics), [[0..<9], [0..<73], [0..<9], [3..<8], [0..<9, 13..<17]])
        var changed = result.blocks[0]
        changed.italics.append(11..<12)
        XCTAssertEqual(changed.italics, [0..<9, 11..<12])
        XCTAssertEqual(result.blocks[2].italics, [0..<9])
    }

    func testBoldIsNotItalicAndPlainTextHasNoEmphasisInformation() {
        let result = read("**Urges** States to act;")
        XCTAssertEqual(result.blocks[0].italics, [])
        XCTAssertEqual(result.emphasis, .absent)
        let plain = read("Snake_case_word and 2 * 3 * 4 and a*b*c")
        XCTAssertEqual(plain.blocks[0].text, "Snake_case_word and 2 * 3 * 4 and abc")
        XCTAssertEqual(plain.emphasis, .present)
    }

    func testLinksFootnoteMarkersAndEscapes() {
        let block = read("General Assembly resolution [72/1](#), the Protocol¹ and [^2] note[3] \\*literal\\*").blocks[0]
        XCTAssertEqual(block.text, "General Assembly resolution 72/1, the Protocol and note *literal*")
    }

    func testCleanOffsetsMapBackToSource() {
        let source = "Intro é\n\n1. *Urges* [States](#) to act;"
        let result = read(source)
        let block = result.blocks[1]
        let bytes = Array(source.utf8)
        let text = Array(block.text.utf8)
        // Every clean byte maps to the same byte in the source.
        for (offset, byte) in text.enumerated() where byte != 0x20 {
            XCTAssertEqual(bytes[block.map.source(offset)], byte, "offset \(offset)")
        }
    }

    func testPrintedLineNumbersAreStripped() {
        let text = (1...8).map { "\($0) Line number \($0) text," }.joined(separator: "\n")
        let result = read(text)
        XCTAssertEqual(result.printedLineNumbers[0], 1)
        XCTAssertEqual(result.printedLineNumbers[7], 8)
        XCTAssertTrue(result.blocks[0].text.hasPrefix("Line number 1"))
    }

    /// Printed numbers must be on six in ten non-blank lines, wherever the unnumbered ones
    /// stand: four before six numbered lines pass, five fail (the scan may stop early only
    /// when the lines left could not make up the share).
    func testPrintedLineNumbersNeedSixInTenLines() {
        let numbered = (1...6).map { "\($0) Numbered line \($0)," }
        for (preamble, detected) in [(4, true), (5, false)] {
            let lines = (0..<preamble).map { "Preamble line \($0)" } + numbered
            let result = read(lines.joined(separator: "\n"))
            XCTAssertEqual(result.printedLineNumbers.count, detected ? 6 : 0, "\(preamble)")
            XCTAssertEqual(read((numbered + (0..<preamble).map { "Closing line \($0)" }).joined(separator: "\n")).printedLineNumbers.count,
                           detected ? 6 : 0, "\(preamble) after")
        }
    }

    func testNumberedClausesAreNotPrintedLineNumbers() {
        let result = read("1. First;\n\n2. Second;\n\n3. Third;\n\n4. Fourth;\n\n5. Fifth;\n\n6. Sixth.")
        XCTAssertTrue(result.printedLineNumbers.isEmpty)
        XCTAssertEqual(result.blocks[0].text, "1. First;")
    }

    func testHyphenatedWordsAreJoined() {
        XCTAssertEqual(read("Noting that recom-\nmendations were made,").blocks[0].text, "Noting that recommendations were made,")
    }

    func testPageBreakSplitJoinsAcrossFootnotes() {
        let result = read("*Welcoming* the plan,¹ and recalling its targets on\n\n¹ A footnote body.\n\n17-01234\n\npilot training,\n\n1. *Urges* action.")
        XCTAssertEqual(result.blocks.map(\.kind), [.paragraph, .footnote, .paragraph, .paragraph])
        XCTAssertEqual(result.blocks[0].text, "Welcoming the plan, and recalling its targets on pilot training,")
    }

    /// A clause split by two page breaks, each half of several lines: the halves are linked
    /// on in order, a hyphen at a join is dropped, and the map still points into each half.
    func testTwoPageBreakSplitsJoinInOrder() {
        let source = "*Welcoming* the plan of the regional and international partners and the recom-\n\n¹ A note.\n\nmendations on pilot training and the more than sixty other measures it lists for all of\nthe member States,\n\n2/5\n\nand further welcoming the report;\n\nA heading line"
        let result = read(source)
        XCTAssertEqual(result.blocks.map(\.kind), [.paragraph, .footnote, .paragraph, .paragraph])
        let block = result.blocks[0]
        XCTAssertEqual(block.text, "Welcoming the plan of the regional and international partners and the recommendations on pilot training and the more than sixty other measures it lists for all of the member States, and further welcoming the report;")
        let bytes = Array(source.utf8)
        for word in ["mendations", "the member", "further"] {
            let clean = Array(block.text.utf8)
            let needle = Array(word.utf8)
            let at = (0...(clean.count - needle.count)).first { Array(clean[$0..<($0 + needle.count)]) == needle }!
            let mapped = block.map.source(at)
            XCTAssertEqual(Array(bytes[mapped..<(mapped + needle.count)]), needle, word)
        }
        XCTAssertEqual(result.blocks[2].text, "2/5")
    }

    /// A paragraph of one line is rendered where it stands in the source: markup cut off at
    /// its end must read the same whether the file ends there or more text follows.
    func testAOneLineParagraphEndsAtItsLine() {
        let endings = ["*open", "text *", "[link", "[link](", "[link](url", "![img", "<i", "<sup>1", "<!--", "a\\", "\u{A0}", "¹", "[^1", "_x", "a  "]
        for ending in endings {
            let alone = read("Plain " + ending)
            let followed = read("Plain " + ending + "\n\n](more) *text*]>--> </sup> [1] end")
            XCTAssertEqual(followed.blocks.first?.text, alone.blocks.first?.text, ending)
            XCTAssertEqual(followed.blocks.first?.italics, alone.blocks.first?.italics, ending)
            XCTAssertEqual(followed.blocks.first?.map, alone.blocks.first?.map, ending)
        }
    }

    func testConverterListMarkersAreRemoved() {
        let result = read(" - a. First;\n- 3. *Urges* them;\n - i. Deep;")
        XCTAssertEqual(result.blocks.map(\.text), ["a. First;", "3. Urges them;", "i. Deep;"])
    }

    func testLinesThatStartClausesAreNotJoined() {
        let result = read("Expressing concern at the situation in the region,\nWelcoming the pledges made,")
        XCTAssertEqual(result.blocks.count, 2)
    }

    func testLineBreakTagsSeparateParagraphs() {
        XCTAssertEqual(read("Urges action;<br/>Requests a report.").blocks.map(\.text), ["Urges action;", "Requests a report."])
    }

    /// The search for `<` runs ahead of the lines: lines before, between and after the ones
    /// with one read as they do alone, and so does a `<` that is no line break.
    func testLineBreakTagsOnSomeLinesOfAFile() {
        let text = "First clause with a < sign,\n\nSecond clause;<br>Third clause,\n\nFourth clause,\n\n"
            + "Fifth <b>bold</b>;<br/>Sixth.\n<\n\nSeventh clause."
        XCTAssertEqual(read(text).blocks.map(\.text), ["First clause with a < sign,", "Second clause;", "Third clause,",
                                                      "Fourth clause,", "Fifth bold;", "Sixth.", "<", "Seventh clause."])
    }

    func testInvalidUTF8IsRepairedAndReported() {
        let (bytes, notes) = UTF8Repair.repair([0x41, 0xFF, 0x42, 0xC3])
        XCTAssertEqual(String(decoding: bytes, as: UTF8.self), "A\u{FFFD}B\u{FFFD}")
        XCTAssertEqual(notes.count, 1)
        XCTAssertTrue(notes[0].message.contains("2 invalid bytes"))
    }

    /// Found by the text fuzz target: a block-quote marker alone at the end of the input read
    /// past the end of the line.
    func testAQuoteMarkerAloneOnTheLastLine() throws {
        for text in [">", "> ", "Recalling text,\n>", "a\n\n>  \n", ">\n>\n"] {
            let document = try DocumentLoader().parse(bytes: Array(text.utf8), path: "q.md", format: .markdown)
            XCTAssertLessThanOrEqual(document.resolutions.count, 1, text)
        }
        let found = try DocumentLoader().parse(bytes: Array("Code: OCEANS;3/1\n\nRecognizing the value,\n#> @agraph\n>".utf8), path: "q.md", format: .markdown)
        XCTAssertEqual(found.source.bytes.count, 53)
    }
}
