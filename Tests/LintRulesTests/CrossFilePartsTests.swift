import XCTest
import ClauseLint
@testable import LintRules

/// The cross-file pass cuts its work into parts by hash bits, one per core: the findings
/// must not depend on how many parts there are.
final class CrossFilePartsTests: XCTestCase {
    /// duplicate-paragraph with its default options, as a run uses it.
    private func defaultRule() throws -> DuplicateParagraphRule {
        guard let registered = BuiltInRules.registry["duplicate-paragraph"],
              let rule = try registered.instantiate(optionsJSON: nil) as? DuplicateParagraphRule else {
            throw LintHarness.HarnessError("no duplicate-paragraph rule")
        }
        return rule
    }

    /// Clauses of sixteen words drawn from a vocabulary by a fixed generator: distinct enough
    /// that only copies match, as real clauses are.
    private func clause(_ number: Int) -> String {
        let verbs = ["Urges", "Requests", "Encourages", "Invites", "Calls upon", "Welcomes"]
        let vocabulary = ["States", "regional", "bodies", "data", "routes", "training", "border", "officials", "report",
                          "session", "funding", "donors", "programme", "water", "health", "schools", "refugees", "ports",
                          "courts", "elections", "observers", "forests", "fisheries", "debt", "tariffs", "vaccines",
                          "clinics", "teachers", "farmers", "harvests", "roads", "bridges", "power", "grids", "oceans",
                          "coasts", "cities", "villages", "markets", "banks", "loans", "grants", "experts", "surveys"]
        var state = UInt64(number) &* 0x9E37_79B9_7F4A_7C15 | 1
        var words: [String] = []
        for _ in 0..<16 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            words.append(vocabulary[Int(state >> 33) % vocabulary.count])
        }
        return "*\(verbs[number % verbs.count])* " + words.joined(separator: " ")
    }

    private func resolution(_ numbers: [Int]) -> String {
        "The General Assembly,\n\n*Noting* the report,\n\n"
            + numbers.enumerated().map { "\($0.offset + 1). \(clause($0.element))" + ($0.offset == numbers.count - 1 ? "." : ";") }
            .joined(separator: "\n\n") + "\n"
    }

    func testTheFindingsAreTheSameForAnyNumberOfParts() throws {
        let rule = try defaultRule()
        // Twenty files of their own clauses; five of them copy an earlier file, one with a word changed;
        // one clause is in seven files (boilerplate).
        var files: [(String, String)] = []
        for file in 0..<20 {
            var numbers = Array((file * 10)..<(file * 10 + 8)) + [999]
            if file % 4 == 3 { numbers = Array(((file - 2) * 10)..<((file - 2) * 10 + 8)) }
            if file >= 7 { numbers.removeLast() }
            var text = resolution(numbers)
            if file == 19 { text = text.replacingOccurrences(of: ";", with: " today;") }
            files.append(("f\(file).md", text))
        }
        let digests = try files.map { path, text in rule.digest(try LintHarness.document(text, path: path)) }
        let single = rule.check(across: digests, severity: .warning, parts: 1)
        XCTAssertEqual(Set(single.map(\.path)), ["f1.md", "f3.md", "f5.md", "f7.md", "f9.md", "f11.md", "f13.md", "f15.md", "f17.md", "f19.md"])
        // f3 copies all eight clauses of f1; the later copies drop their last clause, so seven on each side.
        XCTAssertEqual(single.count, 8 + 8 + 4 * (7 + 7))
        XCTAssertFalse(single.contains { $0.clause == "operative 9" }, "the clause in six files is boilerplate")
        XCTAssertTrue(single.contains { $0.path == "f19.md" && $0.message.hasPrefix("nearly repeats") })
        for parts in [2, 4, 8] {
            XCTAssertEqual(rule.check(across: digests, severity: .warning, parts: parts), single, "\(parts) parts")
        }
    }

    /// Enough clauses that buckets of the band keys hold several keys each, and copies far
    /// apart in the run: every copy is found, with any number of parts.
    func testManyFilesGiveTheSameFindingsForAnyNumberOfParts() throws {
        let rule = try defaultRule()
        // 120 files of ten clauses of their own; file 100 + k copies file k (k < 10).
        let digests = try (0..<120).map { file in
            let source = file >= 100 && file < 110 ? file - 100 : file
            return rule.digest(try LintHarness.document(resolution(Array((source * 10)..<(source * 10 + 10))), path: "m\(file).md"))
        }
        let single = rule.check(across: digests, severity: .warning, parts: 1)
        XCTAssertEqual(Set(single.map(\.path)), Set((0..<10).map { "m\($0).md" } + (100..<110).map { "m\($0).md" }))
        XCTAssertEqual(single.count, 2 * 10 * 10)
        for parts in [2, 4, 8] {
            XCTAssertEqual(rule.check(across: digests, severity: .warning, parts: parts), single, "\(parts) parts")
        }
    }

    /// Runs with nothing to compare, or less than one clause a part: no findings, whatever the parts.
    func testFewOrNoClausesGiveNoFindingsForAnyNumberOfParts() throws {
        let rule = try defaultRule()
        let empty = try rule.digest(LintHarness.document("", path: "empty.md"))
        let one = try rule.digest(LintHarness.document(resolution([1]), path: "one.md"))
        let other = try rule.digest(LintHarness.document(resolution([2, 3]), path: "other.md"))
        for digests in [[empty, empty], [empty, one], [one, other], [one, empty, other]] {
            for parts in [1, 2, 4, 8] {
                XCTAssertEqual(rule.check(across: digests, severity: .warning, parts: parts), [], "\(parts) parts")
            }
        }
    }
}
