import Foundation
import ClauseLint
import LintRules

/// The `clauselint` command: parses arguments, runs a subcommand, returns the exit status.
struct CommandLineTool {
    static let version = "0.1.0"
    let arguments: [String]

    enum Exit {
        static let clean: Int32 = 0
        static let findings: Int32 = 1
        static let failure: Int32 = 2
    }

    func run() -> Int32 {
        var rest = arguments
        let command: String
        if let first = rest.first, ["lint", "rules", "explain", "tree", "init", "print-config", "help", "version"].contains(first) {
            command = first
            rest.removeFirst()
        } else {
            command = "lint"
        }
        do {
            let parsed = try Arguments(rest)
            if parsed.has("--version") || command == "version" { print("clauselint \(Self.version)"); return Exit.clean }
            if parsed.has("--help") || command == "help" { print(Self.usage); return Exit.clean }
            switch command {
            case "rules": return try listRules(parsed)
            case "explain": return try explain(parsed)
            case "tree": return try tree(parsed)
            case "init": return try ConfigurationCommands.initialize(parsed)
            case "print-config": return try ConfigurationCommands.printConfiguration(parsed)
            default: return try LintCommand(arguments: parsed).run()
            }
        } catch let failure as Arguments.Failure {
            Self.fail("\(failure.description)\nRun 'clauselint --help' for usage.")
        } catch {
            Self.fail("\(error)")
        }
        return Exit.failure
    }

    static func fail(_ message: String) {
        FileHandle.standardError.write(Data("clauselint: \(message)\n".utf8))
    }

    private func listRules(_ arguments: Arguments) throws -> Int32 {
        let configuration = try ConfigurationCommands.effective(arguments)
        let registry = BuiltInRules.registry
        var rows = registry.rules.map { ($0.description, !$0.description.corrections.isEmpty) }
        rows += configuration.declarative.map { (DeclarativeRule(spec: $0).ruleDescription, $0.kind == .substitution || $0.kind == .consistency) }
        let width = rows.map(\.0.id.count).max() ?? 0
        var output = ""
        for (description, fixable) in rows {
            let setting = configuration.rules[description.id]
            let enabled = setting?.enabled ?? description.enabledByDefault
            let id = description.id.padding(toLength: width, withPad: " ", startingAt: 0)
            let severity = (setting?.severity ?? description.defaultSeverity).rawValue.padding(toLength: 7, withPad: " ", startingAt: 0)
            let marks = (fixable ? "fix" : "   ") + (enabled ? "" : " (off)")
            output += "\(id)  \(severity)  \(marks)  \(description.summary)\n"
        }
        print(output, terminator: "")
        return Exit.clean
    }

    private func explain(_ arguments: Arguments) throws -> Int32 {
        guard let id = arguments.operands.first else { throw Arguments.Failure(description: "explain needs a rule id") }
        let configuration = try ConfigurationCommands.effective(arguments)
        if let spec = configuration.declarative.first(where: { $0.id == id }) {
            var output = "\(id): declarative \(spec.kind.rawValue) rule from \(configuration.sources.last ?? "the configuration")\n\n\(spec.summary)\n\n"
            output += "Message: \(spec.message)\nDefault severity: \(spec.severity.rawValue)\(spec.enabled ? "" : " (off by default)")\n"
            if let node = spec.sourceNode { output += "Definition:\n\(node.prettyText())\n" }
            print(output, terminator: "")
            return Exit.clean
        }
        if let tool = ToolFindings.all.first(where: { $0.id == id }) {
            print("\(tool.id): \(tool.name)\n\n\(tool.summary)\n\n\(tool.explanation)\n\nSeverity: \(tool.defaultSeverity.rawValue) (reported by clauselint itself; not configurable)")
            return Exit.clean
        }
        guard let rule = BuiltInRules.registry[id] else {
            let suggestion = Arguments.closest(id, ConfigurationCommands.ruleIDs(configuration)).map { " (did you mean \($0)?)" } ?? ""
            throw Arguments.Failure(description: "unknown rule '\(id)'\(suggestion)")
        }
        let description = rule.description
        var output = "\(description.id): \(description.name)\n\n\(description.summary)\n\n\(description.explanation)\n\n"
        output += "Default severity: \(description.defaultSeverity.rawValue)\(description.enabledByDefault ? "" : " (off by default)")\n"
        output += "Options: \(rule.defaultOptionsJSON)\n"
        print(output, terminator: "")
        return Exit.clean
    }

    private func tree(_ arguments: Arguments) throws -> Int32 {
        guard let path = arguments.operands.first else { throw Arguments.Failure(description: "tree needs a file") }
        if let format = arguments.value("--format"), format != "json" {
            throw Arguments.Failure(description: "tree prints only --format json")
        }
        let loader = DocumentLoader()
        let document: Document
        do {
            if path == "-" {
                let data = FileHandle.standardInput.readDataToEndOfFile()
                document = try loader.parse(bytes: [UInt8](data), path: "-", format: .markdown)
            } else {
                document = try loader.load(path: path)
            }
        } catch {
            Self.fail("\(path): \(error)")
            return Exit.failure
        }
        try Output.write(TreeJSON.render(document), to: arguments.value("--output"))
        return Exit.clean
    }

    static let usage = """
    clauselint \(version): lints UN and Model UN draft resolutions

    usage:
      clauselint [lint] [options] PATH...     lint files and folders (recursing), or - for stdin
      clauselint rules                        list rules
      clauselint explain RULE                 explain one rule
      clauselint tree [--format json] FILE    print the parsed clause tree
      clauselint init [--preset NAME] [FILE]  write a commented Rules.json (presets: un, nmun, thimun)
      clauselint print-config [PATH]          show the configuration that applies to PATH and its sources

    options:
      --config FILE        use this configuration instead of searching for one
      --format FORMAT      text (default), json, sarif, github, junit or html (the dais report)
      --output FILE        write the report to FILE instead of standard output
      --enable ID          turn a rule on (repeatable)
      --disable ID         turn a rule off (repeatable)
      --fix                apply safe fixes to .md and .txt files (and stdin, to stdout), then lint
      --fix-dry-run        print the fixes as a unified diff; change nothing
      --baseline FILE      report only findings not recorded in FILE
      --write-baseline FILE  record this run's findings in FILE
      --jobs N             lint N files at a time (default: all cores)
      --quiet              report errors only
      --no-color           no colour even on a terminal
      --max-warnings N     exit 1 when there are more than N warnings
      --version            print the version
      --help               print this help

    exit status: 0 no errors, 1 errors (or too many warnings), 2 usage, configuration or I/O failure
    """
}
