import XCTest
@testable import ClauseLint

final class HTMLReaderTests: XCTestCase {
    func parse(_ html: String) throws -> Document {
        try DocumentLoader().parse(bytes: Array(html.utf8), path: "t.html", format: .html)
    }

    func testGoogleDocsClassItalicsAndListNumbering() throws {
        let document = try parse("""
        <html><head><style>.c3{font-style:italic}.c5{font-weight:700}</style></head><body>
        <p><span>The General Assembly,</span></p>
        <p><span class="c3">Recalling</span><span>&nbsp;its resolution 70/1,</span></p>
        <ol start="1"><li><span class="c3 c5">Urges</span><span> States to act by:</span></li></ol>
        <ol type="a"><li>Sharing&nbsp;data;</li><li>Training staff;</li></ol>
        <ol start="2"><li><em>Requests</em> a report.</li></ol>
        </body></html>
        """)
        let resolution = try XCTUnwrap(document.resolutions.first)
        XCTAssertEqual(resolution.body, "The General Assembly")
        XCTAssertEqual(resolution.preamble.first?.opening?.italic, .full)
        XCTAssertEqual(resolution.preamble.first?.text, "Recalling its resolution 70/1,")
        XCTAssertEqual(resolution.operative.map { $0.label?.value }, ["1", "2"])
        XCTAssertEqual(resolution.operative[0].children.map { $0.label?.written }, ["a.", "b."])
        XCTAssertEqual(resolution.operative[1].opening?.italic, .full)
        // Locations point into the HTML source.
        let recalling = resolution.preamble[0]
        XCTAssertEqual(document.location(of: recalling.block.map.source(0)).line, 3)
    }

    func testWordInlineStylesAndEntities() throws {
        let document = try parse("""
        <p class=MsoNormal>The Security Council,</p>
        <p class=MsoNormal><span style='font-style:italic'>Noting</span> the Secretary&#8209;General&#x2019;s report &amp; annex,</p>
        <p class=MsoNormal>1. <i>Decides</i> to remain seized of the matter.</p>
        """)
        let resolution = try XCTUnwrap(document.resolutions.first)
        XCTAssertEqual(resolution.preamble.first?.text, "Noting the Secretary\u{2011}General’s report & annex,")
        XCTAssertEqual(resolution.preamble.first?.opening?.italic, .full)
        XCTAssertEqual(resolution.operative.first?.opening?.italic, .full)
    }

    func testDeepNestingAndBrokenMarkupDoNotCrash() throws {
        let deep = String(repeating: "<div><span>", count: 200_000) + "text" + String(repeating: "</span></div>", count: 10)
        let document = try parse(deep + "<p>unclosed <b>bold <i>italic</p><p>next & < > lone</p>")
        XCTAssertTrue(document.prose.contains { $0.block.text == "next & < > lone" })
    }
}
