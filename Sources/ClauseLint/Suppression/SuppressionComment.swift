/// One `<!-- clauselint-… -->` comment in a source file.
///
///     <!-- clauselint-disable RULE[, RULE…] [-- reason] -->      from here on
///     <!-- clauselint-enable [RULE…] -->                         until here
///     <!-- clauselint-disable-next-clause RULE… [-- reason] -->  the clause that follows
///
/// No rule named means every rule.
public struct SuppressionComment: Sendable, Equatable {
    public enum Kind: String, Sendable {
        case disable = "clauselint-disable"
        case enable = "clauselint-enable"
        case disableNextClause = "clauselint-disable-next-clause"
    }

    public var kind: Kind
    /// The rules named; empty for all.
    public var rules: [String]
    public var reason: String?
    /// The comment's byte range in the source.
    public var range: Range<Int>

    /// Every clauselint comment in `bytes`, in order. A comment that starts with
    /// `clauselint-` but is none of the three is returned as nil-kind by `malformed`.
    public static func scan(_ bytes: [UInt8]) -> (comments: [SuppressionComment], malformed: [Range<Int>]) {
        var comments: [SuppressionComment] = []
        var malformed: [Range<Int>] = []
        let open: [UInt8] = Array("<!--".utf8), close: [UInt8] = Array("-->".utf8)
        let marker: [UInt8] = Array("clauselint-".utf8)
        var index = 0
        while let start = find(open, in: bytes, from: index) {
            var cursor = start + open.count
            while cursor < bytes.count, bytes[cursor] == 0x20 || bytes[cursor] == 0x09 { cursor += 1 }
            guard matches(marker, in: bytes, at: cursor) else { index = start + open.count; continue }
            guard let end = find(close, in: bytes, from: cursor) else { malformed.append(start..<bytes.count); break }
            let inner = String(decoding: bytes[cursor..<end], as: UTF8.self)
            index = end + close.count
            if let comment = parse(inner, range: start..<index) { comments.append(comment) } else { malformed.append(start..<index) }
        }
        return (comments, malformed)
    }

    static func parse(_ inner: String, range: Range<Int>) -> SuppressionComment? {
        var text = Substring(inner)
        var reason: String?
        if let separator = text.range(of: " -- ") ?? text.range(of: "--", options: .backwards) {
            let after = text[separator.upperBound...].trimmingCharacters(in: .whitespaces)
            reason = after.isEmpty ? nil : after
            text = text[..<separator.lowerBound]
        }
        let words = text.split { $0 == " " || $0 == "," || $0 == "\t" || $0 == "\n" || $0 == "\r" }.map(String.init)
        guard let first = words.first, let kind = Kind(rawValue: first) else { return nil }
        return SuppressionComment(kind: kind, rules: Array(words.dropFirst()), reason: reason, range: range)
    }

    static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, bytes.count >= needle.count else { return nil }
        var index = max(0, start)
        // The first byte found by memchr: most documents hold no comment at all.
        while index <= bytes.count - needle.count,
              let candidate = ByteSearch.firstIndex(of: needle[0], in: bytes, range: index..<(bytes.count - needle.count + 1)) {
            if matches(needle, in: bytes, at: candidate) { return candidate }
            index = candidate + 1
        }
        return nil
    }

    static func matches(_ needle: [UInt8], in bytes: [UInt8], at index: Int) -> Bool {
        guard index + needle.count <= bytes.count else { return false }
        for offset in 0..<needle.count where bytes[index + offset] != needle[offset] { return false }
        return true
    }
}
