import XCTest
@testable import ClauseLint
@testable import LintRules

/// Suppression comments in the text, and baselines that hide what an archive already had.
final class SuppressionAndBaselineTests: XCTestCase {
    let registry = BuiltInRules.registry

    func lint(_ text: String, path: String = "d.md") throws -> [Diagnostic] {
        let document = try DocumentLoader().parse(bytes: Array(text.utf8), path: path, format: .markdown)
        return try Configuration.builtIn(registry: registry).linter(registry: registry).lint(document)
    }

    static let draft = """
    The General Assembly,

    *Recalling* its earlier work,

    1. *Urges* all Member States to act,

    2. *Requests* the the Secretary-General to report,

    3. *Decides* to remain seized of the matter.
    """

    func testWithoutCommentsEverythingIsReported() throws {
        let rules = try lint(Self.draft).map(\.rule)
        XCTAssertEqual(rules, ["clause-punctuation", "repeated-word", "clause-punctuation"])
    }

    func testDisableNextClauseHidesOnlyThatClauseAndRule() throws {
        let text = Self.draft.replacingOccurrences(of: "2. *Requests*", with: "<!-- clauselint-disable-next-clause clause-punctuation -- as adopted -->\n2. *Requests*")
        let found = try lint(text)
        XCTAssertEqual(found.map(\.rule), ["clause-punctuation", "repeated-word"], "\(found.map(\.message))")
        XCTAssertEqual(found[0].start.line, 5, "operative 1 is still reported")
    }

    func testDisableEnableRegionAndAllRules() throws {
        let text = Self.draft
            .replacingOccurrences(of: "1. *Urges*", with: "<!-- clauselint-disable -->\n1. *Urges*")
            .replacingOccurrences(of: "3. *Decides*", with: "<!-- clauselint-enable -->\n3. *Decides*")
        XCTAssertEqual(try lint(text).map(\.rule), [])
    }

    func testUnusedAndUnknownSuppressionsAreReported() throws {
        let text = Self.draft
            .replacingOccurrences(of: "3. *Decides*", with: "<!-- clauselint-disable-next-clause repeated-word -->\n3. *Decides*")
            + "\n\n<!-- clauselint-disable opening-italc -->\n<!-- clauselint-enable acronym-undefined -->\n"
        let unused = try lint(text).filter { $0.rule == "unused-suppression" }.map(\.message)
        XCTAssertEqual(unused.sorted(), [
            "clauselint-disable names unknown rule 'opening-italc' (did you mean 'opening-italic'?)",
            "clauselint-disable suppresses no finding of opening-italc: remove it",
            "clauselint-disable-next-clause suppresses no finding of repeated-word: remove it",
            "clauselint-enable without a matching clauselint-disable",
        ])
    }

    /// Hundreds of comments and findings: each comment hides its own clause, and the
    /// matching takes time in proportion to their number (it once compared every pair).
    func testThousandsOfCommentsEachHideTheirClause() throws {
        var text = "The General Assembly,\n\n"
        for number in 1...900 {
            text += "<!-- clauselint-disable-next-clause repeated-word -- quoted on purpose -->\n"
            text += "\(number). *Urges* the the States to act on item \(number);\n\n"
        }
        text += "<!-- clauselint-disable term-capitalization -->\n901. *Urges* the the States to act.\n<!-- clauselint-enable -->\n"
        let start = Date()
        let found = try lint(text)
        XCTAssertLessThan(Date().timeIntervalSince(start), 30)
        // Only the last clause's repeated word is left, and its unused comment.
        XCTAssertEqual(found.filter { $0.rule == "repeated-word" }.count, 1)
        XCTAssertEqual(found.filter { $0.rule == "unused-suppression" }.map(\.message),
                       ["clauselint-disable suppresses no finding of term-capitalization: remove it"])
        // Twenty thousand regions in prose, each hiding one finding.
        let regions = String(repeating: "<!-- clauselint-disable repeated-word -->\nWe saw the the point.\n<!-- clauselint-enable repeated-word -->\n\n", count: 20_000)
        let prose = try lint(regions)
        XCTAssertTrue(prose.filter { $0.rule == "repeated-word" || $0.rule == "unused-suppression" }.isEmpty)
        XCTAssertLessThan(Date().timeIntervalSince(start), 60)
    }

    func testCommentParsing() {
        let bytes = Array("a <!-- clauselint-disable a-rule, b-rule -- kept as adopted --> b <!-- ordinary --> <!--clauselint-bogus-->".utf8)
        let (comments, malformed) = SuppressionComment.scan(bytes)
        XCTAssertEqual(comments.count, 1)
        XCTAssertEqual(comments[0].kind, .disable)
        XCTAssertEqual(comments[0].rules, ["a-rule", "b-rule"])
        XCTAssertEqual(comments[0].reason, "kept as adopted")
        XCTAssertEqual(malformed.count, 1)
    }

    // MARK: baseline

    func results(_ text: String) throws -> [FileResult] {
        [FileResult(path: "drafts/a.md", format: .markdown, resolutions: 1, diagnostics: try lint(text, path: "drafts/a.md"))]
    }

    func testBaselineHidesKnownFindingsEvenAfterEditsAbove() throws {
        let baseline = Baseline(try results(Self.draft))
        // A new clause above shifts every line and renumbers the clauses: nothing resurfaces.
        let edited = Self.draft.replacingOccurrences(of: "1. *Urges*", with: "1. *Notes* the new report;\n\n2. *Urges*")
            .replacingOccurrences(of: "2. *Requests*", with: "3. *Requests*").replacingOccurrences(of: "3. *Decides*", with: "4. *Decides*")
        var later = try results(edited)
        XCTAssertEqual(later[0].diagnostics.count, 3)
        XCTAssertEqual(baseline.filter(&later), 3)
        XCTAssertEqual(later[0].diagnostics.count, 0)
        // A new mistake is reported.
        var worse = try results(edited.replacingOccurrences(of: "*Notes* the new report;", with: "*Notes* the new report,"))
        baseline.filter(&worse)
        XCTAssertEqual(worse[0].diagnostics.map(\.rule), ["clause-punctuation"])
        XCTAssertEqual(worse[0].diagnostics.first?.start.line, 5)
    }

    func testBaselineRoundTripsThroughItsFile() throws {
        let baseline = Baseline(try results(Self.draft))
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("baseline-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: file) }
        try baseline.render().write(to: file, atomically: true, encoding: .utf8)
        let loaded = try Baseline.load(path: file.path)
        XCTAssertEqual(loaded.counts, baseline.counts)
        XCTAssertEqual(baseline.counts.values.reduce(0, +), 3)
        try "{}".write(to: file, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try Baseline.load(path: file.path))
    }

    func testFingerprintIgnoresLabelsAndWhitespace() {
        XCTAssertEqual(BaselineKey.normalizedClause("3.  *Urges*  all\n States;"), "*Urges* all States;")
        XCTAssertEqual(BaselineKey.normalizedClause("(iv) in cities;"), "in cities;")
        XCTAssertEqual(BaselineKey.normalizedClause("Recalling its work,"), "Recalling its work,")
        // The byte scan that feeds the hash agrees with the readable form.
        for text in ["3.  *Urges*  all\n States;", "(iv) in cities;", "Recalling its work,", "  a) b ", "12.", "Zoë’s (b) text"] {
            var direct = FNV1a(), viaString = FNV1a()
            BaselineKey.addNormalizedClause(text, to: &direct)
            viaString.add(BaselineKey.normalizedClause(text))
            XCTAssertEqual(direct.hex, viaString.hex, text)
        }
    }
}
