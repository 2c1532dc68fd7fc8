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
        Self.addNormalizedClause(diagnostic.context ?? "", to: &hash)
        hash.add(0)
        hash.add(String(diagnostic.message.unicodeScalars.filter { !("0"..."9").contains($0) }))
        fingerprint = hash.hex
    }

    public init(rule: String, path: String, fingerprint: String) {
        self.rule = rule
        self.path = path
        self.fingerprint = fingerprint
    }

    /// A short stand-in for a clause's text with the same baseline key: what findings kept
    /// until the end of a run (across-file duplicates) carry, so an archive's clause texts
    /// are not all held in memory at once.
    public static func compactContext(_ text: String?) -> String? {
        guard let text, text.utf8.count > 24 else { return text }
        return compactContext(hash: clauseHash(text))
    }

    /// The hash `compactContext` names a clause by.
    public static func clauseHash(_ text: String) -> UInt64 {
        var hash = FNV1a()
        addNormalizedClause(text, to: &hash)
        return hash.value
    }

    public static func compactContext(hash: UInt64) -> String {
        "clause#" + FNV1a.hex(hash)
    }

    /// Feeds `normalizedClause(text)` to the hash without building it (a byte scan).
    static func addNormalizedClause(_ text: String, to hash: inout FNV1a) {
        if text.hasPrefix("clause#") { hash.add(text); return }
        var utf8 = Substring(text).utf8[...]
        // The leading label, as normalizedClause drops it.
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x09 }
        while let first = utf8.first, isSpace(first) { utf8 = utf8.dropFirst() }
        if let end = utf8.firstIndex(where: isSpace) {
            let token = utf8[..<end]
            if token.count <= 6, let last = token.last, last == 0x2E || last == 0x29,
               token.dropLast().allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x7A) || $0 == 0x28 }) {
                utf8 = utf8[end...]
            }
        } else if let last = utf8.last, utf8.count <= 6, last == 0x2E || last == 0x29,
                  utf8.dropLast().allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x7A) || $0 == 0x28 }) {
            return
        }
        var pendingSpace = false, started = false
        for byte in utf8 {
            if isSpace(byte) { pendingSpace = started; continue }
            if pendingSpace { hash.add(0x20); pendingSpace = false }
            hash.add(byte)
            started = true
        }
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

    var hex: String { Self.hex(value) }

    static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
