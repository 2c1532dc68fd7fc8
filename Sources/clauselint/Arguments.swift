/// A hand-written parser for the command line: flags with values (`--format json`,
/// `--format=json`), repeatable flags (`--enable a --enable b`), switches and operands.
struct Arguments {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// Flags that take a value.
    static let valued: Set<String> = [
        "--config", "--format", "--output", "--enable", "--disable", "--baseline", "--write-baseline",
        "--jobs", "--max-warnings", "--preset",
    ]
    /// Flags that stand alone.
    static let switches: Set<String> = [
        "--fix", "--fix-dry-run", "--quiet", "--no-color", "--color", "--version", "--help", "-h", "--no-summary",
    ]

    var values: [String: [String]] = [:]
    var flags: Set<String> = []
    var operands: [String] = []

    init(_ arguments: [String]) throws {
        var index = 0
        var onlyOperands = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if onlyOperands || argument == "-" || !argument.hasPrefix("-") {
                operands.append(argument)
                continue
            }
            if argument == "--" { onlyOperands = true; continue }
            var name = argument
            var inlineValue: String?
            if let equals = argument.firstIndex(of: "="), argument.hasPrefix("--") {
                name = String(argument[..<equals])
                inlineValue = String(argument[argument.index(after: equals)...])
            }
            if Self.switches.contains(name) {
                guard inlineValue == nil else { throw Failure(description: "option \(name) takes no value") }
                flags.insert(name == "-h" ? "--help" : name)
            } else if Self.valued.contains(name) {
                let value: String
                if let inlineValue {
                    value = inlineValue
                } else {
                    guard index < arguments.count else { throw Failure(description: "option \(name) needs a value") }
                    value = arguments[index]
                    index += 1
                }
                values[name, default: []].append(value)
            } else {
                let known = Array(Self.valued) + Array(Self.switches)
                let suggestion = Self.closest(name, known).map { " (did you mean \($0)?)" } ?? ""
                throw Failure(description: "unknown option \(name)\(suggestion)")
            }
        }
    }

    func value(_ name: String) -> String? { values[name]?.last }
    func all(_ name: String) -> [String] { values[name] ?? [] }
    func has(_ name: String) -> Bool { flags.contains(name) }

    func integer(_ name: String) throws -> Int? {
        guard let text = value(name) else { return nil }
        guard let number = Int(text), number >= 0 else {
            throw Failure(description: "option \(name) needs a whole number, got '\(text)'")
        }
        return number
    }

    /// The closest known word within a small edit distance, for "did you mean".
    static func closest(_ word: String, _ candidates: [String]) -> String? {
        var best: (String, Int)?
        for candidate in candidates {
            let distance = editDistance(Array(word), Array(candidate))
            if distance <= max(2, word.count / 3), distance < (best?.1 ?? .max) { best = (candidate, distance) }
        }
        return best?.0
    }

    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + [Int](repeating: 0, count: b.count)
            for j in stride(from: 1, through: b.count, by: 1) {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
