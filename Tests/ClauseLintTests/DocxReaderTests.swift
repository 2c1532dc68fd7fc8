import XCTest
@testable import ClauseLint

final class DocxReaderTests: XCTestCase {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/office")

    func load(_ name: String) throws -> Document {
        try DocumentLoader().load(path: Self.folder.appendingPathComponent(name).path)
    }

    func testWordDocumentParsesIntoTheClauseTree() throws {
        let document = try load("resolution.docx")
        XCTAssertEqual(document.format, .docx)
        let resolution = try XCTUnwrap(document.resolutions.first)
        XCTAssertEqual(resolution.code, "OFFICE/1/1")
        XCTAssertEqual(resolution.body, "The General Assembly")
        // Italics through direct formatting, a character style's basedOn chain, none, and a paragraph style.
        XCTAssertEqual(resolution.preamble.map { $0.opening?.italic }, [.full, .full, ItalicCoverage.none, .full])
        XCTAssertNotNil(resolution.preamble[3].opening?.italicOverrun)
        // Word's automatic numbering at two levels.
        XCTAssertEqual(resolution.operative.map { $0.label?.value }, ["1", "2"])
        XCTAssertEqual(resolution.operative[0].children.map { $0.label?.written }, ["(a)", "(b)"])
        XCTAssertEqual(resolution.operative[0].children.map { $0.label?.generated }, [true, true])
        // Tracked changes: the insertion is kept, the deletion dropped.
        XCTAssertEqual(resolution.operative[0].children[1].text, "Training staff in every port;")
        // Line = paragraph number in the body.
        XCTAssertEqual(document.location(of: resolution.operative[1].block.map.source(0)).line, 10)
        // The table's cells are read cell by cell.
        XCTAssertEqual(document.prose.map(\.block.text).suffix(2), ["Cell one", "Cell two"])
    }

    func testRunPropertiesTurnedOffAndStylesFollowBasedOn() throws {
        let styles = Array("""
        <w:styles xmlns:w="w"><w:docDefaults><w:rPrDefault><w:rPr/></w:rPrDefault></w:docDefaults>
        <w:style w:type="character" w:styleId="A"><w:rPr><w:i/></w:rPr></w:style>
        <w:style w:type="character" w:styleId="B"><w:basedOn w:val="A"/></w:style></w:styles>
        """.utf8)
        let body = Array("""
        <w:document xmlns:w="w"><w:body>
        <w:p><w:r><w:rPr><w:rStyle w:val="B"/></w:rPr><w:t>Noting</w:t></w:r><w:r><w:t xml:space="preserve"> the report,</w:t></w:r></w:p>
        <w:p><w:r><w:rPr><w:rStyle w:val="B"/><w:i w:val="0"/></w:rPr><w:t>Recalling</w:t></w:r><w:r><w:t> it,</w:t></w:r></w:p>
        </w:body></w:document>
        """.utf8)
        let read = try DocxReader().read(path: "t.docx", document: body, styles: styles, numbering: nil, footnotes: nil)
        XCTAssertEqual(read.blocks.map(\.text), ["Noting the report,", "Recalling it,"])
        XCTAssertEqual(read.blocks[0].italics, [0..<6])
        XCTAssertEqual(read.blocks[1].italics, [])
    }

    func testHostileXMLFailsQuickly() {
        let doctype = Array("""
        <?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>
        <w:document xmlns:w="w"><w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>
        """.utf8)
        XCTAssertThrowsError(try DocxReader().read(path: "t", document: doctype, styles: nil, numbering: nil, footnotes: nil)) {
            XCTAssertTrue("\($0)".contains("DOCTYPE"))
        }
        let deep = Array(("<w:document xmlns:w=\"w\">" + String(repeating: "<w:sdt>", count: 100_000)).utf8)
        XCTAssertThrowsError(try DocxReader().read(path: "t", document: deep, styles: nil, numbering: nil, footnotes: nil)) {
            XCTAssertTrue("\($0)".contains("deeper"), "\($0)")
        }
        XCTAssertThrowsError(try DocxReader().read(path: "t", document: Array("<w:document><w:p>".utf8), styles: nil, numbering: nil, footnotes: nil))
    }

    /// Found by the docx fuzz target: Foundation's XMLParser traps on an element name that is
    /// not valid UTF-8 (`<w:documen\u{FF}…>`), so such parts are refused before parsing.
    func testInvalidUTF8InAnElementNameIsAnErrorNotACrash() {
        let damaged = Array("<?xml version=\"1.0\"?><w:documen".utf8) + [0xFF, 0xFF, 0xFF] + Array(" xmlns:w=\"w\"><w:body/></w:documen".utf8)
            + [0xFF, 0xFF, 0xFF] + Array(">".utf8)
        XCTAssertThrowsError(try DocxReader().read(path: "t", document: damaged, styles: nil, numbering: nil, footnotes: nil)) {
            XCTAssertTrue("\($0)".contains("not valid UTF-8"), "\($0)")
        }
        XCTAssertThrowsError(try OdtReader().read(path: "t", content: damaged, styles: nil))
        // Valid UTF-8 beyond ASCII is read as before.
        let accented = Array("<w:document xmlns:w=\"w\"><w:body><w:p><w:r><w:t>Côte d’Ivoire</w:t></w:r></w:p></w:body></w:document>".utf8)
        XCTAssertEqual(try DocxReader().read(path: "t", document: accented, styles: nil, numbering: nil, footnotes: nil).blocks.map(\.text), ["Côte d’Ivoire"])
    }

    func testFilesThatAreNotWhatTheirExtensionSays() throws {
        let loader = DocumentLoader()
        XCTAssertThrowsError(try loader.parse(bytes: Array("plain text pretending".utf8), path: "fake.docx", format: .docx)) {
            XCTAssertTrue("\($0)".contains("ZIP"), "\($0)")
        }
        let bomb = [UInt8](try Data(contentsOf: Self.folder.deletingLastPathComponent().appendingPathComponent("archive/bomb.zip")))
        XCTAssertThrowsError(try loader.parse(bytes: bomb, path: "bomb.docx", format: .docx)) {
            XCTAssertTrue("\($0)".contains("limit"), "\($0)")
        }
    }
}
