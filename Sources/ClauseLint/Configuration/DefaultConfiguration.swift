/// The configuration file `clauselint init` writes: every rule with its defaults.
public enum DefaultConfiguration {
    public static func render(_ registry: RuleRegistry) -> String {
        var text = "{\n  \"version\": 1,\n  \"rules\": {\n"
        for (index, rule) in registry.rules.enumerated() {
            let description = rule.description
            text += "    \(JSONWriter.quoted(description.id)): {\n"
            text += "      \"enabled\": \(description.enabledByDefault),\n"
            text += "      \"severity\": \(JSONWriter.quoted(description.defaultSeverity.rawValue)),\n"
            text += "      \"options\": \(rule.defaultOptionsJSON)\n"
            text += "    }" + (index + 1 < registry.rules.count ? "," : "") + "\n"
        }
        text += "  }\n}\n"
        return text
    }
}
