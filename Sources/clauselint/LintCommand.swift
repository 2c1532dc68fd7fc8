import Foundation
import ClauseLint
import LintRules

/// `clauselint lint`: collect files, read and lint them in parallel, report in order.
struct LintCommand {
    let arguments: Arguments
    /// Standard input, read once: `--fix` replaces it with the fixed text before the lint.
    private let stdin = StandardInput()

    func run() throws -> Int32 {
        let paths = arguments.operands
        guard !paths.isEmpty else {
            throw Arguments.Failure(description: "no files to lint: give files, folders or - for standard input")
        }
        let format = arguments.value("--format") ?? "text"
        guard Self.formats.contains(format) else {
            let suggestion = Arguments.closest(format, Self.formats).map { " (did you mean \($0)?)" } ?? ""
            throw Arguments.Failure(description: "unknown format '\(format)' (formats: \(Self.formats.joined(separator: ", ")))\(suggestion)")
        }
        // Read the baseline first: a missing or broken one is a usage error, before any work.
        let baseline = try arguments.value("--baseline").map { path in
            do { return try Baseline.load(path: path) } catch { throw Arguments.Failure(description: "\(error)") }
        }
        let files: [String]
        do {
            files = try FileCollector.collect(paths)
        } catch {
            CommandLineTool.fail("\(error)")
            return CommandLineTool.Exit.failure
        }
        AllocatorTuning.restartIfWorthIt(fileCount: files.count, readsStandardInput: files.contains("-"))
        let setup = try RunSetup(arguments: arguments)
        // Every configuration the run needs is read before linting: a broken one stops the run (exit 2).
        for file in files { _ = try setup.setup(for: file) }
        let jobs = try arguments.integer("--jobs") ?? ProcessInfo.processInfo.activeProcessorCount
        if arguments.has("--fix") || arguments.has("--fix-dry-run") {
            try applyFixes(files, setup: setup, dryRun: arguments.has("--fix-dry-run"))
            if arguments.has("--fix-dry-run") { return CommandLineTool.Exit.clean }
        }
        var results = lintAll(files, setup: setup, jobs: max(1, jobs), keepText: format == "html")
        addCrossDocumentFindings(&results, setup: setup)
        if let path = arguments.value("--write-baseline") {
            try Output.write(Baseline(results).render(), to: path)
            FileHandle.standardError.write(Data("clauselint: wrote \(Summary(results).total) findings to the baseline \(path)\n".utf8))
        }
        if let baseline {
            let known = baseline.filter(&results)
            if known > 0, format == "text", !arguments.has("--quiet") {
                FileHandle.standardError.write(Data("clauselint: \(known) findings already in the baseline not shown\n".utf8))
            }
        }

        if arguments.has("--quiet") {
            for index in results.indices { results[index].diagnostics.removeAll { $0.severity != .error } }
        }
        let descriptions = ruleDescriptions(files, setup: setup)
        let report: String
        let version = CommandLineTool.version
        switch format {
        case "json": report = JSONReporter(version: version).report(results, rules: descriptions)
        case "sarif": report = SARIFReporter(version: version).report(results, rules: descriptions)
        case "github": report = GitHubReporter().report(results, rules: descriptions)
        case "junit": report = JUnitReporter().report(results, rules: descriptions)
        case "html": report = HTMLReporter(version: version).report(results, rules: descriptions)
        default:
            let output = arguments.value("--output")
            let color = !arguments.has("--no-color") && output == nil && isatty(STDOUT_FILENO) == 1
                && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
            report = TextReporter(color: color, summary: !arguments.has("--quiet")).report(results, rules: descriptions)
        }
        // With --fix on standard input, stdout carries the fixed text; the report goes to stderr.
        if arguments.has("--fix"), files.contains("-"), arguments.value("--output") == nil {
            FileHandle.standardError.write(Data(report.utf8))
        } else {
            try Output.write(report, to: arguments.value("--output"))
        }

        let summary = Summary(results)
        // The process ends right after: the system takes the memory back at once, where
        // freeing every file's findings and digests one by one takes tens of milliseconds.
        KeptUntilExit.keep(results)
        if summary.errors > 0 { return CommandLineTool.Exit.findings }
        if let limit = try arguments.integer("--max-warnings"), summary.warnings > limit { return CommandLineTool.Exit.findings }
        return CommandLineTool.Exit.clean
    }

    static let formats = ["text", "json", "sarif", "github", "junit", "html"]

    /// Every rule a report may mention: the built-in ones, then declarative ones of the run's configurations.
    private func ruleDescriptions(_ files: [String], setup: RunSetup) -> [RuleDescription] {
        var descriptions = BuiltInRules.registry.rules.map(\.description)
        var seen = Set(descriptions.map(\.id))
        // Files of one folder share a configuration: each configuration's rules are read once.
        var configurations = Set<String>()
        for file in files where configurations.insert(setup.configurationPath(for: file)).inserted {
            guard let linter = try? setup.setup(for: file).linter else { continue }
            for configured in linter.rules where !seen.contains(configured.rule.id) {
                seen.insert(configured.rule.id)
                descriptions.append(configured.rule.ruleDescription)
            }
        }
        return descriptions
    }

    /// Clauses repeated across files: the rules of the first file's configuration decide.
    private func addCrossDocumentFindings(_ results: inout [FileResult], setup: RunSetup) {
        guard results.count > 1, let first = results.first, let linter = try? setup.setup(for: first.path).linter else { return }
        let found = linter.crossDocumentDiagnostics(results.map(\.digests))
        guard !found.isEmpty else { return }
        var byPath: [String: [Diagnostic]] = [:]
        for diagnostic in found { byPath[diagnostic.path, default: []].append(diagnostic) }
        for index in results.indices {
            guard let extra = byPath[results[index].path] else { continue }
            results[index].diagnostics = (results[index].diagnostics + extra).sortedInReportOrder()
            results[index].digests = [:]
        }
    }

    /// Fixes each file in place (or prints a diff), before the final lint reports what is left.
    private func applyFixes(_ files: [String], setup: RunSetup, dryRun: Bool) throws {
        let command = FixCommand(dryRun: dryRun)
        for path in files {
            do {
                let input = path == "-" ? stdin.bytes : nil
                let (outcome, text) = try command.fix(path: path, setup: try setup.setup(for: path), stdinBytes: input)
                if path == "-", case .fixed = outcome, !dryRun { stdin.bytes = Array(text.utf8) }
                switch outcome {
                case .refused(let reason): CommandLineTool.fail("\(path): \(reason)")
                case .fixed, .unchanged:
                    if !text.isEmpty { FileHandle.standardOutput.write(Data(text.utf8)) }
                }
            } catch {
                CommandLineTool.fail("\(path): \(error)")
            }
        }
    }

    /// Lints files on `jobs` threads; results come back in the order of `files`.
    private func lintAll(_ files: [String], setup: RunSetup, jobs: Int, keepText: Bool) -> [FileResult] {
        Parallel.map(count: files.count, workers: jobs) { index in lintOne(files[index], setup: setup, keepText: keepText) }
    }

    private func lintOne(_ path: String, setup: RunSetup, keepText: Bool) -> FileResult {
        do {
            let fileSetup = try setup.setup(for: path)
            let loader = fileSetup.loader
            let document: Document
            if path == "-" {
                document = try loader.parse(bytes: stdin.bytes, path: "-", format: .markdown)
            } else {
                document = try loader.load(path: path)
            }
            var result = FileResult(path: path, format: document.format, resolutions: document.resolutions.count,
                                    diagnostics: fileSetup.linter.lint(document), digests: fileSetup.linter.digests(document))
            if keepText { result.outline = SourceOutline(document) }
            return result
        } catch {
            let diagnostic = Diagnostic(rule: "input", severity: .error, message: "\(error)", path: path, range: 0..<0,
                                        start: SourceLocation(line: 1, column: 1), end: SourceLocation(line: 1, column: 1))
            return FileResult(path: path, format: DocumentFormat.forPath(path), resolutions: 0, diagnostics: [diagnostic])
        }
    }
}

/// Standard input read on first use and kept, so that it can be fixed and then linted.
final class StandardInput: @unchecked Sendable {
    private var cached: [UInt8]?
    private let lock = NSLock()
    var bytes: [UInt8] {
        get {
            lock.lock(); defer { lock.unlock() }
            if let cached { return cached }
            let data = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
            cached = data
            return data
        }
        set { lock.lock(); cached = newValue; lock.unlock() }
    }
}
