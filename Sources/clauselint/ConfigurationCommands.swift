import Foundation
import ClauseLint
import LintRules

/// `init`, `print-config`, and the configuration `rules` and `explain` read: the one
/// given with --config, else the one found from the current folder upward, else `un`.
enum ConfigurationCommands {
    static func effective(_ arguments: Arguments, for path: String = ".") throws -> Configuration {
        let registry = BuiltInRules.registry
        if let explicit = arguments.value("--config") {
            guard FileManager.default.fileExists(atPath: explicit) else {
                throw Arguments.Failure(description: "configuration file not found: \(explicit)")
            }
            return try Configuration.load(path: explicit, registry: registry)
        }
        if let found = Configuration.discover(for: path) { return try Configuration.load(path: found, registry: registry) }
        return Configuration.builtIn(registry: registry)
    }

    /// `clauselint init [--preset NAME] [FILE]`: a commented starting configuration.
    static func initialize(_ arguments: Arguments) throws -> Int32 {
        let name = arguments.value("--preset") ?? Preset.defaultPreset.rawValue
        guard let preset = Preset(rawValue: name) else {
            let names = Preset.allCases.map(\.rawValue)
            let suggestion = closestWord(to: name, in: names).map { " (did you mean \($0)?)" } ?? ""
            throw Arguments.Failure(description: "unknown preset '\(name)'\(suggestion); presets: \(names.joined(separator: ", "))")
        }
        let path = arguments.operands.first ?? "Rules.json"
        guard !FileManager.default.fileExists(atPath: path) else {
            CommandLineTool.fail("\(path) already exists; remove it first or name another file")
            return CommandLineTool.Exit.failure
        }
        try Output.write(DefaultConfiguration.render(BuiltInRules.registry, preset: preset), to: path)
        print("wrote \(path) (preset \(preset.rawValue))")
        return CommandLineTool.Exit.clean
    }

    /// `clauselint print-config [PATH]`: the settings that apply to PATH and where they came from.
    static func printConfiguration(_ arguments: Arguments) throws -> Int32 {
        let path = arguments.operands.first ?? "."
        let configuration = try effective(arguments, for: path)
        var comments = ["Effective configuration for \(path), built from (later overrides earlier):"]
        if configuration.sources.isEmpty { comments.append("  built-in rule defaults") }
        for source in configuration.sources {
            comments.append(source.hasPrefix("preset ") ? "  \(source) (built in)" : "  \(source)")
        }
        let text = DefaultConfiguration.render(configuration, registry: BuiltInRules.registry, comments: comments,
                                               extends: nil, definitions: true)
        try Output.write(text, to: arguments.value("--output"))
        return CommandLineTool.Exit.clean
    }

    /// Every rule id a configuration knows: built-in and declarative.
    static func ruleIDs(_ configuration: Configuration) -> [String] {
        BuiltInRules.registry.ids + configuration.declarative.map(\.id)
    }
}
