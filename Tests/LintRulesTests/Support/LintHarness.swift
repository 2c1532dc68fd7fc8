import XCTest
import ClauseLint
@testable import LintRules

/// Lints in-memory documents with chosen rules, for tests.
enum LintHarness {
    static let loader = DocumentLoader()

    static func document(_ text: String, path: String = "test.md") throws -> Document {
        try loader.parse(bytes: Array(text.utf8), path: path, format: .markdown)
    }

    static func lint(_ text: String, rules ids: [String], options: [String: String] = [:]) throws -> [Diagnostic] {
        let document = try document(text)
        let rules = try ids.map { id -> ConfiguredRule in
            guard let registered = BuiltInRules.registry[id] else { throw HarnessError("unknown rule \(id)") }
            let rule = try registered.instantiate(optionsJSON: options[id].map { Data($0.utf8) })
            return ConfiguredRule(rule: rule, severity: registered.description.defaultSeverity)
        }
        return Linter(rules: rules).lint(document).filter { $0.rule != "input" }
    }

    /// Removes `↓` markers and returns the text with the byte offsets they marked.
    static func markers(in example: String) -> (String, [Int]) {
        var text = ""
        var offsets: [Int] = []
        for character in example {
            if character == "↓" { offsets.append(text.utf8.count) } else { text.append(character) }
        }
        return (text, offsets)
    }

    /// Applies every fix, repeatedly, until the text stops changing (at most 5 rounds).
    static func fixed(_ text: String, rules ids: [String]) throws -> String {
        var current = text
        for _ in 0..<5 {
            let fixes = try lint(current, rules: ids).compactMap(\.fix)
            if fixes.isEmpty { break }
            current = String(decoding: FixApplier.apply(fixes, to: Array(current.utf8)).bytes, as: UTF8.self)
        }
        return current
    }

    struct HarnessError: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }
}
