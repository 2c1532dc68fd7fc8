import Foundation

/// Runs a check on its own examples: a non-triggering example must give no finding, a
/// triggering one must give a finding at each `↓` it marks (or at least one finding when
/// it marks none). Used by the tests for built-in rules and when a configuration with
/// declarative rules is read, so a rule's examples are always true.
public struct ExampleVerifier: Sendable {
    public let loader: DocumentLoader

    public init(lexicon: PhraseLexicon = .standard) {
        loader = DocumentLoader(builder: ClauseTreeBuilder(lexicon: lexicon))
    }

    /// Removes `↓` markers and returns the text with the byte offsets they marked.
    public static func markers(in example: String) -> (text: String, offsets: [Int]) {
        var text = ""
        var offsets: [Int] = []
        for character in example {
            if character == "↓" { offsets.append(text.utf8.count) } else { text.append(character) }
        }
        return (text, offsets)
    }

    /// The findings of `check` on an example document (Markdown), markers removed.
    public func findings(of check: any DocumentCheck, on example: String) -> [Diagnostic] {
        let text = Self.markers(in: example).text
        guard let document = try? loader.parse(bytes: Array(text.utf8), path: "example.md", format: .markdown) else { return [] }
        let linter = Linter(rules: [ConfiguredRule(rule: check, severity: check.ruleDescription.defaultSeverity)])
        return linter.lint(document).filter { $0.rule == check.id }
    }

    /// Why an example fails, or nil when it holds.
    public func failure(of check: any DocumentCheck, example: String, triggering: Bool) -> String? {
        let found = findings(of: check, on: example)
        if !triggering {
            return found.isEmpty ? nil : "a non-triggering example was flagged: \(found[0].message)"
        }
        let expected = Self.markers(in: example).offsets
        if expected.isEmpty { return found.isEmpty ? "a triggering example was not flagged" : nil }
        let reported = found.map(\.range.lowerBound).sorted()
        guard reported == expected.sorted() else {
            return "a triggering example was flagged at byte offsets \(reported), expected \(expected.sorted()) (the ↓ marks)"
        }
        return nil
    }
}
