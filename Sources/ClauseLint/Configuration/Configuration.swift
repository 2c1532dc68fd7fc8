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
        /// This setting with `other`'s fields laid over it (options merged key by key).
        func overlaid(with other: RuleSetting) -> RuleSetting {
            var merged = self
            if let enabled = other.enabled { merged.enabled = enabled }
            if let severity = other.severity { merged.severity = severity }
            if let options = other.options { merged.options = self.options.map { OptionsCoding.merge($0, options) } ?? options }
            return merged
        }

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
    static let topLevelKeys = ["version", "extends", "rules", "phrases", "declarative", "//"]

    public var rules: [String: RuleSetting] = [:]
    public var phrases = PhraseSettings()
    /// Rules written in the configuration, in order.
    public var declarative: [DeclarativeRuleSpec] = []
    /// The preset this configuration builds on.
    public var preset: Preset?
    /// Where the settings came from, base first: `preset 'un'`, then files.
    public var sources: [String] = []

    /// No settings at all: every rule's own defaults, no declarative rules.
    public init() {}

    /// What clauselint uses without a configuration file: the `un` preset.
    public static func builtIn(registry: RuleRegistry) -> Configuration {
        preset(.defaultPreset, registry: registry, fallback: true)
    }

    /// A preset as a configuration (its own base included).
    public static func preset(_ preset: Preset, registry: RuleRegistry) throws -> Configuration {
        // The shipped presets' examples are verified by the test suite, not at every start-up.
        var configuration = try parse(Array(preset.json.utf8), path: "preset '\(preset.rawValue)'", registry: registry,
                                      base: preset == .defaultPreset ? Configuration() : nil, verifyExamples: false)
        configuration.preset = preset
        return configuration
    }

    /// A preset, or (should a shipped preset ever fail to read) the bare defaults.
    static func preset(_ preset: Preset, registry: RuleRegistry, fallback: Bool) -> Configuration {
        (try? Self.preset(preset, registry: registry)) ?? Configuration()
    }

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

    /// Reads a configuration file laid over its base: the preset it `extends`, else `un`.
    public static func parse(_ bytes: [UInt8], path: String, registry: RuleRegistry) throws -> Configuration {
        try parse(bytes, path: path, registry: registry, base: nil)
    }

    static func parse(_ bytes: [UInt8], path: String, registry: RuleRegistry, base fixedBase: Configuration?,
                      verifyExamples: Bool = true) throws -> Configuration {
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
        for member in members where !topLevelKeys.contains(member.key) {
            throw error(member, "unknown key '\(member.key)'" + didYouMean(member.key, topLevelKeys))
        }
        if let version = root["version"] {
            guard let number = version.int else { throw error(version, "'version' must be a whole number") }
            guard number == currentVersion else {
                throw error(version, "unsupported configuration version \(number) (this clauselint reads version \(currentVersion))")
            }
        }
        var configuration: Configuration
        if let extends = root["extends"] {
            guard let name = extends.string else { throw error(extends, "'extends' must be the name of a preset: \(Preset.allCases.map(\.rawValue).joined(separator: ", "))") }
            guard let preset = Preset(rawValue: name) else {
                throw error(extends, "unknown preset '\(name)' (presets: \(Preset.allCases.map(\.rawValue).joined(separator: ", ")))"
                            + didYouMean(name, Preset.allCases.map(\.rawValue)))
            }
            configuration = try Self.preset(preset, registry: registry)
        } else {
            configuration = try fixedBase ?? Self.preset(.defaultPreset, registry: registry)
        }
        configuration.sources.append(path)

        // Declarative rules first: the "rules" object may switch them on or off.
        var definedHere: [DeclarativeRuleSpec] = []
        if let list = root["declarative"] {
            guard let items = list.elements else { throw error(list, "'declarative' must be a list of rules") }
            for item in items {
                let spec = try DeclarativeRuleSpec.parse(item, path: path, reservedIDs: Set(registry.ids))
                guard !definedHere.contains(where: { $0.id == spec.id }) else {
                    throw error(item["id"] ?? item, "declarative rule '\(spec.id)' is defined twice")
                }
                definedHere.append(spec)
                if let index = configuration.declarative.firstIndex(where: { $0.id == spec.id }) {
                    configuration.declarative[index] = spec
                    configuration.rules[spec.id] = nil
                } else {
                    configuration.declarative.append(spec)
                }
            }
        }
        if let rules = root["rules"] {
            guard let entries = rules.members else { throw error(rules, "'rules' must be an object of rule ids") }
            let declarativeIDs = configuration.declarative.map(\.id)
            for rule in entries where rule.key != "//" {
                let setting = try parseRule(rule, registry: registry, declarativeIDs: declarativeIDs, error: error, errorAt: error)
                configuration.rules[rule.key] = (configuration.rules[rule.key] ?? RuleSetting()).overlaid(with: setting)
            }
        }
        if let phrases = root["phrases"] {
            configuration.phrases.merge(try PhraseSettings.parse(phrases, error: error, errorAt: error))
        }
        // A declarative rule's examples must hold, with this configuration's phrase lists.
        let verifier = ExampleVerifier(lexicon: configuration.lexicon)
        for spec in definedHere where verifyExamples {
            let rule = DeclarativeRule(spec: spec)
            let examples = spec.sourceNode?["examples"]
            for (key, list, triggering) in [("triggering", spec.triggering, true), ("nonTriggering", spec.nonTriggering, false)] {
                for (index, example) in list.enumerated() {
                    if let failure = verifier.failure(of: rule, example: example, triggering: triggering) {
                        let node = examples?[key]?.elements?[index] ?? spec.sourceNode ?? root
                        throw error(node, "example of '\(spec.id)' does not hold: \(failure)")
                    }
                }
            }
        }
        return configuration
    }

    private static func parseRule(_ member: JSONNode.Member, registry: RuleRegistry, declarativeIDs: [String],
                                  error: (JSONNode, String) -> ConfigurationError,
                                  errorAt: (JSONNode.Member, String) -> ConfigurationError) throws -> RuleSetting {
        let registered = registry[member.key]
        guard registered != nil || declarativeIDs.contains(member.key) else {
            throw errorAt(member, "unknown rule '\(member.key)'" + didYouMean(member.key, registry.ids + declarativeIDs))
        }
        var setting = RuleSetting()
        // A bare severity or boolean is shorthand: "repeated-word": "off".
        if let flag = member.value.bool { setting.enabled = flag; return setting }
        if let text = member.value.string { try applySeverity(text, member.value, &setting, error); return setting }
        guard let fields = member.value.members else {
            throw error(member.value, "settings of '\(member.key)' must be an object, a severity or true/false")
        }
        let defaults = (try? JSONNodeParser.parse(Array((registered?.defaultOptionsJSON ?? "{}").utf8)))?.members ?? []
        for field in fields where field.key != "//" {
            switch field.key {
            case "enabled":
                guard let flag = field.value.bool else { throw error(field.value, "'enabled' of '\(member.key)' must be true or false") }
                setting.enabled = flag
            case "severity":
                guard let text = field.value.string else { throw error(field.value, "'severity' of '\(member.key)' must be a string") }
                try applySeverity(text, field.value, &setting, error)
            case "options":
                guard let registered else {
                    throw errorAt(field, "'\(member.key)' is a declarative rule and takes no options: change its definition under \"declarative\"")
                }
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
        for spec in declarative {
            let setting = rules[spec.id] ?? RuleSetting()
            var enabled = setting.enabled ?? spec.enabled
            if enable.contains(spec.id) { enabled = true }
            if disable.contains(spec.id) { enabled = false }
            guard enabled else { continue }
            configured.append(ConfiguredRule(rule: DeclarativeRule(spec: spec), severity: setting.severity ?? spec.severity))
        }
        return Linter(rules: configured, knownRules: Set(registry.ids + declarative.map(\.id)))
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
