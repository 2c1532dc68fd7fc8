import XCTest
import ClauseLint
@testable import LintRules

/// Every rule's own examples are its first tests: non-triggering examples give no
/// finding, triggering ones exactly the `↓` positions, corrections the fixed text;
/// and all of it again after multi-byte text that shifts every offset.
final class RuleExamplesTests: XCTestCase {
    static let multiBytePrefix = "Délégation de Côte d’Ivoire — ñandú 🌍 Σύνοψη.\n\n"

    func testEveryRuleHasExamples() {
        for rule in BuiltInRules.registry.rules {
            let description = rule.description
            XCTAssertFalse(description.triggering.isEmpty, "\(description.id) has no triggering examples")
            XCTAssertFalse(description.nonTriggering.isEmpty, "\(description.id) has no non-triggering examples")
            XCTAssertFalse(description.explanation.isEmpty, "\(description.id) has no explanation")
            XCTAssertFalse(description.summary.isEmpty, "\(description.id) has no summary")
        }
    }

    func testNonTriggeringExamples() throws {
        for rule in BuiltInRules.registry.rules {
            let id = rule.description.id
            for example in rule.description.nonTriggering {
                for prefix in ["", Self.multiBytePrefix] {
                    let found = try LintHarness.lint(prefix + example, rules: [id])
                    XCTAssertEqual(found.map(\.message), [], "\(id) flagged a non-triggering example:\n\(example)")
                }
            }
        }
    }

    func testTriggeringExamples() throws {
        for rule in BuiltInRules.registry.rules {
            let id = rule.description.id
            for example in rule.description.triggering {
                for prefix in ["", Self.multiBytePrefix] {
                    let (text, expected) = LintHarness.markers(in: prefix + example)
                    XCTAssertFalse(expected.isEmpty, "\(id): triggering example without ↓:\n\(example)")
                    let found = try LintHarness.lint(text, rules: [id])
                    XCTAssertEqual(found.map(\.range.lowerBound).sorted(), expected.sorted(),
                                   "\(id) reported \(found.map { "\($0.start): \($0.message)" }) for:\n\(example)")
                    for diagnostic in found {
                        // The location agrees with the byte offset (columns count scalars).
                        let location = SourceFile(path: "t", text: text).location(of: diagnostic.range.lowerBound)
                        XCTAssertEqual(diagnostic.start, location)
                    }
                }
            }
        }
    }

    func testCorrections() throws {
        for rule in BuiltInRules.registry.rules {
            let id = rule.description.id
            for correction in rule.description.corrections {
                for prefix in ["", Self.multiBytePrefix] {
                    XCTAssertEqual(try LintHarness.fixed(prefix + correction.before, rules: [id]), prefix + correction.after,
                                   "\(id) did not fix:\n\(correction.before)")
                }
            }
        }
    }
}
