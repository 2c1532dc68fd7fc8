import Foundation

/// A rule written in the configuration rather than in Swift, in the spirit of Vale's
/// styles. Kinds: `existence` (flag these words or patterns), `substitution` (use X
/// instead of Y, with a fix), `occurrence` (at most or at least N matches per clause or
/// document), `consistency` (one document uses one of each pair), `opening` (a clause
/// must, or must not, open with one of these phrases).
public struct DeclarativeRuleSpec: Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        case existence, substitution, occurrence, consistency, opening
    }

    public var id: String
    public var kind: Kind
    public var message: String
    public var severity: Severity
    public var enabled: Bool
    public var scope: RuleScope
    public var ignoreCase: Bool
    public var wholeWord: Bool
    public var summary: String
    /// existence and occurrence: what to look for.
    public var tokens: [String] = []
    public var patterns: [String] = []
    /// substitution: (wrong, right) in order.
    public var swap: [(String, String)] = []
    /// occurrence: bounds and what they count over ("clause" or "document").
    public var max: Int?
    public var min: Int?
    public var per = "clause"
    /// consistency: groups of alternatives.
    public var either: [[String]] = []
    /// opening: the phrases, and whether clauses must ("require") or must not ("forbid") open with them.
    public var phrases: [String] = []
    public var mode = "forbid"
    /// Resolutions whose authoring body or committee names one of these are skipped
    /// (`"skipBodies": ["Security Council"]`).
    public var skipBodies: [String] = []
    /// The rule as written, for `print-config`.
    public var sourceNode: JSONNode?
    public var triggering: [String] = []
    public var nonTriggering: [String] = []

    static let keys = ["id", "type", "message", "severity", "enabled", "scope", "ignoreCase", "wholeWord", "summary",
                       "tokens", "patterns", "swap", "max", "min", "per", "either", "phrases", "mode", "skipBodies", "examples", "//"]

    /// Reads one rule, validating every key; errors name the file, line and key.
    static func parse(_ node: JSONNode, path: String, reservedIDs: Set<String>) throws -> DeclarativeRuleSpec {
        func fail(_ at: JSONNode, _ message: String) -> ConfigurationError {
            ConfigurationError(path: path, line: at.line, column: at.column, message: message)
        }
        guard let members = node.members else { throw fail(node, "a declarative rule must be an object") }
        for member in members where !keys.contains(member.key) {
            throw ConfigurationError(path: path, line: member.keyLine, column: member.keyColumn,
                                     message: "unknown key '\(member.key)' in a declarative rule" + Configuration.didYouMean(member.key, keys))
        }
        func string(_ key: String) throws -> String? {
            guard let value = node[key] else { return nil }
            guard let text = value.string else { throw fail(value, "'\(key)' must be a string") }
            return text
        }
        func bool(_ key: String, _ fallback: Bool) throws -> Bool {
            guard let value = node[key] else { return fallback }
            guard let flag = value.bool else { throw fail(value, "'\(key)' must be true or false") }
            return flag
        }
        func strings(_ key: String) throws -> [String] {
            guard let value = node[key] else { return [] }
            guard let items = value.elements else { throw fail(value, "'\(key)' must be a list of strings") }
            return try items.map { item in
                guard let text = item.string, !text.isEmpty else { throw fail(item, "'\(key)' must hold non-empty strings") }
                return text
            }
        }
        guard let id = try string("id"), !id.isEmpty else { throw fail(node, "a declarative rule needs an 'id'") }
        guard id.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" }) else { throw fail(node["id"] ?? node, "rule id '\(id)' may hold only letters, digits and '-'") }
        guard !reservedIDs.contains(id) else { throw fail(node["id"] ?? node, "rule id '\(id)' is already taken") }
        guard let typeName = try string("type") else { throw fail(node, "declarative rule '\(id)' needs a 'type'") }
        guard let kind = Kind(rawValue: typeName) else {
            throw fail(node["type"] ?? node, "unknown declarative rule type '\(typeName)'" + Configuration.didYouMean(typeName, Kind.allCases.map(\.rawValue)))
        }
        guard let message = try string("message") else { throw fail(node, "declarative rule '\(id)' needs a 'message'") }
        let severityName = try string("severity") ?? "warning"
        guard let severity = Severity(rawValue: severityName) else {
            throw fail(node["severity"] ?? node, "unknown severity '\(severityName)' (use error, warning or info)")
        }
        var scope: RuleScope = kind == .opening ? [.preamble, .operative] : .any
        if let value = node["scope"] {
            let names: [String]
            if let single = value.string { names = [single] } else { names = try strings("scope") }
            scope = []
            for name in names {
                guard let part = RuleScope.names[name] else {
                    throw fail(value, "unknown scope '\(name)'" + Configuration.didYouMean(name, Array(RuleScope.names.keys).sorted()))
                }
                scope.formUnion(part)
            }
        }
        var spec = DeclarativeRuleSpec(id: id, kind: kind, message: message, severity: severity, enabled: try bool("enabled", true),
                                       scope: scope, ignoreCase: try bool("ignoreCase", true), wholeWord: try bool("wholeWord", true),
                                       summary: try string("summary") ?? message)
        spec.tokens = try strings("tokens")
        spec.patterns = try strings("patterns")
        spec.phrases = try strings("phrases")
        spec.skipBodies = try strings("skipBodies")
        spec.sourceNode = node
        if let value = node["swap"] {
            guard let pairs = value.members else { throw fail(value, "'swap' must be an object of \"wrong\": \"right\"") }
            for pair in pairs {
                guard let right = pair.value.string else { throw fail(pair.value, "'swap' values must be strings") }
                spec.swap.append((pair.key, right))
            }
        }
        if let value = node["either"] {
            guard let groups = value.elements else { throw fail(value, "'either' must be a list of lists of alternatives") }
            for group in groups {
                guard let items = group.elements, items.count >= 2, items.allSatisfy({ $0.string != nil }) else {
                    throw fail(group, "each 'either' group must list two or more strings")
                }
                spec.either.append(items.compactMap(\.string))
            }
        }
        for key in ["max", "min"] {
            guard let value = node[key] else { continue }
            guard let number = value.int, number >= 0 else { throw fail(value, "'\(key)' must be a whole number") }
            if key == "max" { spec.max = number } else { spec.min = number }
        }
        spec.per = try string("per") ?? "clause"
        guard ["clause", "document"].contains(spec.per) else { throw fail(node["per"] ?? node, "'per' must be \"clause\" or \"document\"") }
        spec.mode = try string("mode") ?? "forbid"
        guard ["forbid", "require"].contains(spec.mode) else { throw fail(node["mode"] ?? node, "'mode' must be \"forbid\" or \"require\"") }
        if let examples = node["examples"] {
            guard examples.members != nil else { throw fail(examples, "'examples' must be an object with triggering and nonTriggering lists") }
            for member in examples.members ?? [] where !["triggering", "nonTriggering", "//"].contains(member.key) {
                throw ConfigurationError(path: path, line: member.keyLine, column: member.keyColumn, message: "unknown key '\(member.key)' in examples")
            }
            func list(_ key: String) throws -> [String] {
                guard let value = examples[key] else { return [] }
                guard let items = value.elements, items.allSatisfy({ $0.string != nil }) else { throw fail(value, "'\(key)' must be a list of strings") }
                return items.compactMap(\.string)
            }
            spec.triggering = try list("triggering")
            spec.nonTriggering = try list("nonTriggering")
        }
        // What each kind needs.
        switch kind {
        case .existence, .occurrence:
            guard !spec.tokens.isEmpty || !spec.patterns.isEmpty else { throw fail(node, "'\(id)' (\(kind.rawValue)) needs 'tokens' or 'patterns'") }
            if kind == .occurrence, spec.max == nil, spec.min == nil { throw fail(node, "'\(id)' (occurrence) needs 'max' or 'min'") }
        case .substitution:
            guard !spec.swap.isEmpty else { throw fail(node, "'\(id)' (substitution) needs 'swap'") }
        case .consistency:
            guard !spec.either.isEmpty else { throw fail(node, "'\(id)' (consistency) needs 'either'") }
        case .opening:
            guard !spec.phrases.isEmpty else { throw fail(node, "'\(id)' (opening) needs 'phrases'") }
        }
        for pattern in spec.patterns where TextMatcher.compile(pattern, ignoreCase: spec.ignoreCase, wholeWord: spec.wholeWord) == nil {
            throw fail(node["patterns"] ?? node, "the pattern '\(pattern)' in '\(id)' is not a valid regular expression")
        }
        return spec
    }

    /// The rule's description, for `rules`, `explain` and the examples loop.
    public var description: RuleDescription {
        RuleDescription(id: id, name: id, summary: summary,
                        explanation: "A \(kind.rawValue) rule from the configuration.\n\nMessage: \(message)",
                        defaultSeverity: severity, enabledByDefault: enabled, triggering: triggering, nonTriggering: nonTriggering)
    }
}
