import XCTest
@testable import ClauseLint

final class ClauseTreeBuilderTests: XCTestCase {
    func parse(_ text: String) throws -> Document {
        try DocumentLoader().parse(bytes: Array(text.utf8), path: "t.md", format: .markdown)
    }

    func testArchiveWithTwoResolutionsAndAnAnnex() throws {
        let document = try parse("""
        Summary of the session. The committee adopted 2 resolutions.

        Code: AB/1/1

        Committee: Committee on Bridges

        Topic: Old Bridges

        The Committee on Bridges,

        Noting the age of bridges,

        1. *Urges* repairs;

        2. *Requests* a survey.

        Code: AB/1/2

        The Committee on Bridges,

        *Recalling* its earlier work,

        1. *Invites* tenders by:

        (a) Publishing calls;

        (b) Hiring engineers:

        (i) Locally;

        (ii) Abroad.

        ANNEX 1 R/AB/1/2:

        1. *Decides* to meet.
        """)
        XCTAssertEqual(document.resolutions.count, 2)
        let first = document.resolutions[0]
        XCTAssertEqual(first.code, "AB/1/1")
        XCTAssertEqual(first.committee, "Committee on Bridges")
        XCTAssertEqual(first.topic, "Old Bridges")
        XCTAssertEqual(first.body, "The Committee on Bridges")
        XCTAssertEqual(first.preamble.count, 1)
        XCTAssertEqual(first.operative.map { $0.label?.value }, ["1", "2"])
        let second = document.resolutions[1]
        XCTAssertEqual(second.operative.count, 1)
        let invites = second.operative[0]
        XCTAssertEqual(invites.children.map { $0.label?.value }, ["a", "b"])
        XCTAssertEqual(invites.children[1].children.map { $0.label?.family }, [.lowerRoman, .lowerRoman])
        XCTAssertEqual(invites.children[1].children[1].path, "operative 1(b)(ii)")
        XCTAssertEqual(second.annexes.count, 1)
        XCTAssertEqual(second.annexes[0].operative.first?.path, "annex 1 operative 1")
        XCTAssertEqual(document.prose.filter { $0.resolutionIndex == nil }.count, 1)
    }

    func testOpeningPhraseItalicCoverage() throws {
        let document = try parse("""
        *The Security Council*,

        *Recalling* also its resolutions,

        *Deeply* concerned by the violence,

        Noting the report,

        1. *Calls* upon States to act;

        2. *Reiterates its call upon* all parties;

        3. *Decides to remain seized of the matter and to act whenever needed*.
        """)
        let resolution = try XCTUnwrap(document.resolutions.first)
        XCTAssertEqual(resolution.body, "The Security Council")
        XCTAssertEqual(resolution.preamble.map { $0.opening?.italic }, [.full, .partial, ItalicCoverage.none])
        XCTAssertEqual(resolution.preamble.map { $0.opening?.text }, ["Recalling also", "Deeply concerned", "Noting"])
        XCTAssertEqual(resolution.operative[0].opening?.italic, .full)
        XCTAssertEqual(resolution.operative[1].opening?.text, "Reiterates its call upon")
        XCTAssertNotNil(resolution.operative[2].opening?.italicOverrun)
    }

    func testUnnumberedResolutionAfterHereby() throws {
        let document = try parse("""
        A Resolution to Plant Trees

        Noting the loss of forests,

        Aware of the cost,

        The Delegation of Ruritania hereby:

        Urges planting;

        Requests a report.
        """)
        let resolution = try XCTUnwrap(document.resolutions.first)
        XCTAssertTrue(resolution.unnumberedOperatives)
        XCTAssertEqual(resolution.preamble.count, 2)
        XCTAssertEqual(resolution.operative.map { $0.opening?.text }, ["Urges", "Requests"])
        XCTAssertEqual(document.emphasis, .absent)
    }

    func testProseOnlyDocumentHasNoResolution() throws {
        let document = try parse("""
        # Research Report

        Forced labour

        Forced labour is work done under threat. Recognizing it early matters.

        - How can it be stopped?

        Bibliography
        """)
        XCTAssertTrue(document.resolutions.isEmpty)
        XCTAssertEqual(document.prose.count, 5)
    }

    func testLetterIAfterHIsALetter() throws {
        let letters = "abcdefghij".map { "(\($0)) Item;" }.joined(separator: "\n\n")
        let document = try parse("The General Assembly,\n\n*Noting* it,\n\n1. *Urges*:\n\n\(letters)\n")
        let children = try XCTUnwrap(document.resolutions.first?.operative.first?.children)
        XCTAssertEqual(children.count, 10)
        XCTAssertEqual(children[8].label?.family, .lowerLetter)
    }

    func testClosingPunctuationIgnoresFootnoteDigits() throws {
        let document = try parse("The General Assembly,\n\n*Noting* it,\n\n1. *Takes note* of the report on resolution 72/4;1\n\n2. *Decides* to act.")
        XCTAssertEqual(document.resolutions.first?.operative.first?.end, ";")
    }
}
