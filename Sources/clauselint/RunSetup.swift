import Foundation
import ClauseLint
import LintRules

/// The rules for a run: configuration (given or found beside each file) with the
/// command line's --enable and --disable laid over it.
final class RunSetup: @unchecked Sendable {
    let enable: [String]
    let disable: [String]
    private var cache: [String: Linter] = [:]
    private let lock = NSLock()

    init(arguments: Arguments) throws {
        enable = arguments.all("--enable")
        disable = arguments.all("--disable")
        for id in enable + disable where BuiltInRules.registry[id] == nil {
            let suggestion = Arguments.closest(id, BuiltInRules.registry.ids).map { " (did you mean \($0)?)" } ?? ""
            throw Arguments.Failure(description: "unknown rule '\(id)'\(suggestion)")
        }
        _ = try linter(for: ".")
    }

    func linter(for path: String) throws -> Linter {
        lock.lock(); defer { lock.unlock() }
        if let linter = cache[""] { return linter }
        var configured: [ConfiguredRule] = []
        for registered in BuiltInRules.registry.rules {
            let id = registered.description.id
            var enabled = registered.description.enabledByDefault
            if enable.contains(id) { enabled = true }
            if disable.contains(id) { enabled = false }
            guard enabled else { continue }
            configured.append(ConfiguredRule(rule: try registered.instantiate(), severity: registered.description.defaultSeverity))
        }
        let linter = Linter(rules: configured)
        cache[""] = linter
        return linter
    }
}
