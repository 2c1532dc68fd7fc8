import Foundation
import XCTest
@testable import LintRules

/// `AcronymIndex`: scopes in key order (prose outside resolutions first), events in text
/// order, and one number per different acronym across the document.
final class AcronymIndexTests: XCTestCase {
    func testScopesEventsAndNumbers() throws {
        let text = """
        The NGOs and UNICEF.

        Code: A/1/1

        The General Assembly,

        *Noting* Human Rights Education (HRE) and NGOs,

        1. *Supports* HRE and the NGO's work.

        Code: A/1/2

        The General Assembly,

        1. *Supports* HRE.

        """
        let index = AcronymIndex.of(try LintHarness.document(text))
        XCTAssertEqual(index.scopes.map(\.key), [-1, 0, 1])
        XCTAssertEqual(index.scopes.map { index.events[$0.events].map(index.written) },
                       [["NGOs", "UNICEF"], ["HRE", "NGOs", "HRE", "NGO's"], ["HRE"]])
        XCTAssertEqual(index.events[index.scopes[1].events].map { event in index.definition(event).map { index.expansion($0, of: event) } },
                       ["Human Rights Education", nil, nil, nil])
        XCTAssertEqual(index.acronyms, ["NGO", "UNICEF", "HRE"])
        for event in index.events { XCTAssertEqual(index.acronyms[event.id], index.acronym(event)) }
    }

    /// One number per different acronym past the first sixteen too (those are searched, the
    /// later ones looked up): forty acronyms, each written three times in shuffled order.
    func testNumbersOfManyAcronyms() throws {
        let letters = Array("ABCDEFGHJKLMNOPQRSTUWYZ")
        let acronyms = (0..<40).map { "Q" + String(letters[$0 % 20]) + String(letters[$0 / 20]) }
        let order = acronyms + acronyms.reversed() + acronyms.enumerated().sorted { ($0.offset * 7) % 40 < ($1.offset * 7) % 40 }.map(\.element)
        let text = "The General Assembly,\n\n1. *Supports* " + order.joined(separator: " and ") + ".\n"
        let index = AcronymIndex.of(try LintHarness.document(text))
        XCTAssertEqual(index.acronyms, acronyms)
        XCTAssertEqual(index.events.map(index.acronym), order)
        for event in index.events { XCTAssertEqual(index.acronyms[event.id], index.written(event)) }
    }

    /// Events come in paragraph order with their scope's slot (key + 1); prose outside
    /// the resolutions may follow them, and its events go first, each scope in order.
    func testScopeOrder() {
        func events(_ units: [Int]) -> [AcronymIndex.Event] {
            units.map { AcronymIndex.Event(id: 0, unit: $0, definition: nil, range: 0..<2, inTitle: false) }
        }
        for (slots, units, keys) in [
            ([0, 1, 1, 2], [0, 1, 2, 3], [-1, 0, 1]),
            ([1, 1, 2, 0, 2, 0], [0, 1, 2, 3, 4, 5], [-1, 0, 1]),
            ([3, 1], [0, 1], [0, 2]),
        ] {
            let (ordered, scopes) = AcronymIndex.inScopeOrder(events(units), slots: slots)
            XCTAssertEqual(scopes.map(\.key), keys)
            let expected = units.indices.sorted { (slots[$0], $0) < (slots[$1], $1) }.map { units[$0] }
            XCTAssertEqual(ordered.map(\.unit), expected)
            for scope in scopes {
                for event in ordered[scope.events] { XCTAssertEqual(slots[event.unit] - 1, scope.key) }
            }
            XCTAssertEqual(scopes.map(\.events.count).reduce(0, +), units.count)
        }
        XCTAssertTrue(AcronymIndex.inScopeOrder([], slots: []).1.isEmpty)
    }

    /// A bibliography's heading ends the prose the index reads (its titles are not the
    /// writer's acronyms), but not the resolutions; a short paragraph that is no such
    /// heading changes nothing.
    func testBibliographyIsNotRead() throws {
        let text = """
        The UNDP report.

        Short ABC line

        ## References

        The UNEP (2019) and WHO.

        Code: A/1/1

        The General Assembly,

        *Noting* the UNDP,

        1. *Requests* the UNEP to report.

        """
        let index = AcronymIndex.of(try LintHarness.document(text))
        XCTAssertEqual(index.scopes.map(\.key), [-1, 0])
        XCTAssertEqual(index.scopes.map { index.events[$0.events].map(index.written) }, [["UNDP", "ABC"], ["UNDP", "UNEP"]])
    }

    /// A bibliography's heading judged by bytes agrees with the lower-cased, trimmed text,
    /// ASCII or not (a Kelvin sign lower-cases to `k`; a no-break space is white space).
    func testBibliographyHeadingsAsByTheirText() {
        for text in ["Bibliography", "  REFERENCES\t", "works cited", "Works  cited", "Sources:", "", " ", "Further Reading ",
                     "WOR\u{212A}S CITED", "\u{00A0}Sources", "Références", "sources\n", "Works Consulted", "Sourcesx", "ources"] {
            XCTAssertEqual(AcronymIndex.isBibliographyHeading(Array(text.utf8), text),
                           AcronymIndex.bibliographyHeadings.contains(text.lowercased().trimmingCharacters(in: .whitespaces)), text)
        }
        XCTAssertTrue(AcronymIndex.isBibliographyHeading(Array("  REFERENCES\t".utf8), "  REFERENCES\t"))
        XCTAssertTrue(AcronymIndex.isBibliographyHeading(Array("WOR\u{212A}S CITED".utf8), "WOR\u{212A}S CITED"))
        XCTAssertFalse(AcronymIndex.isBibliographyHeading(Array("Works  cited".utf8), "Works  cited"))
    }
}
