import Foundation
import ClauseLint
import LintRules

/// The rules for a run: the configuration given with --config, or the one found beside
/// each file (cached per folder), with the command line's --enable and --disable laid over.
final class RunSetup: @unchecked Sendable {
    let enable: [String]
    let disable: [String]
    let explicitConfiguration: Configuration?
    private var setups: [String: FileSetup] = [:]
    private var failures: [String: ConfigurationError] = [:]
    /// Folder → the configuration file found from it ("" for none): one search per folder, not per file.
    private var discovered: [Substring: String] = [:]
    private let lock = NSLock()

    init(arguments: Arguments) throws {
        enable = arguments.all("--enable")
        disable = arguments.all("--disable")
        explicitConfiguration = arguments.value("--config") == nil ? nil : try ConfigurationCommands.effective(arguments)
        // Declarative ids come from the configuration of the current folder (or --config),
        // read only when there are ids to check: start-up time matters for one draft.
        guard !(enable + disable).isEmpty else { return }
        let here = explicitConfiguration ?? (try? ConfigurationCommands.effective(arguments)) ?? Configuration.builtIn(registry: BuiltInRules.registry)
        let known = ConfigurationCommands.ruleIDs(here)
        for id in enable + disable where !known.contains(id) {
            let suggestion = closestWord(to: id, in: known).map { " (did you mean \($0)?)" } ?? ""
            throw Arguments.Failure(description: "unknown rule '\(id)'\(suggestion)")
        }
    }

    /// The configuration file that applies to `path` ("" for the built-in defaults).
    func configurationPath(for path: String) -> String {
        if let explicit = explicitConfiguration { return explicit.sources.last ?? "" }
        // A file's folder is everything before its last slash; "-" and folders search themselves.
        // The slash is found among the bytes: a search by Character costs thousands of
        // instructions a path, and this runs three times for every file of an archive.
        guard path != "-", let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")), !path.hasSuffix("/") else {
            return Configuration.discover(for: path) ?? ""
        }
        let folder = path[..<slash]
        lock.lock()
        let known = discovered[folder]
        lock.unlock()
        if let known { return known }
        let found = Configuration.discover(for: path) ?? ""
        lock.lock()
        discovered[folder] = found
        lock.unlock()
        return found
    }

    /// The rules and the reader for one file.
    struct FileSetup: Sendable {
        let linter: Linter
        let loader: DocumentLoader
    }

    func setup(for path: String) throws -> FileSetup {
        let key = configurationPath(for: path)
        lock.lock(); defer { lock.unlock() }
        if let setup = setups[key] { return setup }
        if let failure = failures[key] { throw failure }
        let configuration: Configuration
        do {
            if let explicit = explicitConfiguration { configuration = explicit }
            else if key.isEmpty { configuration = Configuration.builtIn(registry: BuiltInRules.registry) }
            else { configuration = try Configuration.load(path: key, registry: BuiltInRules.registry) }
        } catch let error as ConfigurationError {
            failures[key] = error
            throw error
        }
        let linter = try configuration.linter(registry: BuiltInRules.registry, enable: enable, disable: disable)
        let setup = FileSetup(linter: linter, loader: DocumentLoader(builder: ClauseTreeBuilder(lexicon: configuration.lexicon)))
        setups[key] = setup
        return setup
    }
}
