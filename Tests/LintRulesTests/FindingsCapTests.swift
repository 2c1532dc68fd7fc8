import XCTest
import ClauseLint
@testable import LintRules

/// The cap on findings counts each rule on its own, though one context gathers the findings
/// of every rule on a document.
final class FindingsCapTests: XCTestCase {
    func testEachRuleIsCappedOnItsOwn() throws {
        let clauses = 1100
        var text = "The General Assembly,\n\n"
        for _ in 0..<clauses { text += "*Noting* the the report;\n\n" }
        text += "1. *Urges* States to act.\n"
        let found = try LintHarness.lint(text, rules: ["clause-punctuation", "repeated-word"])
        let limit = Linter.findingsPerRuleLimit
        for rule in ["clause-punctuation", "repeated-word"] {
            let ofRule = found.filter { $0.rule == rule }
            XCTAssertEqual(ofRule.count, limit + 1, rule)
            XCTAssertEqual(ofRule.filter { $0.severity == .info }.map(\.message),
                           ["\(clauses - limit) more findings of \(rule) in this file are not shown (at most \(limit) per rule and file)"])
        }
    }

    /// Below the cap nothing is dropped and no note is added.
    func testFewFindingsAreAllKept() throws {
        var text = "The General Assembly,\n\n"
        for _ in 0..<30 { text += "*Noting* the the report;\n\n" }
        text += "1. *Urges* States to act.\n"
        let found = try LintHarness.lint(text, rules: ["clause-punctuation", "repeated-word"])
        XCTAssertEqual(found.filter { $0.rule == "clause-punctuation" }.count, 30)
        XCTAssertEqual(found.filter { $0.rule == "repeated-word" }.count, 30)
        XCTAssertFalse(found.contains { $0.severity == .info })
    }
}
