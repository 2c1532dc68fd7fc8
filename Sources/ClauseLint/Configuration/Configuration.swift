import Foundation

/// A configuration error, naming the file, line and key.
public struct ConfigurationError: Error, CustomStringConvertible, Sendable {
    public let path: String
    public let line: Int
    public let column: Int
    public let message: String
    public var description: String { "\(path):\(line):\(column): \(message)" }
}

/// Rule settings read from `Rules.json` / `.clauselint.json`, laid over the built-in defaults.
public struct Configuration: Sendable {
    public struct RuleSetting: Sendable, Equatable {
        public var enabled: Bool?
        public var severity: Severity?
        /// The user's option values as a JSON object text, validated against the rule's options.
        public var options: String?
        public init(enabled: Bool? = nil, severity: Severity? = nil, options: String? = nil) {
            self.enabled = enabled
            self.severity = severity
            self.options = options
        }
    }

    public static let fileNames = [".clauselint.json", "Rules.json"]
    public static let currentVersion = 1

    public var rules: [String: RuleSetting] = [:]
    public var phrases = PhraseSettings()
    /// The files the settings came from (empty: built-in defaults).
    public var sources: [String] = []

    public init() {}

    /// The configuration file that applies to `path`: the nearest `.clauselint.json` or
    /// `Rules.json` in its folder or a folder above.
    public static func discover(for path: String) -> String? {
        var folder = URL(fileURLWithPath: path == "-" ? FileManager.default.currentDirectoryPath : path).standardizedFileURL
        var isDirectory: ObjCBool = false
        if !(FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory) && isDirectory.boolValue) {
            folder.deleteLastPathComponent()
        }
        for _ in 0..<64 {
            for name in fileNames {
                let candidate = folder.appendingPathComponent(name).path
                if FileManager.default.fileExists(atPath: candidate) { return candidate }
            }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { break }
            folder = parent
        }
        return nil
    }

    public static func load(path: String, registry: RuleRegistry) throws -> Configuration {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigurationError(path: path, line: 1, column: 1, message: "cannot read the configuration file")
        }
        return try parse([UInt8](data), path: path, registry: registry)
    }

    public static func parse(_ bytes: [UInt8], path: String, registry: RuleRegistry) throws -> Configuration {
        let root: JSONNode
        do {
            root = try JSONNodeParser.parse(bytes)
        } catch let failure as JSONNodeParser.Failure {
            throw ConfigurationError(path: path, line: failure.line, column: failure.column, message: "invalid JSON: \(failure.message)")
        }
        func error(_ node: JSONNode, _ message: String) -> ConfigurationError {
            ConfigurationError(path: path, line: node.line, column: node.column, message: message)
        }
        func error(_ member: JSONNode.Member, _ message: String) -> ConfigurationError {
            ConfigurationError(path: path, line: member.keyLine, column: member.keyColumn, message: message)
        }
        guard let members = root.members else { throw error(root, "the configuration must be a JSON object, not \(root.kindDescription)") }
        var configuration = Configuration()
        configuration.sources = [path]
        let topLevel = ["version", "rules", "phrases", "//"]
        for member in members {
            switch member.key {
            case "//": continue
            case "version":
                guard let version = member.value.int else { throw error(member.value, "'version' must be a whole number") }
                guard version == currentVersion else {
                    throw error(member.value, "unsupported configuration version \(version) (this clauselint reads version \(currentVersion))")
                }
            case "rules":
                guard let rules = member.value.members else { throw error(member.value, "'rules' must be an object of rule ids") }
                for rule in rules {
                    configuration.rules[rule.key] = try parseRule(rule, registry: registry, error: error, errorAt: error)
                }
            case "phrases":
                configuration.phrases = try PhraseSettings.parse(member.value, error: error, errorAt: error)
            default:
                throw error(member, "unknown key '\(member.key)'" + didYouMean(member.key, topLevel))
            }
        }
        return configuration
    }

    private static func parseRule(_ member: JSONNode.Member, registry: RuleRegistry,
                                  error: (JSONNode, String) -> ConfigurationError,
                                  errorAt: (JSONNode.Member, String) -> ConfigurationError) throws -> RuleSetting {
        guard let registered = registry[member.key] else {
            throw errorAt(member, "unknown rule '\(member.key)'" + didYouMean(member.key, registry.ids))
        }
        var setting = RuleSetting()
        // A bare severity or boolean is shorthand: "repeated-word": "off".
        if let flag = member.value.bool { setting.enabled = flag; return setting }
        if let text = member.value.string { try applySeverity(text, member.value, &setting, error); return setting }
        guard let fields = member.value.members else {
            throw error(member.value, "settings of '\(member.key)' must be an object, a severity or true/false")
        }
        let defaults = (try? JSONNodeParser.parse(Array(registered.defaultOptionsJSON.utf8)))?.members ?? []
        for field in fields {
            switch field.key {
            case "enabled":
                guard let flag = field.value.bool else { throw error(field.value, "'enabled' of '\(member.key)' must be true or false") }
                setting.enabled = flag
            case "severity":
                guard let text = field.value.string else { throw error(field.value, "'severity' of '\(member.key)' must be a string") }
                try applySeverity(text, field.value, &setting, error)
            case "options":
                guard let options = field.value.members else { throw error(field.value, "'options' of '\(member.key)' must be an object") }
                for option in options {
                    guard let fallback = defaults.first(where: { $0.key == option.key }) else {
                        let names = defaults.map(\.key)
                        let known = names.isEmpty ? " (the rule has no options)" : didYouMean(option.key, names)
                        throw errorAt(option, "unknown option '\(option.key)' for rule '\(member.key)'" + known)
                    }
                    guard sameKind(option.value, fallback.value) else {
                        throw error(option.value, "option '\(option.key)' of '\(member.key)' must be \(fallback.value.kindDescription), not \(option.value.kindDescription)")
                    }
                }
                setting.options = field.value.jsonText
                do {
                    _ = try registered.instantiate(optionsJSON: Data(field.value.jsonText.utf8))
                } catch let invalid as RuleOptionsError {
                    throw error(field.value, "invalid options for '\(member.key)': \(invalid.message)")
                } catch let other {
                    throw error(field.value, "invalid options for '\(member.key)': \(other)")
                }
            default:
                throw errorAt(field, "unknown key '\(field.key)' in rule '\(member.key)'" + didYouMean(field.key, ["enabled", "severity", "options"]))
            }
        }
        return setting
    }

    private static func applySeverity(_ text: String, _ node: JSONNode, _ setting: inout RuleSetting,
                                      _ error: (JSONNode, String) -> ConfigurationError) throws {
        if text == "off" { setting.enabled = false; return }
        guard let severity = Severity(rawValue: text) else {
            throw error(node, "unknown severity '\(text)' (use error, warning, info or off)" + didYouMean(text, ["error", "warning", "info", "off"]))
        }
        setting.severity = severity
    }

    private static func sameKind(_ a: JSONNode, _ b: JSONNode) -> Bool {
        switch (a.value, b.value) {
        case (.bool, .bool), (.string, .string), (.array, .array), (.object, .object), (.null, .null): return true
        case (.number(_, let aInteger), .number(_, let bInteger)): return aInteger || !bInteger
        default: return false
        }
    }

    static func didYouMean(_ word: String, _ candidates: [String]) -> String {
        closestWord(to: word, in: candidates).map { " (did you mean '\($0)'?)" } ?? ""
    }

    /// The phrase lists with this configuration's additions and removals.
    public var lexicon: PhraseLexicon { phrases.isEmpty ? .standard : phrases.lexicon() }

    /// The rules to run: registry defaults, this configuration, then --enable / --disable.
    public func linter(registry: RuleRegistry, enable: [String] = [], disable: [String] = []) throws -> Linter {
        var configured: [ConfiguredRule] = []
        for registered in registry.rules {
            let id = registered.description.id
            let setting = rules[id] ?? RuleSetting()
            var enabled = setting.enabled ?? registered.description.enabledByDefault
            if enable.contains(id) { enabled = true }
            if disable.contains(id) { enabled = false }
            guard enabled else { continue }
            let rule = try registered.instantiate(optionsJSON: setting.options.map { Data($0.utf8) })
            configured.append(ConfiguredRule(rule: rule, severity: setting.severity ?? registered.description.defaultSeverity))
        }
        return Linter(rules: configured)
    }
}

/// Thrown by a rule's options validation.
public struct RuleOptionsError: Error, Sendable {
    public let message: String
    public init(_ message: String) { self.message = message }
}

/// The candidate closest to `word` by edit distance, if close enough to be a likely typo.
public func closestWord(to word: String, in candidates: [String]) -> String? {
    var best: (String, Int)?
    let lower = Array(word.lowercased())
    if word.count >= 3, let prefixed = candidates.first(where: { $0.lowercased().hasPrefix(word.lowercased()) }) { return prefixed }
    for candidate in candidates {
        let distance = editDistance(lower, Array(candidate.lowercased()))
        if distance <= max(2, word.count / 3 + 1), distance < (best?.1 ?? .max) { best = (candidate, distance) }
    }
    return best?.0
}

func editDistance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = previous
    for i in 1...a.count {
        current[0] = i
        for j in 1...b.count {
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
        }
        swap(&previous, &current)
    }
    return previous[b.count]
}
