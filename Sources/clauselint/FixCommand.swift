import Foundation
import ClauseLint

/// `--fix` and `--fix-dry-run`: apply every safe fix to Markdown and text files (and
/// standard input), re-lint until nothing changes, and write atomically.
struct FixCommand {
    let dryRun: Bool
    static let maximumRounds = 10

    enum Outcome {
        case unchanged
        case fixed(applied: Int)
        case refused(String)
    }

    /// Fixes one file; returns the outcome and, for stdin, the fixed text to print.
    func fix(path: String, setup: RunSetup.FileSetup, stdinBytes: [UInt8]? = nil) throws -> (Outcome, String) {
        let original: [UInt8]
        if let stdinBytes { original = stdinBytes }
        else {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw DocumentLoader.LoadError(message: "cannot read file")
            }
            original = [UInt8](data)
        }
        let format = path == "-" ? DocumentFormat.markdown : (DocumentFormat.forPath(path) ?? .text)
        guard format == .markdown || format == .text else { return (.unchanged, "") }
        var current = original
        var applied = 0
        for _ in 0..<Self.maximumRounds {
            let document = try setup.loader.parse(bytes: current, path: path, format: format)
            let fixes = setup.linter.lint(document).compactMap(\.fix)
            guard !fixes.isEmpty else { break }
            let result = FixApplier.apply(fixes, to: current)
            guard result.applied > 0, result.bytes != current else { break }
            current = result.bytes
            applied += result.applied
        }
        guard current != original else {
            return (.unchanged, dryRun ? "" : stdinBytes.map { String(decoding: $0, as: UTF8.self) } ?? "")
        }
        guard FixSafety.keepsEveryWord(original: original, fixed: current) else {
            return (.refused("the fixes would drop words; the file was left unchanged"), "")
        }
        if dryRun {
            return (.fixed(applied: applied), UnifiedDiff.render(old: String(decoding: original, as: UTF8.self),
                                                                new: String(decoding: current, as: UTF8.self), path: path))
        }
        if stdinBytes != nil { return (.fixed(applied: applied), String(decoding: current, as: UTF8.self)) }
        try AtomicFileWriter.replace(path, with: current)
        return (.fixed(applied: applied), "")
    }
}
