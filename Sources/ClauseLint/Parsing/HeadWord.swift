/// The lower-cased word an opening phrase turns on, as the lexicon reads it. Its tests
/// go by bytes when the word is ASCII: there a character is a byte (words hold no line
/// breaks), so they answer as `String`'s own would, without its Unicode machinery.
struct HeadWord {
    let text: String
    let isASCII: Bool

    init(_ words: borrowing LeadingWords, _ index: Int) {
        text = words.string(index)
        isASCII = words[index].isASCII
    }

    /// `text.count`.
    var count: Int { isASCII ? text.utf8.count : text.count }

    /// `text.hasSuffix(suffix)` for an ASCII `suffix`.
    func hasSuffix(_ suffix: String) -> Bool {
        guard isASCII else { return text.hasSuffix(suffix) }
        var text = text, suffix = suffix
        return text.withUTF8 { bytes in
            suffix.withUTF8 { tail in
                guard bytes.count >= tail.count else { return false }
                let start = bytes.count - tail.count
                for offset in 0..<tail.count where bytes[start + offset] != tail[offset] { return false }
                return true
            }
        }
    }
}
