import Foundation
import ClauseLint
import LintRules

/// `clauselint lint`: collect files, read and lint them in parallel, report in order.
struct LintCommand {
    let arguments: Arguments

    func run() throws -> Int32 {
        let paths = arguments.operands
        guard !paths.isEmpty else {
            throw Arguments.Failure(description: "no files to lint: give files, folders or - for standard input")
        }
        let format = arguments.value("--format") ?? "text"
        guard ["text", "json"].contains(format) else {
            let suggestion = Arguments.closest(format, ["text", "json"]).map { " (did you mean \($0)?)" } ?? ""
            throw Arguments.Failure(description: "unknown format '\(format)'\(suggestion)")
        }
        let files: [String]
        do {
            files = try FileCollector.collect(paths)
        } catch {
            CommandLineTool.fail("\(error)")
            return CommandLineTool.Exit.failure
        }
        let setup = try RunSetup(arguments: arguments)
        // Every configuration the run needs is read before linting: a broken one stops the run (exit 2).
        for file in files { _ = try setup.setup(for: file) }
        let jobs = try arguments.integer("--jobs") ?? ProcessInfo.processInfo.activeProcessorCount
        var results = lintAll(files, setup: setup, jobs: max(1, jobs))

        if arguments.has("--quiet") {
            for index in results.indices { results[index].diagnostics.removeAll { $0.severity != .error } }
        }
        let descriptions = BuiltInRules.registry.rules.map(\.description)
        let report: String
        switch format {
        case "json": report = JSONReporter(version: CommandLineTool.version).report(results, rules: descriptions)
        default:
            let output = arguments.value("--output")
            let color = !arguments.has("--no-color") && output == nil && isatty(STDOUT_FILENO) == 1
                && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
            report = TextReporter(color: color, summary: !arguments.has("--quiet")).report(results, rules: descriptions)
        }
        try Output.write(report, to: arguments.value("--output"))

        let summary = Summary(results)
        if summary.errors > 0 { return CommandLineTool.Exit.findings }
        if let limit = try arguments.integer("--max-warnings"), summary.warnings > limit { return CommandLineTool.Exit.findings }
        return CommandLineTool.Exit.clean
    }

    /// Lints files on `jobs` threads; results come back in the order of `files`.
    private func lintAll(_ files: [String], setup: RunSetup, jobs: Int) -> [FileResult] {
        let slots = ResultSlots(count: files.count)
        let queue = DispatchQueue(label: "clauselint.lint", attributes: .concurrent)
        let group = DispatchGroup()
        let semaphore = DispatchSemaphore(value: jobs)
        for (index, path) in files.enumerated() {
            semaphore.wait()
            queue.async(group: group) {
                slots.set(index, lintOne(path, setup: setup))
                semaphore.signal()
            }
        }
        group.wait()
        return slots.values
    }

    private func lintOne(_ path: String, setup: RunSetup) -> FileResult {
        do {
            let fileSetup = try setup.setup(for: path)
            let loader = fileSetup.loader
            let document: Document
            if path == "-" {
                let data = FileHandle.standardInput.readDataToEndOfFile()
                document = try loader.parse(bytes: [UInt8](data), path: "-", format: .markdown)
            } else {
                document = try loader.load(path: path)
            }
            return FileResult(path: path, format: document.format, resolutions: document.resolutions.count,
                              diagnostics: fileSetup.linter.lint(document))
        } catch {
            let diagnostic = Diagnostic(rule: "input", severity: .error, message: "\(error)", path: path, range: 0..<0,
                                        start: SourceLocation(line: 1, column: 1), end: SourceLocation(line: 1, column: 1))
            return FileResult(path: path, format: DocumentFormat.forPath(path), resolutions: 0, diagnostics: [diagnostic])
        }
    }
}

/// Results written from worker threads into fixed slots.
final class ResultSlots: @unchecked Sendable {
    private var storage: [FileResult?]
    private let lock = NSLock()
    init(count: Int) { storage = Array(repeating: nil, count: count) }
    func set(_ index: Int, _ result: FileResult) {
        lock.lock(); storage[index] = result; lock.unlock()
    }
    var values: [FileResult] {
        lock.lock(); defer { lock.unlock() }
        return storage.compactMap { $0 }
    }
}
