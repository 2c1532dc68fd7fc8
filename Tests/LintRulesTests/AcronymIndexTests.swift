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
        XCTAssertEqual(index.events[index.scopes[1].events].map { index.definition($0)?.expansion }, ["Human Rights Education", nil, nil, nil])
        XCTAssertEqual(index.acronyms, ["NGO", "UNICEF", "HRE"])
        for event in index.events { XCTAssertEqual(index.acronyms[event.id], index.acronym(event)) }
    }
}
