import XCTest
import ClauseLint
@testable import LintRules

final class ConfigurationTests: XCTestCase {
    let registry = BuiltInRules.registry

    func parse(_ text: String) throws -> Configuration {
        try Configuration.parse(Array(text.utf8), path: "Rules.json", registry: registry)
    }

    func assertError(_ text: String, _ expected: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try parse(text), file: file, line: line) { error in
            XCTAssertEqual("\(error)", expected, file: file, line: line)
        }
    }

    func testSettingsAndShorthands() throws {
        let configuration = try parse("""
        { "version": 1, "//": "comment",
          "rules": { "repeated-word": "off", "clause-kind": "error", "opening-italic": false,
                     "subclause-labels": { "severity": "info", "options": { "style": "(a)" } } } }
        """)
        XCTAssertEqual(configuration.rules["repeated-word"]?.enabled, false)
        XCTAssertEqual(configuration.rules["clause-kind"]?.severity, .error)
        XCTAssertEqual(configuration.rules["opening-italic"]?.enabled, false)
        XCTAssertEqual(configuration.rules["subclause-labels"]?.options, #"{"style":"(a)"}"#)
        let linter = try configuration.linter(registry: registry, enable: ["opening-italic"], disable: ["clause-kind"])
        let ids = linter.rules.map(\.rule.id)
        XCTAssertTrue(ids.contains("opening-italic"))
        XCTAssertFalse(ids.contains("clause-kind"))
        XCTAssertFalse(ids.contains("repeated-word"))
        XCTAssertEqual(linter.rules.first { $0.rule.id == "subclause-labels" }?.severity, .info)
    }

    func testErrorsNameFileLineAndKey() {
        assertError("{ \"rules\": {\n  \"operative-numbers\": \"off\" } }",
                    "Rules.json:2:3: unknown rule 'operative-numbers' (did you mean 'operative-numbering'?)")
        assertError("{ \"rules\": { \"clause-punctuation\": {\n \"options\": { \"fullStop\": true } } } }",
                    "Rules.json:2:15: unknown option 'fullStop' for rule 'clause-punctuation' (did you mean 'fullStops'?)")
        assertError("{ \"rules\": { \"clause-punctuation\": { \"options\": { \"fullStops\": \"yes\" } } } }",
                    "Rules.json:1:64: option 'fullStops' of 'clause-punctuation' must be a boolean, not a string")
        assertError("{ \"rules\": { \"repeated-word\": { \"severity\": \"warn\" } } }",
                    "Rules.json:1:45: unknown severity 'warn' (use error, warning, info or off) (did you mean 'warning'?)")
        assertError("{ \"rules\": { \"repeated-word\": { \"enable\": true } } }",
                    "Rules.json:1:33: unknown key 'enable' in rule 'repeated-word' (did you mean 'enabled'?)")
        assertError("{ \"rulez\": {} }", "Rules.json:1:3: unknown key 'rulez' (did you mean 'rules'?)")
        assertError("{ \"version\": 7 }", "Rules.json:1:14: unsupported configuration version 7 (this clauselint reads version 1)")
        assertError("{ \"rules\": { \"subclause-labels\": { \"options\": { \"style\": \"[a]\" } } } }",
                    "Rules.json:1:47: invalid options for 'subclause-labels': 'style' must be \"any\", \"(a)\", \"a.\" or \"a)\", not \"[a]\"")
        assertError("{ \"rules\": { \"term-capitalization\": { \"options\": { \"extraTerms\": [\"UN Women\", \"-\"] } } } }",
                    "Rules.json:1:50: invalid options for 'term-capitalization': 'extraTerms' holds \"-\", which has no letter or digit: a term is words, like \"Peacebuilding Commission\"")
        assertError("{ \"rules\": { \"operative-numbering\": { \"options\": { \"x\": 1 } } } }",
                    "Rules.json:1:52: unknown option 'x' for rule 'operative-numbering' (the rule has no options)")
        assertError("{ \"rules\": { }, }", "Rules.json:1:17: invalid JSON: trailing comma before '}'")
        assertError("[1, 2]", "Rules.json:1:1: the configuration must be a JSON object, not an array")
    }

    func testDiscoveryFindsTheNearestFileUpwards() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("clauselint-discovery-\(UUID().uuidString)")
        let nested = root.appendingPathComponent("a/b")
        try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        try Data("{}".utf8).write(to: root.appendingPathComponent("Rules.json"))
        let draft = nested.appendingPathComponent("draft.md").path
        try Data("text".utf8).write(to: URL(fileURLWithPath: draft))
        XCTAssertEqual(Configuration.discover(for: draft), root.appendingPathComponent("Rules.json").standardizedFileURL.path)
        try Data("{}".utf8).write(to: nested.appendingPathComponent(".clauselint.json"))
        XCTAssertEqual(Configuration.discover(for: draft), nested.appendingPathComponent(".clauselint.json").standardizedFileURL.path)
    }
}

final class PhraseSettingsTests: XCTestCase {
    func testAddedAndRemovedPhrasesChangeTheLexicon() throws {
        let configuration = try Configuration.parse(Array("""
        { "phrases": { "preambular": { "add": ["Sympathizing with"] }, "operative": { "remove": ["Asserts"] } } }
        """.utf8), path: "Rules.json", registry: BuiltInRules.registry)
        let lexicon = configuration.lexicon
        XCTAssertEqual(lexicon.match("Sympathizing with the victims")?.known, true)
        XCTAssertEqual(PhraseLexicon.standard.match("Sympathizing with the victims")?.known, false)
        XCTAssertEqual(lexicon.match("Asserts that")?.known, false)
        XCTAssertThrowsError(try Configuration.parse(Array(#"{ "phrases": { "preamble": {} } }"#.utf8), path: "R.json", registry: BuiltInRules.registry)) {
            XCTAssertEqual("\($0)", "R.json:1:16: unknown phrase list 'preamble' (did you mean 'preambular'?)")
        }
    }
}
