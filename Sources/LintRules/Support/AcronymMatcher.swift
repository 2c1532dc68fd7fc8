/// Does an acronym fit its expansion? Its letters must appear in order as the initials of
/// the expansion's words, or as the first letters of a word (`INTERPOL` ← **Inter**national
/// … **Pol**ice); small words may be skipped, and so may other words (`UNTOC` leaves out
/// "Convention against"), but every letter must be accounted for. Digits must appear too
/// (`COVID-19`).
enum AcronymMatcher {
    static func fits(_ acronym: String, expansion: String) -> Bool {
        if KnownAcronyms.foreignOrder.contains(acronym) { return true }
        let letters = Array(acronym.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) })
        let words = expansionWords(expansion)
        guard !letters.isEmpty, !words.isEmpty else { return false }
        // The first letter starts the expansion.
        guard words[0].first == letters[0] else { return false }
        // A word gives more than its initial only when there are more letters than words to
        // give them (INTERPOL, ECOSOC); "FOA" for Food and Agriculture Organization does not fit.
        let significant = words.filter { !smallWords.contains(String(String.UnicodeScalarView($0))) }.count
        return match(letters, 0, words, 0, prefixes: letters.count > significant)
    }

    static func expansionWords(_ expansion: String) -> [[Unicode.Scalar]] {
        expansion.lowercased()
            .split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "/" || $0 == "–" })
            .map { Array($0.unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }) }
            .filter { !$0.isEmpty }
    }

    /// Letters from `letter` on, matched against words from `word` on.
    static let smallWords: Set<String> = ["of", "the", "on", "and", "for", "in", "to", "against", "a", "an", "at", "by", "with", "de", "du", "des", "la", "le"]

    private static func match(_ letters: [Unicode.Scalar], _ letter: Int, _ words: [[Unicode.Scalar]], _ word: Int, prefixes: Bool) -> Bool {
        if letter == letters.count { return true }
        guard word < words.count else { return false }
        // Use word `word`: it takes its initial, or (with prefixes) a longer prefix.
        let current = words[word]
        var taken = 0
        while taken < current.count, letter + taken < letters.count, current[taken] == letters[letter + taken] {
            taken += 1
            if match(letters, letter + taken, words, word + 1, prefixes: prefixes) { return true }
            if !prefixes { break }
        }
        // Or skip the word.
        return match(letters, letter, words, word + 1, prefixes: prefixes)
    }
}
