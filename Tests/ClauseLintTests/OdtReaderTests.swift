import XCTest
@testable import ClauseLint

final class OdtReaderTests: XCTestCase {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/office")

    func testOpenDocumentParsesIntoTheClauseTree() throws {
        let document = try DocumentLoader().load(path: Self.folder.appendingPathComponent("resolution.odt").path)
        let resolution = try XCTUnwrap(document.resolutions.first)
        XCTAssertEqual(resolution.code, "OFFICE/1/1")
        // Italics from an automatic style and from a named style's parent; none on the third.
        XCTAssertEqual(resolution.preamble.map { $0.opening?.italic }, [.full, .full, ItalicCoverage.none])
        // The footnote citation is not in the text; the note is a footnote.
        XCTAssertEqual(resolution.preamble[1].text, "Noting the work of the regional fisheries bodies,")
        XCTAssertEqual(document.footnotes.map(\.text), ["See the annual report of the bodies."])
        // List numbering with a nested lettered list.
        XCTAssertEqual(resolution.operative.map { $0.label?.value }, ["1", "2"])
        XCTAssertEqual(resolution.operative[0].children.map { $0.label?.written }, ["(a)", "(b)"])
    }

    /// One resolution saved as Markdown, Word, OpenDocument and Google Docs HTML gives the
    /// same clause tree, apart from locations.
    func testTheSameResolutionInEveryFormatGivesTheSameTree() throws {
        func tree(_ name: String) throws -> String {
            let document = try DocumentLoader().load(path: Self.folder.appendingPathComponent(name).path)
            var value = TreeJSON.value(document)
            value = Self.strip(value)
            return JSONWriter.serialize(value)
        }
        let markdown = try tree("same.md")
        XCTAssertTrue(markdown.contains("Sharing data;"))
        for name in ["same.docx", "resolution.odt", "same.html"] {
            XCTAssertEqual(try tree(name), markdown, name)
        }
    }

    /// Removes what legitimately differs between formats: paths, formats, locations, prose.
    static func strip(_ value: JSONWriter.Value) -> JSONWriter.Value {
        switch value {
        case .object(let members):
            return .object(members.filter { !["path", "format", "line", "column", "printedLine", "prose", "labelStyle"].contains($0.0) }
                .map { ($0.0, strip($0.1)) })
        case .array(let items): return .array(items.map(strip))
        default: return value
        }
    }
}
