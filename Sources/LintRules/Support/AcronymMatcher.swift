/// Does an acronym fit its expansion? Its letters must appear in order as the initials of
/// the expansion's words, or as the first letters of a word (`INTERPOL` ← **Inter**national
/// … **Pol**ice); small words may be skipped, and so may other words (`UNTOC` leaves out
/// "Convention against"), but every letter must be accounted for. Digits must appear too
/// (`COVID-19`).
enum AcronymMatcher {
    static func fits(_ acronym: String, expansion: String) -> Bool {
        var expansion = expansion
        return expansion.withUTF8 { fits(acronym, expansion: $0) }
    }

    /// `fits` for an expansion given as UTF-8 bytes, which must also hold at least
    /// `minimumWords` words (`expansionWords`): the scanner tries its expansions without
    /// making Strings.
    static func fits(_ acronym: String, expansion: UnsafeBufferPointer<UInt8>, minimumWords: Int = 0) -> Bool {
        var acronym = acronym
        let (enoughWords, lettersFit) = FlatWords.with(expansion) { words in
            guard words.count >= minimumWords else { return (false, false) }
            return (true, acronym.withUTF8 { FlatWords.with($0) { Self.lettersFit($0.letters, words) } })
        }
        // Most acronyms fit: the list of those that need not is read only for the others.
        return enoughWords && (lettersFit || KnownAcronyms.foreignOrder.contains(acronym))
    }

    private static func lettersFit(_ letters: UnsafeBufferPointer<UInt32>, _ words: FlatWords) -> Bool {
        // Longer than any real acronym: no fit (and no table of that size).
        guard !letters.isEmpty, letters.count <= 40, words.count > 0, words.count <= 200 else { return false }
        // The first letter starts the expansion.
        guard words[0].first == letters[0] else { return false }
        // A word gives more than its initial only when there are more letters than words to
        // give them (INTERPOL, ECOSOC); "FOA" for Food and Agriculture Organization does not fit.
        var significant = 0
        for word in 0..<words.count where !isSmallWord(words[word]) { significant += 1 }
        return letters.count > significant ? matchWithPrefixes(letters, words) : isSubsequenceOfInitials(letters, words)
    }

    /// `matchWithPrefixes` with initials only: each word gives its initial or is skipped,
    /// so the letters fit when they are a subsequence of the initials, which taking each
    /// letter at its first chance finds in one pass.
    private static func isSubsequenceOfInitials(_ letters: UnsafeBufferPointer<UInt32>, _ words: FlatWords) -> Bool {
        var letter = 0
        for word in 0..<words.count where letter < letters.count && words[word].first == letters[letter] { letter += 1 }
        return letter == letters.count
    }

    /// `expansionWords` in one buffer of scalar values with the start of each word, both
    /// in temporary memory: a definition is tried against up to sixteen expansions, and
    /// arrays for the words made most of the cost of each try.
    struct FlatWords {
        private let scalars: UnsafeMutableBufferPointer<UInt32>
        /// Word `i` is `scalars[starts[i]..<starts[i + 1]]`.
        private let starts: UnsafeMutableBufferPointer<Int>
        let count: Int

        subscript(word: Int) -> Slice<UnsafeBufferPointer<UInt32>> {
            UnsafeBufferPointer(scalars)[starts[word]..<starts[word + 1]]
        }

        /// Every word's scalars, one after another: an acronym's letters.
        var letters: UnsafeBufferPointer<UInt32> { UnsafeBufferPointer(rebasing: scalars[..<starts[count]]) }

        /// Calls `body` with the words of UTF-8 text.
        static func with<Result>(_ text: UnsafeBufferPointer<UInt8>, _ body: (FlatWords) -> Result) -> Result {
            // ASCII, the common case, by bytes: the words `expansionWords` gives, without a
            // String or an array per word. Words take one byte or more and are separated by
            // one byte or more, so there are at most (count + 1) / 2 of them.
            guard text.contains(where: { $0 >= 0x80 }) else {
                return withUnsafeTemporaryAllocation(of: UInt32.self, capacity: text.count) { scalars in
                    withUnsafeTemporaryAllocation(of: Int.self, capacity: (text.count + 1) / 2 + 1) { starts in
                        var written = 0, count = 0
                        starts[0] = 0
                        for byte in text {
                            if byte == 0x20 || byte == 0x2D || byte == 0x2F {
                                if written > starts[count] { count += 1; starts[count] = written }
                                continue
                            }
                            let lower = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                            if (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39) {
                                scalars[written] = UInt32(lower)
                                written += 1
                            }
                        }
                        if written > starts[count] { count += 1; starts[count] = written }
                        return body(FlatWords(scalars: scalars, starts: starts, count: count))
                    }
                }
            }
            let words = expansionWords(String(decoding: text, as: UTF8.self))
            return withUnsafeTemporaryAllocation(of: UInt32.self, capacity: words.reduce(0) { $0 + $1.count }) { scalars in
                withUnsafeTemporaryAllocation(of: Int.self, capacity: words.count + 1) { starts in
                    var written = 0
                    starts[0] = 0
                    for (index, word) in words.enumerated() {
                        for scalar in word { scalars[written] = scalar.value; written += 1 }
                        starts[index + 1] = written
                    }
                    return body(FlatWords(scalars: scalars, starts: starts, count: words.count))
                }
            }
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
    /// `smallWords` as keys of `wordKey`.
    private static let smallWordKeys: [UInt64] = smallWords.map { wordKey($0.unicodeScalars.map(\.value)) }

    /// A word of up to seven ASCII letters packed into one integer, one byte a letter;
    /// zero for any other (which is no small word).
    private static func wordKey(_ word: some Collection<UInt32>) -> UInt64 {
        guard word.count <= 7 else { return 0 }
        var key: UInt64 = 0
        for scalar in word {
            guard scalar < 0x80 else { return 0 }
            key = key << 8 | UInt64(scalar)
        }
        return key
    }

    private static func isSmallWord(_ word: Slice<UnsafeBufferPointer<UInt32>>) -> Bool {
        let key = wordKey(word)
        return key != 0 && smallWordKeys.contains(key)
    }

    /// Can the letters be matched against the words in order? Each word gives a prefix
    /// (its initial or more) or is skipped. A table over (letter, word) positions, filled
    /// from the end: linear in letters × words, where trying every choice would take
    /// exponential time on a long acronym before a long expansion.
    private static func matchWithPrefixes(_ letters: UnsafeBufferPointer<UInt32>, _ words: FlatWords) -> Bool {
        let letterCount = letters.count, wordCount = words.count
        // fits[letter * (wordCount + 1) + word]: letters from `letter` on fit words from `word` on.
        return withUnsafeTemporaryAllocation(of: Bool.self, capacity: (letterCount + 1) * (wordCount + 1)) { fits in
            fits.initialize(repeating: false)
            for word in 0...wordCount { fits[letterCount * (wordCount + 1) + word] = true }
            var word = wordCount - 1
            while word >= 0 {
                let current = words[word]
                let first = current.startIndex
                var letter = letterCount - 1
                while letter >= 0 {
                    var result = fits[letter * (wordCount + 1) + word + 1]   // skip the word
                    var taken = 0
                    while !result, taken < current.count, letter + taken < letterCount, current[first + taken] == letters[letter + taken] {
                        taken += 1
                        result = fits[(letter + taken) * (wordCount + 1) + word + 1]
                    }
                    fits[letter * (wordCount + 1) + word] = result
                    letter -= 1
                }
                word -= 1
            }
            return fits[0]
        }
    }
}
