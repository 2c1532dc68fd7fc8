import XCTest
import ClauseLint
@testable import LintRules

/// Declarative rules, kind by kind and scope by scope, their validation errors, and presets.
final class DeclarativeRuleTests: XCTestCase {
    let registry = BuiltInRules.registry

    /// A short resolution with prose before it, a preamble, operative clauses and sub-clauses.
    static let draft = """
    Background: the programme team drafted this text after the session.

    The General Assembly,

    *Recalling* the programme of work adopted last year,

    *Noting with concern* that the program lacks funding,

    1. *Urges* Member States to strengthen their national programmes;

    2. *Requests* the Secretary-General to report on:

       (a) the program of work;

       (b) the funding of the programme;

    3. *Decides* to remain seized of the matter.
    """

    func configuration(_ declarative: String, extra: String = "") throws -> Configuration {
        try Configuration.parse(Array("{ \(extra) \"declarative\": [\(declarative)] }".utf8), path: "R.json", registry: registry)
    }

    /// Findings of the configuration's declarative rule `id` on `text`, as (message, quoted text).
    func findings(_ configuration: Configuration, _ id: String, in text: String = draft) throws -> [(String, String)] {
        let document = try DocumentLoader().parse(bytes: Array(text.utf8), path: "d.md", format: .markdown)
        let linter = try configuration.linter(registry: registry)
        return linter.lint(document).filter { $0.rule == id }.map { diagnostic in
            let bytes = Array(text.utf8)[diagnostic.range]
            return (diagnostic.message, String(decoding: bytes, as: UTF8.self))
        }
    }

    func assertError(_ text: String, _ expected: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try Configuration.parse(Array(text.utf8), path: "R.json", registry: registry), file: file, line: line) { error in
            XCTAssertEqual("\(error)", expected, file: file, line: line)
        }
    }

    // MARK: kinds and scopes

    func testExistenceByScope() throws {
        let rule = #"{ "id": "no-program", "type": "existence", "tokens": ["program"], "message": "avoid '{match}'", "scope": "@SCOPE@" }"#
        let expectations: [(String, Int)] = [("any", 2), ("preamble", 1), ("subclause", 1), ("operative", 0), ("prose", 0)]
        for (scope, count) in expectations {
            let found = try findings(try configuration(rule.replacingOccurrences(of: "@SCOPE@", with: scope)), "no-program")
            XCTAssertEqual(found.count, count, "scope \(scope): \(found)")
            XCTAssertTrue(found.allSatisfy { $0.0 == "avoid 'program'" && $0.1 == "program" })
        }
        // Whole words only by default: "programme" is not "program".
        let prefix = try findings(try configuration(#"{ "id": "p", "type": "existence", "tokens": ["program"], "message": "m", "wholeWord": false }"#), "p")
        XCTAssertEqual(prefix.count, 2 + 4)
    }

    func testExistencePatternsAndCase() throws {
        let rule = #"{ "id": "seized", "type": "existence", "patterns": ["remain\\s+seized"], "message": "'{match}' is Security Council language", "scope": ["operative"] }"#
        XCTAssertEqual(try findings(try configuration(rule), "seized").map(\.1), ["remain seized"])
        let exact = #"{ "id": "urges", "type": "existence", "tokens": ["urges"], "message": "m", "ignoreCase": false }"#
        XCTAssertEqual(try findings(try configuration(exact), "urges").count, 0, "only 'Urges' is in the text")
    }

    func testSubstitutionFixesAndKeepsCase() throws {
        let rule = #"{ "id": "us-spelling", "type": "substitution", "swap": { "programme": "program", "programmes": "programs" }, "message": "write '{replacement}', not '{match}'" }"#
        let configuration = try configuration(rule)
        let found = try findings(configuration, "us-spelling")
        XCTAssertEqual(found.map(\.0), ["write 'program', not 'programme'", "write 'program', not 'programme'",
                                        "write 'programs', not 'programmes'", "write 'program', not 'programme'"])
        let document = try DocumentLoader().parse(bytes: Array(Self.draft.utf8), path: "d.md", format: .markdown)
        let fixes = try configuration.linter(registry: registry).lint(document).filter { $0.rule == "us-spelling" }.compactMap(\.fix)
        let fixed = String(decoding: FixApplier.apply(fixes, to: Array(Self.draft.utf8)).bytes, as: UTF8.self)
        XCTAssertFalse(fixed.contains("programme"))
        XCTAssertTrue(fixed.contains("national programs;"))
        XCTAssertEqual(DeclarativeRule.keepCase(of: "Programme", "program"), "Program")
        XCTAssertEqual(DeclarativeRule.keepCase(of: "UN", "united nations"), "UNITED NATIONS")
    }

    func testOccurrencePerClauseAndDocument() throws {
        let perClause = #"{ "id": "one-the", "type": "occurrence", "tokens": ["the", "of"], "max": 1, "message": "'{match}' appears {count} times (at most {limit})", "scope": "operative" }"#
        let found = try findings(try configuration(perClause), "one-the")
        XCTAssertEqual(found.map(\.0), ["'the' appears 2 times (at most 1)"], "only operative 3 has two ('of the matter'): reported at the second")
        let atLeast = #"{ "id": "needs-urge", "type": "occurrence", "tokens": ["urges", "calls upon"], "min": 2, "per": "document", "message": "found {count}, need {limit}", "scope": "opening" }"#
        XCTAssertEqual(try findings(try configuration(atLeast), "needs-urge").map(\.0), ["found 1, need 2"])
    }

    func testConsistencyPrefersTheMajority() throws {
        let rule = #"{ "id": "one-spelling", "type": "consistency", "either": [["programme", "program"]], "message": "'{match}': this document mostly writes '{replacement}'" }"#
        let found = try findings(try configuration(rule), "one-spelling")
        // "programme" three times (prose, preamble, sub-clause) against "program" twice.
        XCTAssertEqual(found.map(\.0), Array(repeating: "'program': this document mostly writes 'programme'", count: 2))
        let oneForm = "The General Assembly,\n\n1. *Urges* a programme and another programme;\n"
        XCTAssertTrue(try findings(try configuration(rule), "one-spelling", in: oneForm).isEmpty)
    }

    func testOpeningForbidAndRequire() throws {
        let forbid = #"{ "id": "no-decides", "type": "opening", "phrases": ["Decides"], "message": "'{match}' is for the Security Council" }"#
        XCTAssertEqual(try findings(try configuration(forbid), "no-decides").map(\.1), ["Decides"])
        let require = #"{ "id": "known-openings", "type": "opening", "mode": "require", "scope": "operative", "phrases": ["Urges", "Requests", "Calls upon"], "message": "operative clauses open with an agreed verb, not '{match}'" }"#
        XCTAssertEqual(try findings(try configuration(require), "known-openings").map(\.0), ["operative clauses open with an agreed verb, not 'Decides'"])
        // A resolution of the body the phrases are reserved for is skipped.
        let skipping = #"{ "id": "sc", "type": "opening", "phrases": ["Decides"], "skipBodies": ["Security Council"], "message": "m" }"#
        let council = Self.draft.replacingOccurrences(of: "The General Assembly,", with: "The Security Council,")
        XCTAssertTrue(try findings(try configuration(skipping), "sc", in: council).isEmpty)
        XCTAssertEqual(try findings(try configuration(skipping), "sc").count, 1)
    }

    func testProseScope() throws {
        let rule = #"{ "id": "team", "type": "existence", "tokens": ["programme team"], "message": "m", "scope": "prose" }"#
        XCTAssertEqual(try findings(try configuration(rule), "team").map(\.1), ["programme team"])
    }

    func testRulesObjectSwitchesDeclarativeRules() throws {
        let rule = #"{ "id": "no-decides", "type": "opening", "phrases": ["Decides"], "message": "m", "enabled": false }"#
        XCTAssertTrue(try findings(try configuration(rule), "no-decides").isEmpty)
        let on = try configuration(rule, extra: #""rules": { "no-decides": { "enabled": true, "severity": "error" } },"#)
        XCTAssertEqual(try findings(on, "no-decides").count, 1)
        XCTAssertEqual(try on.linter(registry: registry).rules.first { $0.rule.id == "no-decides" }?.severity, .error)
    }

    // MARK: examples

    func testExamplesAreVerifiedWhenTheConfigurationIsRead() throws {
        let good = #"""
        { "id": "no-decides", "type": "opening", "phrases": ["Decides"], "message": "m",
          "examples": { "triggering": ["The General Assembly,\n\n1. *↓Decides* to act;"], "nonTriggering": ["The General Assembly,\n\n1. *Urges* action;"] } }
        """#
        XCTAssertNoThrow(try configuration(good))
        let wrong = good.replacingOccurrences(of: "*Urges* action", with: "*Decides* to wait")
        XCTAssertThrowsError(try configuration(wrong)) { error in
            XCTAssertTrue("\(error)".hasPrefix("R.json:2:"), "\(error)")
            XCTAssertTrue("\(error)".contains("example of 'no-decides' does not hold: a non-triggering example was flagged"), "\(error)")
        }
    }

    func testPresetDeclarativeExamplesHold() throws {
        for preset in Preset.allCases {
            let configuration = try Configuration.preset(preset, registry: registry)
            let verifier = ExampleVerifier(lexicon: configuration.lexicon)
            for spec in configuration.declarative {
                XCTAssertFalse(spec.triggering.isEmpty, "\(spec.id) has no triggering example")
                XCTAssertFalse(spec.nonTriggering.isEmpty, "\(spec.id) has no non-triggering example")
                let rule = DeclarativeRule(spec: spec)
                for example in spec.triggering { XCTAssertNil(verifier.failure(of: rule, example: example, triggering: true)) }
                for example in spec.nonTriggering { XCTAssertNil(verifier.failure(of: rule, example: example, triggering: false)) }
            }
        }
    }

    // MARK: validation

    func testValidationErrors() {
        assertError(#"{ "declarative": [ { "id": "x", "type": "existance", "tokens": ["a"], "message": "m" } ] }"#,
                    "R.json:1:41: unknown declarative rule type 'existance' (did you mean 'existence'?)")
        assertError(#"{ "declarative": [ { "id": "x", "type": "existence", "patterns": ["(unclosed"], "message": "m" } ] }"#,
                    "R.json:1:66: the pattern '(unclosed' in 'x' is not a valid regular expression")
        assertError(#"{ "declarative": [ { "id": "x", "type": "existence", "message": "m" } ] }"#,
                    "R.json:1:20: 'x' (existence) needs 'tokens' or 'patterns'")
        assertError(#"{ "declarative": [ { "id": "x", "type": "occurrence", "tokens": ["a"], "message": "m" } ] }"#,
                    "R.json:1:20: 'x' (occurrence) needs 'max' or 'min'")
        assertError(#"{ "declarative": [ { "id": "x", "type": "existence", "tokens": ["a"], "message": "m", "scope": "preambel" } ] }"#,
                    "R.json:1:96: unknown scope 'preambel' (did you mean 'preamble'?)")
        assertError(#"{ "declarative": [ { "id": "x", "type": "existence", "tokens": ["a"], "mesage": "m" } ] }"#,
                    "R.json:1:71: unknown key 'mesage' in a declarative rule (did you mean 'message'?)")
        assertError(#"{ "declarative": [ { "id": "repeated-word", "type": "existence", "tokens": ["a"], "message": "m" } ] }"#,
                    "R.json:1:28: rule id 'repeated-word' is already taken")
        assertError(#"{ "declarative": [ { "id": "x", "type": "consistency", "either": [["only"]], "message": "m" } ] }"#,
                    "R.json:1:67: each 'either' group must list two or more strings")
        assertError(#"{ "declarative": [ { "id": "x", "type": "opening", "phrases": ["A"], "mode": "must", "message": "m" } ] }"#,
                    "R.json:1:78: 'mode' must be \"forbid\" or \"require\"")
        assertError(#"{ "extends": "nmnu" }"#,
                    "R.json:1:14: unknown preset 'nmnu' (presets: un, nmun, thimun) (did you mean 'nmun'?)")
        assertError(#"{ "extend": "nmun" }"#,
                    "R.json:1:3: unknown key 'extend' (did you mean 'extends'?)")
        assertError(#"{ "rules": { "security-council-only": { "options": {} } } }"#,
                    "R.json:1:41: 'security-council-only' is a declarative rule and takes no options: change its definition under \"declarative\"")
        assertError(#"{ "declarative": [ { "id": "x", "type": "existence", "tokens": ["a"], "message": "m" }, { "id": "x", "type": "existence", "tokens": ["b"], "message": "m" } ] }"#,
                    "R.json:1:97: declarative rule 'x' is defined twice")
    }

    // MARK: presets

    func testPresetsAndOverrides() throws {
        let un = Configuration.builtIn(registry: registry)
        XCTAssertEqual(un.sources, ["preset 'un'"])
        XCTAssertEqual(un.declarative.map(\.id), ["security-council-only"])
        XCTAssertFalse(try un.linter(registry: registry).rules.contains { $0.rule.id == "security-council-only" })

        let nmun = try Configuration.parse(Array(#"{ "extends": "nmun" }"#.utf8), path: "R.json", registry: registry)
        XCTAssertEqual(nmun.sources, ["preset 'un'", "preset 'nmun'", "R.json"])
        XCTAssertEqual(nmun.rules["subclause-labels"]?.options, #"{"style":"a."}"#)
        XCTAssertTrue(try nmun.linter(registry: registry).rules.contains { $0.rule.id == "security-council-only" })
        XCTAssertEqual(try findings(nmun, "security-council-only").map(\.1), ["Decides"])

        // The file overrides the preset: one option changed, the preset's other options kept.
        let overridden = try Configuration.parse(Array(#"""
        { "extends": "thimun", "rules": { "opening-italic": { "options": { "preambular": false } }, "security-council-only": "off" } }
        """#.utf8), path: "R.json", registry: registry)
        let options = try XCTUnwrap(overridden.rules["opening-italic"]?.options)
        XCTAssertTrue(options.contains(#""operative":false"#) && options.contains(#""preambular":false"#), options)
        XCTAssertFalse(try overridden.linter(registry: registry).rules.contains { $0.rule.id == "security-council-only" })
        XCTAssertEqual(overridden.rules["spelling-consistency"]?.options, #"{"prefer":"british"}"#)
    }

    func testInitForEachPresetReadsBackAsThatPreset() throws {
        for preset in Preset.allCases {
            let text = DefaultConfiguration.render(registry, preset: preset)
            let readBack = try Configuration.parse(Array(text.utf8), path: "Rules.json", registry: registry)
            let direct = try Configuration.preset(preset, registry: registry)
            let describe = { (configuration: Configuration) in
                try configuration.linter(registry: self.registry).rules.map { "\($0.rule.id):\($0.severity)" }
            }
            XCTAssertEqual(try describe(readBack), try describe(direct), preset.rawValue)
            XCTAssertTrue(text.contains("\"extends\": \"\(preset.rawValue)\""))
        }
    }
}
