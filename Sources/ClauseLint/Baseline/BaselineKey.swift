/// What identifies a finding across edits: its rule, the text of its clause (without the
/// clause's number or letter, so renumbering does not matter) and its message without
/// digits (messages that name a line or count still match). Line numbers are not part of
/// it: adding a clause above leaves every later finding's key unchanged.
public struct BaselineKey: Hashable, Sendable {
    public let rule: String
    public let path: String
    public let fingerprint: String

    public init(_ diagnostic: Diagnostic) {
        rule = diagnostic.rule
        path = diagnostic.path
        var hash = FNV1a()
        hash.add(diagnostic.rule)
        hash.add(0)
        hash.add(Self.normalizedClause(diagnostic.context ?? ""))
        hash.add(0)
        hash.add(String(diagnostic.message.unicodeScalars.filter { !("0"..."9").contains($0) }))
        fingerprint = hash.hex
    }

    public init(rule: String, path: String, fingerprint: String) {
        self.rule = rule
        self.path = path
        self.fingerprint = fingerprint
    }

    /// Words of the clause, single-spaced, with a leading label (`3.`, `(a)`, `iv)`) dropped.
    static func normalizedClause(_ text: String) -> String {
        var words = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" })
        if let first = words.first, first.count <= 6,
           first.last == "." || first.last == ")", first.dropLast().allSatisfy({ $0.isLetter || $0.isNumber || $0 == "(" }) {
            words.removeFirst()
        }
        return words.joined(separator: " ")
    }
}

/// 64-bit FNV-1a: small, stable across runs and platforms (unlike `Hasher`).
struct FNV1a {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ byte: UInt8) {
        value ^= UInt64(byte)
        value &*= 0x100_0000_01b3
    }

    mutating func add(_ text: String) {
        for byte in text.utf8 { add(byte) }
    }

    var hex: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
