/// Does an acronym fit its expansion? Its letters must appear in order as the initials of
/// the expansion's words, or as the first letters of a word (`INTERPOL` ← **Inter**national
/// … **Pol**ice); small words may be skipped, and so may other words (`UNTOC` leaves out
/// "Convention against"), but every letter must be accounted for. Digits must appear too
/// (`COVID-19`).
enum AcronymMatcher {
    static func fits(_ acronym: String, expansion: String) -> Bool {
        if KnownAcronyms.foreignOrder.contains(acronym) { return true }
        let letters = Array(expansionWords(acronym).joined())
        let words = expansionWords(expansion)
        // Longer than any real acronym: no fit (and no table of that size).
        guard !letters.isEmpty, letters.count <= 40, !words.isEmpty, words.count <= 200 else { return false }
        // The first letter starts the expansion.
        guard words[0].first == letters[0] else { return false }
        // A word gives more than its initial only when there are more letters than words to
        // give them (INTERPOL, ECOSOC); "FOA" for Food and Agriculture Organization does not fit.
        let significant = words.filter { !smallWords.contains(String(String.UnicodeScalarView($0))) }.count
        return match(letters, words, prefixes: letters.count > significant)
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
    static let smallWords: Set<String> = ["of", "the", "on", "and", "for", "in", "to", "against", "a", "an", "at", "by", "with", "de", "du", "des", "la", "le"]

    /// Can the letters be matched against the words in order? Each word gives its initial
    /// (or, with prefixes, a longer prefix) or is skipped. A table over (letter, word)
    /// positions, filled from the end: linear in letters × words, where trying every
    /// choice would take exponential time on a long acronym before a long expansion.
    private static func match(_ letters: [Unicode.Scalar], _ words: [[Unicode.Scalar]], prefixes: Bool) -> Bool {
        let letterCount = letters.count, wordCount = words.count
        // fits[letter * (wordCount + 1) + word]: letters from `letter` on fit words from `word` on.
        var fits = [Bool](repeating: false, count: (letterCount + 1) * (wordCount + 1))
        for word in 0...wordCount { fits[letterCount * (wordCount + 1) + word] = true }
        for word in stride(from: wordCount - 1, through: 0, by: -1) {
            let current = words[word]
            for letter in stride(from: letterCount - 1, through: 0, by: -1) {
                var result = fits[letter * (wordCount + 1) + word + 1]   // skip the word
                var taken = 0
                while !result, taken < current.count, letter + taken < letterCount, current[taken] == letters[letter + taken] {
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
