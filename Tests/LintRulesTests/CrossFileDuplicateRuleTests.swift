import XCTest
import ClauseLint
@testable import LintRules

/// Clauses repeated across the files of one run (duplicate-paragraph's second half).
final class CrossFileDuplicateRuleTests: XCTestCase {
    private let clauses = [
        "*Urges* Member States to share data on trafficking routes with the regional bodies concerned every year",
        "*Requests* the regional bodies to publish the data they receive in a form that journalists can use",
        "*Encourages* donors to fund training for border officials in the detection of forged travel documents",
        "*Invites* the Secretary-General to report on the progress made at the next session of the Assembly",
    ]

    private func resolution(_ clauses: [String]) -> String {
        "The General Assembly,\n\n*Noting* the report,\n\n"
            + clauses.enumerated().map { "\($0.offset + 1). \($0.element)" + ($0.offset == clauses.count - 1 ? "." : ";") }.joined(separator: "\n\n") + "\n"
    }

    private func run(_ files: [(String, String)]) throws -> [Diagnostic] {
        guard let registered = BuiltInRules.registry["duplicate-paragraph"] else { throw LintHarness.HarnessError("no rule") }
        let linter = Linter(rules: [ConfiguredRule(rule: try registered.instantiate(optionsJSON: nil), severity: .warning)])
        let digests = try files.map { path, text in linter.digests(try LintHarness.document(text, path: path)) }
        return linter.crossDocumentDiagnostics(digests)
    }

    func testACopiedResolutionIsReportedInBothFiles() throws {
        let found = try run([("a.md", resolution(clauses)), ("b.md", resolution(clauses))])
        XCTAssertEqual(found.filter { $0.path == "a.md" }.count, 4)
        XCTAssertEqual(found.filter { $0.path == "b.md" }.count, 4)
        XCTAssertTrue(found.allSatisfy { $0.message.hasPrefix("repeats operative") })
        XCTAssertTrue(found.first { $0.path == "b.md" }?.message.hasSuffix("of a.md (line 5)") == true)
    }

    func testOneSharedClauseAmongManyIsNotACopy() throws {
        let other = [
            "*Decides* to convene a meeting of experts on maritime security in the Gulf of Guinea next year",
            "*Calls upon* coastal States to ratify the conventions on the safety of life at sea without delay",
            "*Welcomes* the offer of the host Government to provide facilities for the meeting of the experts",
        ]
        let found = try run([("a.md", resolution(clauses)), ("b.md", resolution(other + [clauses[0]]))])
        XCTAssertEqual(found, [])
    }

    /// A place matching several others names the closest, and among equally close ones the earliest file.
    func testTheClosestAndEarliestCopyIsNamed() throws {
        let near = clauses.map { $0 + " again" }   // one word more: 95% the same
        let found = try run([("a.md", resolution(clauses)), ("b.md", resolution(near)), ("c.md", resolution(clauses))])
        for diagnostic in found where diagnostic.path == "c.md" {
            XCTAssertTrue(diagnostic.message.hasPrefix("repeats ") && diagnostic.message.contains(" of a.md "), diagnostic.message)
        }
        for diagnostic in found where diagnostic.path == "b.md" {
            XCTAssertTrue(diagnostic.message.hasPrefix("nearly repeats ") && diagnostic.message.contains(" of a.md "), diagnostic.message)
        }
        XCTAssertEqual(found.filter { $0.path == "c.md" }.count, 4)
        XCTAssertEqual(found.filter { $0.path == "b.md" }.count, 4)
    }

    /// A clause in more than five files is boilerplate ("Decides to remain seized of the matter").
    func testBoilerplateInManyFilesIsNotReported() throws {
        let files = (0..<7).map { ("f\($0).md", resolution([clauses[0]])) }
        XCTAssertEqual(try run(files), [])
    }

    /// Clauses repeated within one file are the in-file check's: across files, one file alone has nothing.
    func testOneFileAloneHasNoCopiesAcrossFiles() throws {
        XCTAssertEqual(try run([("a.md", resolution(clauses + clauses))]), [])
        XCTAssertEqual(try run([]), [])
        XCTAssertEqual(try run([("a.md", resolution(clauses)), ("b.md", resolution(clauses))]).count, 8, "two files do")
    }

    /// Five files are not yet boilerplate, six are, and so are many more (the count of files
    /// each text is in stops at seven).
    func testTheBoilerplateLimitIsSixFiles() throws {
        let five = (0..<5).map { ("f\($0).md", resolution([clauses[0]])) }
        XCTAssertEqual(Set(try run(five).map(\.path)), Set(five.map(\.0)))
        XCTAssertEqual(try run(five + [("f5.md", resolution([clauses[0]]))]), [])
        let many = (0..<20).map { ("f\($0).md", resolution([clauses[0]])) }
        XCTAssertEqual(try run(many), [])
        // The text of many files, and in two more a copied clause of their own: only those two.
        let found = try run(many + [("x.md", resolution([clauses[0], clauses[1]])), ("y.md", resolution([clauses[1]]))])
        XCTAssertEqual(Set(found.map(\.path)), ["x.md", "y.md"])
    }

    /// A copied clause is found by its text even when many other files hold clauses that differ
    /// from it in one word: their signatures crowd its bands past the size compared.
    func testExactCopiesAreFoundAmongManyNearVariants() throws {
        let copied = [clauses[0], clauses[1]]
        var files = [("a.md", resolution(copied)), ("b.md", resolution(copied))]
        for variant in 0..<30 {
            // The last word replaced: each variant is as close to the copied clause as a copy with a typo.
            let variants = copied.map { $0.split(separator: " ").dropLast().joined(separator: " ") + " item\(variant)" }
            files.append(("v\(variant).md", resolution(variants)))
        }
        let found = try run(files)
        for path in ["a.md", "b.md"] {
            let here = found.filter { $0.path == path && $0.message.hasPrefix("repeats ") }
            XCTAssertEqual(here.count, 2, "\(path): \(found.filter { $0.path == path }.map(\.message))")
            XCTAssertTrue(here.allSatisfy { $0.message.contains(path == "a.md" ? " of b.md " : " of a.md ") })
        }
    }

    /// Every copy of a clause pasted several times into one file is reported, naming the other file.
    func testEachPastedCopyIsReported() throws {
        let found = try run([("a.md", resolution([clauses[0], clauses[0], clauses[0]])), ("b.md", resolution([clauses[0]]))])
        XCTAssertEqual(found.filter { $0.path == "a.md" }.map(\.message), (1...3).map { _ in "repeats operative 1 of b.md (line 5)" })
        XCTAssertEqual(found.filter { $0.path == "b.md" }.map(\.message), ["repeats operative 1 of a.md (line 5)"])
    }
}
