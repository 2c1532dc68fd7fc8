import XCTest
import ClauseLint
@testable import LintRules

/// The messages of the acronym rules, word for word (they are joined from their parts, not
/// interpolated), and the rules' per-acronym tables on documents with many acronyms.
final class AcronymMessageTests: XCTestCase {
    private func messages(_ text: String, _ rule: String) throws -> [String] {
        try LintHarness.lint(text, rules: [rule]).map(\.message)
    }

    func testUndefinedMessages() throws {
        let text = "The General Assembly,\n\n*Noting* the work of UNODC and of ABCD,\n\n1. *Requests* ABCD and ABCD to report;\n\n"
            + "2. *Requests* the United Nations Office on Drugs and Crime (UNODC) to report.\n"
        XCTAssertEqual(try messages(text, "acronym-undefined"), [
            "'UNODC' is used before it is defined",
            "'ABCD' is never spelled out in this resolution (used 3 times): write the full name followed by (ABCD) at its first use",
        ])
        let once = "The General Assembly,\n\n*Noting* the work of ABCD,\n\n1. *Decides* to act.\n"
        XCTAssertEqual(try messages(once, "acronym-undefined"),
                       ["'ABCD' is never spelled out in this resolution: write the full name followed by (ABCD) at its first use"])
    }

    func testRedefinedAndMismatchMessages() throws {
        let text = "The General Assembly,\n\n*Noting* the Global Firearms Programme (GFP),\n\n1. *Supports* the Global Firearms Programme (GFP);\n\n"
            + "2. *Supports* the Great Forest Project (GFP);\n\n3. *Notes* the Office of Drugs (XYZ).\n"
        XCTAssertEqual(try messages(text, "acronym-redefined"), [
            "'GFP' is defined again (first defined on line 3): use the acronym alone",
            "'GFP' is defined as 'Great Forest Project' here but as 'Global Firearms Programme' on line 3",
        ])
        XCTAssertEqual(try messages(text, "acronym-mismatch"), ["the letters of 'XYZ' do not fit its expansion 'Notes the Office of Drugs'"])
    }

    /// Thousands of acronyms, each used before and after its definition: every one is reported
    /// once, and every repeated definition once.
    func testManyAcronyms() throws {
        let letters = Array("ABCDEFGHJKLMNOPQRSTUWYZ")
        let acronyms = letters.flatMap { first in letters.map { second in "Q" + String(first) + String(second) } }
        let uses = acronyms.joined(separator: " and ")
        let definitions = acronyms.map { "Quick \($0.dropFirst().first!)ay \($0.last!)ay (\($0))" }.joined(separator: ", ")
        let text = "The General Assembly,\n\n*Noting* \(uses),\n\n1. *Notes* \(definitions);\n\n2. *Notes* \(definitions).\n"
        let undefined = try messages(text, "acronym-undefined")
        XCTAssertEqual(undefined.count, acronyms.count)
        XCTAssertEqual(Set(undefined), Set(acronyms.map { "'\($0)' is used before it is defined" }))
        XCTAssertEqual(try messages(text, "acronym-redefined").count, acronyms.count)
    }
}
