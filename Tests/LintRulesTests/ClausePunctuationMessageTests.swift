import XCTest
import ClauseLint
@testable import LintRules

/// The messages and fix titles of clause-punctuation, word for word (they are built by
/// appending, not by interpolation).
final class ClausePunctuationMessageTests: XCTestCase {
    private func findings(_ text: String) throws -> [Diagnostic] {
        try LintHarness.lint(text, rules: ["clause-punctuation"])
    }

    func testWrongAndMissingEndings() throws {
        let text = "The General Assembly,\n\n*Recalling* its resolution 70/1;\n\n1. *Urges* States to act by;\n\n(a) Sharing data,\n\n(b) Training staff\n"
        let found = try findings(text)
        XCTAssertEqual(found.map(\.message), [
            "preambular clause ends with ';', expected ','",
            "operative clause ends with ';', expected ':' (it introduces sub-clauses)",
            "sub-clause ends with ',', expected ';'",
            "sub-clause has no closing punctuation, expected '.' (it ends the resolution)",
        ])
        XCTAssertEqual(found.map { $0.fix?.description }, ["end with ','", "end with ':'", "end with ';'", "end with '.'"])
    }

    /// "; and" and "; or" close a sub-clause before the last; a full stop inside a clause is counted.
    func testListEndingsPassAndFullStopsAreCounted() throws {
        let list = "The General Assembly,\n\n*Recalling* its resolution 70/1,\n\n1. *Urges* States to act by:\n\n(a) Sharing data; and\n\n(b) Training staff; or\n\n(c) Funding it.\n"
        XCTAssertEqual(try findings(list).map(\.message), [])
        let stops = "The General Assembly,\n\n*Recalling* its resolution 70/1,\n\n1. *Urges* States to act. They must. Now.\n"
        XCTAssertEqual(try findings(stops).map(\.message),
                       ["2 full stops inside a clause: a resolution is one sentence, use ';' or ',' instead"])
    }

    /// The label's dot ("1. Urges") and abbreviations are not full stops; a sentence break after the
    /// opening phrase is, in sub-clauses too.
    func testFullStopsFromTheOpeningPhraseOn() throws {
        let clean = "The General Assembly,\n\n*Recalling* vol. 2 of the U.N. Charter,\n\n1. *Urges* States, e.g. Chile, to act.\n"
        XCTAssertEqual(try findings(clean).map(\.message), [])
        let broken = "The General Assembly,\n\n*Recalling* its resolution 70/1,\n\n1. *Urges* States to act by:\n\n(a) Sharing data. Often;\n\n(b) Training staff.\n"
        let found = try findings(broken)
        XCTAssertEqual(found.map(\.message), ["full stop inside a clause: a resolution is one sentence, use ';' or ',' instead"])
        XCTAssertEqual(found.first?.clause, "operative 1(a)")
    }
}
