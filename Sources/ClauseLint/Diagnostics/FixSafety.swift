/// The last line of defence for `--fix`: a fixed text must keep every word of the
/// original, except the second of two identical words in a row (what `repeated-word`
/// removes). Fixes change punctuation, case, markup and spelling, never the word count.
public enum FixSafety {
    public static func keepsEveryWord(original: [UInt8], fixed: [UInt8]) -> Bool {
        collapsedWordCount(original) == collapsedWordCount(fixed)
    }

    /// Number of words, counting a run of identical words as one.
    static func collapsedWordCount(_ bytes: [UInt8]) -> Int {
        var count = 0
        var previous: ArraySlice<UInt8> = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let isWord = (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || byte >= 0x80
            guard isWord else { index += 1; continue }
            let start = index
            while index < bytes.count {
                let b = bytes[index]
                guard (b >= 0x30 && b <= 0x39) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) || b >= 0x80 || b == 0x27 else { break }
                index += 1
            }
            let word = bytes[start..<index]
            if !(word.count == previous.count && zip(word, previous).allSatisfy { $0 | 0x20 == $1 | 0x20 }) { count += 1 }
            previous = word
        }
        return count
    }
}
