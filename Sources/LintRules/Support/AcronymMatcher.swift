/// Does an acronym fit its expansion? Its letters must appear in order as the initials of
/// the expansion's words, or as the first letters of a word (`INTERPOL` ← **Inter**national
/// … **Pol**ice); small words may be skipped, and so may other words (`UNTOC` leaves out
/// "Convention against"), but every letter must be accounted for. Digits must appear too
/// (`COVID-19`).
enum AcronymMatcher {
    static func fits(_ acronym: String, expansion: String) -> Bool {
        if KnownAcronyms.foreignOrder.contains(acronym) { return true }
        let letters = FlatWords(acronym).scalars
        let words = FlatWords(expansion)
        // Longer than any real acronym: no fit (and no table of that size).
        guard !letters.isEmpty, letters.count <= 40, words.count > 0, words.count <= 200 else { return false }
        // The first letter starts the expansion.
        guard words.scalars[0] == letters[0] else { return false }
        // A word gives more than its initial only when there are more letters than words to
        // give them (INTERPOL, ECOSOC); "FOA" for Food and Agriculture Organization does not fit.
        var significant = 0
        for word in 0..<words.count where !isSmallWord(words[word]) { significant += 1 }
        return match(letters, words, prefixes: letters.count > significant)
    }

    /// `expansionWords` in one array of scalar values with the start of each word: a
    /// definition is tried against up to sixteen expansions, and an array per word made
    /// most of the cost of each try.
    struct FlatWords {
        var scalars: [UInt32] = []
        /// Word `i` is `scalars[starts[i]..<starts[i + 1]]`; the last entry is `scalars.count`.
        var starts: [Int] = [0]
        var count: Int { starts.count - 1 }
        subscript(word: Int) -> ArraySlice<UInt32> { scalars[starts[word]..<starts[word + 1]] }

        init(_ text: String) {
            // ASCII, the common case, by bytes: the words `expansionWords` gives, without a String or an array per word.
            guard text.utf8.allSatisfy({ $0 < 0x80 }) else {
                for word in expansionWords(text) { scalars += word.map(\.value); starts.append(scalars.count) }
                return
            }
            scalars.reserveCapacity(text.utf8.count)
            for byte in text.utf8 {
                if byte == 0x20 || byte == 0x2D || byte == 0x2F {
                    if scalars.count > starts[starts.count - 1] { starts.append(scalars.count) }
                    continue
                }
                let lower = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                if (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39) { scalars.append(UInt32(lower)) }
            }
            if scalars.count > starts[starts.count - 1] { starts.append(scalars.count) }
        }
    }

    /// The expansion's words, lower-cased, letters and digits only.
    static func expansionWords(_ expansion: String) -> [[Unicode.Scalar]] {
        // ASCII, the common case, by bytes: the same result without Unicode properties.
        if expansion.utf8.allSatisfy({ $0 < 0x80 }) {
            var words: [[Unicode.Scalar]] = []
            var current: [Unicode.Scalar] = []
            for byte in expansion.utf8 {
                if byte == 0x20 || byte == 0x2D || byte == 0x2F {
                    if !current.isEmpty { words.append(current); current = [] }
                    continue
                }
                let lower = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                if (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39) { current.append(Unicode.Scalar(lower)) }
            }
            if !current.isEmpty { words.append(current) }
            return words
        }
        return expansion.lowercased()
            .split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "/" || $0 == "–" })
            .map { Array($0.unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }) }
            .filter { !$0.isEmpty }
    }

    /// Joining words, which give no letter to most acronyms.
    static let smallWords: [String] = ["of", "the", "on", "and", "for", "in", "to", "against", "a", "an", "at", "by", "with", "de", "du", "des", "la", "le"]
    private static let smallWordScalars = smallWords.map { $0.unicodeScalars.map(\.value) }

    private static func isSmallWord(_ word: ArraySlice<UInt32>) -> Bool {
        word.count <= 7 && smallWordScalars.contains { $0.elementsEqual(word) }
    }

    /// Can the letters be matched against the words in order? Each word gives its initial
    /// (or, with prefixes, a longer prefix) or is skipped. A table over (letter, word)
    /// positions, filled from the end: linear in letters × words, where trying every
    /// choice would take exponential time on a long acronym before a long expansion.
    private static func match(_ letters: [UInt32], _ words: FlatWords, prefixes: Bool) -> Bool {
        let letterCount = letters.count, wordCount = words.count
        // fits[letter * (wordCount + 1) + word]: letters from `letter` on fit words from `word` on.
        var fits = [Bool](repeating: false, count: (letterCount + 1) * (wordCount + 1))
        for word in 0...wordCount { fits[letterCount * (wordCount + 1) + word] = true }
        for word in stride(from: wordCount - 1, through: 0, by: -1) {
            let current = words[word]
            let first = current.startIndex
            for letter in stride(from: letterCount - 1, through: 0, by: -1) {
                var result = fits[letter * (wordCount + 1) + word + 1]   // skip the word
                var taken = 0
                while !result, taken < current.count, letter + taken < letterCount, current[first + taken] == letters[letter + taken] {
                    taken += 1
                    result = fits[(letter + taken) * (wordCount + 1) + word + 1]
                    if !prefixes { break }
                }
                fits[letter * (wordCount + 1) + word] = result
            }
        }
        return fits[0]
    }
}
