/// The lower-cased word an opening phrase turns on, as the lexicon reads it. Its tests
/// go by bytes when the word is ASCII: there a character is a byte (words hold no line
/// breaks), so they answer as `String`'s own would, without its Unicode machinery.
struct HeadWord {
    let text: String
    let isASCII: Bool
    /// The word's byte count, and its last eight bytes (the last byte lowest): the suffix
    /// tests of an ASCII word compare these, not the string.
    private let byteCount: Int
    private let tail: UInt64

    init(_ words: borrowing LeadingWords, _ index: Int) {
        isASCII = words[index].isASCII
        (text, byteCount, tail) = words.withPhrase(from: index, count: 1) { bytes in
            var tail: UInt64 = 0
            for byte in bytes.suffix(8) { tail = tail << 8 | UInt64(byte) }
            return (String(decoding: bytes, as: UTF8.self), bytes.count, tail)
        }
    }

    /// `text.count`.
    var count: Int { isASCII ? byteCount : text.count }

    /// `text.hasSuffix(suffix)` for an ASCII `suffix`.
    func hasSuffix(_ suffix: StaticString) -> Bool {
        guard isASCII else { return text.hasSuffix(suffix.description) }
        let suffixCount = suffix.utf8CodeUnitCount
        guard suffixCount <= byteCount else { return false }
        return suffix.withUTF8Buffer { suffix in
            guard suffixCount <= 8 else { return text.utf8.reversed().starts(with: suffix.reversed()) }
            var expected: UInt64 = 0
            for byte in suffix { expected = expected << 8 | UInt64(byte) }
            let mask: UInt64 = suffixCount == 8 ? ~0 : (1 << UInt64(8 * suffixCount)) &- 1
            return tail & mask == expected
        }
    }
}
