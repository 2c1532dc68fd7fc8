/// Writes a configuration as a file: what `init` writes (every rule with its value under
/// a preset), what `print-config` shows (the effective settings and where they came
/// from), and the repository's Rules.json (the `un` preset, the built-in defaults).
public enum DefaultConfiguration {
    /// The starting configuration for a preset, with comments under `"//"`.
    public static func render(_ registry: RuleRegistry, preset: Preset = .defaultPreset) -> String {
        let configuration = Configuration.preset(preset, registry: registry, fallback: true)
        let comments = [
            "clauselint configuration. Starts from the '\(preset.rawValue)' preset: \(preset.summary).",
            "Every rule is listed with its value under that preset: set enabled, severity or options as your conference needs.",
            "Rules in 'declarative' are your own checks (existence, substitution, occurrence, consistency, opening); see the README.",
        ]
        return render(configuration, registry: registry, comments: comments, extends: preset, definitions: false)
    }

    /// A configuration as JSON: every rule's effective settings, phrase changes and, with
    /// `definitions`, the declarative rules in full.
    public static func render(_ configuration: Configuration, registry: RuleRegistry, comments: [String],
                              extends: Preset?, definitions: Bool) -> String {
        var text = "{\n"
        if !comments.isEmpty {
            text += "  \"//\": [\n" + comments.map { "    " + JSONWriter.quoted($0) }.joined(separator: ",\n") + "\n  ],\n"
        }
        text += "  \"version\": \(Configuration.currentVersion),\n"
        if let extends { text += "  \"extends\": \(JSONWriter.quoted(extends.rawValue)),\n" }
        var entries: [String] = []
        for rule in registry.rules {
            let description = rule.description
            let setting = configuration.rules[description.id] ?? .init()
            let options = setting.options.map { OptionsCoding.merge(rule.defaultOptionsJSON, $0) } ?? rule.defaultOptionsJSON
            entries.append("    \(JSONWriter.quoted(description.id)): {\n"
                           + "      \"enabled\": \(setting.enabled ?? description.enabledByDefault),\n"
                           + "      \"severity\": \(JSONWriter.quoted((setting.severity ?? description.defaultSeverity).rawValue)),\n"
                           + "      \"options\": \(options)\n    }")
        }
        for spec in configuration.declarative {
            let setting = configuration.rules[spec.id] ?? .init()
            entries.append("    \(JSONWriter.quoted(spec.id)): {\n"
                           + "      \"enabled\": \(setting.enabled ?? spec.enabled),\n"
                           + "      \"severity\": \(JSONWriter.quoted((setting.severity ?? spec.severity).rawValue))\n    }")
        }
        text += "  \"rules\": {\n" + entries.joined(separator: ",\n") + "\n  },\n"
        let lists = PhraseSettings.lists.map { list in
            let add = (configuration.phrases.add[list] ?? []).map(JSONWriter.quoted).joined(separator: ", ")
            let remove = (configuration.phrases.remove[list] ?? []).map(JSONWriter.quoted).joined(separator: ", ")
            return "    \(JSONWriter.quoted(list)): { \"add\": [\(add)], \"remove\": [\(remove)] }"
        }
        text += "  \"phrases\": {\n" + lists.joined(separator: ",\n") + "\n  },\n"
        let rules = definitions ? configuration.declarative.compactMap { $0.sourceNode?.prettyText(indent: 4) } : []
        text += rules.isEmpty ? "  \"declarative\": []\n" : "  \"declarative\": [\n    " + rules.joined(separator: ",\n    ") + "\n  ]\n"
        return text + "}\n"
    }
}
