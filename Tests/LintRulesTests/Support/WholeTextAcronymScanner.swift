import Foundation
import ClauseLint
@testable import LintRules

/// The acronym scanner as it was before it tokenized only around possible acronyms: it
/// tokenizes whole paragraphs and judges every word. Kept as the reference the windowed
/// scanner must agree with, word for word, on any text.
struct WholeTextAcronymScanner {
    struct Definition {
        var acronym: String
        var expansion: String
        /// Byte range of the acronym inside the parentheses.
        var range: Range<Int>
        var fits: Bool
    }

    struct Use {
        var acronym: String
        var written: String
        var range: Range<Int>
    }

    struct Scan {
        var definitions: [Definition] = []
        var uses: [Use] = []
    }

    /// A word as offsets and two flags, no String: a paragraph has hundreds of words and
    /// perhaps one acronym, whose text is made only when it is looked at.
    private struct Token {
        private var start: Int32
        private var end: Int32
        /// A capital after the first byte, or no lower-case letter, or non-ASCII: may be an acronym.
        var candidate: Bool
        /// No lower-case ASCII letter, a capital and two bytes or more: an acronym or a shouted word.
        var capital: Bool
        /// Every byte below 0x80: its text can be judged by bytes, not Characters.
        var ascii: Bool
        var range: Range<Int> { Int(start)..<Int(end) }

        init(range: Range<Int>, candidate: Bool, capital: Bool, ascii: Bool) {
            start = Int32(clamping: range.lowerBound)
            end = Int32(clamping: range.upperBound)
            self.candidate = candidate
            self.capital = capital
            self.ascii = ascii
        }

        func text(_ bytes: [UInt8]) -> String { String(decoding: bytes[range], as: UTF8.self) }
    }

    /// `acronym(_:)` of a token's bytes, step for step the same rules. An ASCII token
    /// (nearly all) is judged by its bytes, without Characters, and becomes a String only
    /// when it is an acronym; any other goes to the String version.
    static func acronym(_ token: ArraySlice<UInt8>) -> String? {
        guard token.allSatisfy({ $0 < 0x80 }) else { return acronym(String(decoding: token, as: UTF8.self)) }
        var core = token
        func drop(_ suffix: StaticString) {
            let length = suffix.utf8CodeUnitCount
            guard core.count >= length else { return }
            for offset in 0..<length where core[core.endIndex - length + offset] != suffix.utf8Start[offset] { return }
            core = core.dropLast(length)
        }
        drop("'s")
        drop("s'")
        drop("'")
        if core.last == 0x73, core.count - 1 >= 2, let before = core.dropLast().last, isCapital(before) { core = core.dropLast() }
        while let last = core.last, last == 0x2E || last == 0x2D { core = core.dropLast() }
        guard core.count >= 2, let first = core.first, isCapital(first) else { return nil }
        var capitals = 0
        var dots = false, slash = false, digits = false
        for byte in core {
            if isCapital(byte) { capitals += 1; continue }
            switch byte {
            case 0x30...0x39: digits = true
            case 0x2E: dots = true
            case 0x2F: slash = true
            case 0x2D, 0x26, 0x2B: break
            default: return nil
            }
        }
        guard capitals >= 2 else { return nil }
        // Dotted initials (U.S., U.K.) are the same acronym as their letters.
        if dots, core.split(separator: 0x2E).allSatisfy({ $0.count == 1 }) { core = ArraySlice(core.filter { $0 != 0x2E }) }
        let value = String(decoding: core, as: UTF8.self)
        if KnownAcronyms.notAcronyms.contains(value) { return nil }
        // Roman numerals (II, XXV) are not acronyms.
        if core.allSatisfy({ "IVXLCDM".utf8.contains($0) }), LabelSequence.romanValue(value.lowercased()) != nil { return nil }
        // Document symbols (A/RES/64/293, E/CN.15/2018/L.6, CCPCJ/1/4) are not acronyms.
        if slash, digits { return nil }
        return value
    }

    private static func isCapital(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }

    /// The singular acronym a token stands for (`NGOs` → `NGO`, `NCB's` → `NCB`), or nil.
    static func acronym(_ token: String) -> String? {
        var core = Substring(token)
        for suffix in ["'s", "’s", "s'", "’"] where core.hasSuffix(suffix) { core = core.dropLast(suffix.count) }
        if core.last == "'" { core = core.dropLast() }
        if core.hasSuffix("s"), core.dropLast().count >= 2, core.dropLast().last?.isUppercase == true { core = core.dropLast() }
        while let last = core.last, last == "." || last == "-" { core = core.dropLast() }
        guard core.count >= 2, let first = core.first, first.isUppercase, first.isASCII else { return nil }
        var capitals = 0
        for character in core {
            if character.isUppercase { capitals += 1; continue }
            if character.isNumber || character == "-" || character == "&" || character == "." || character == "/" || character == "+" { continue }
            return nil
        }
        guard capitals >= 2 else { return nil }
        var value = String(core)
        // Dotted initials (U.S., U.K.) are the same acronym as their letters.
        if value.contains("." as Character), value.split(separator: ".").allSatisfy({ $0.count == 1 }) { value = value.replacingOccurrences(of: ".", with: "") }
        if KnownAcronyms.notAcronyms.contains(value) { return nil }
        // Roman numerals (II, XXV) are not acronyms.
        if LabelSequence.romanValue(value.lowercased()) != nil { return nil }
        // Document symbols (A/RES/64/293, E/CN.15/2018/L.6, CCPCJ/1/4) are not acronyms.
        if value.contains("/" as Character), value.contains(where: \.isNumber) { return nil }
        return value
    }

    func scan(_ text: String) -> Scan { scan(bytes: Array(text.utf8)) }

    func scan(bytes: [UInt8]) -> Scan {
        guard bytes.withUnsafeBufferPointer(Self.mayHoldAcronym) else { return Scan() }
        let tokens = bytes.withUnsafeBufferPointer(Self.tokens)
        let shouting = Self.shoutingTokens(tokens, bytes)
        var result = Scan()
        for (position, token) in tokens.enumerated() {
            guard token.candidate, shouting.isEmpty || !shouting[position] else { continue }
            guard let acronym = Self.acronym(bytes[token.range]) else { continue }
            let before = token.range.lowerBound > 0 ? bytes[token.range.lowerBound - 1] : 0
            let after = token.range.upperBound < bytes.count ? bytes[token.range.upperBound] : 0
            // Full Name (ACR)
            if before == 0x28, after == 0x29, position > 0,
               let definition = Self.definitionBefore(position, tokens: tokens, bytes: bytes, acronym: acronym, range: token.range) {
                result.definitions.append(definition)
                continue
            }
            // ACR (Full Name)
            if after == 0x20, token.range.upperBound + 1 < bytes.count, bytes[token.range.upperBound + 1] == 0x28,
               let close = bytes[(token.range.upperBound + 1)...].prefix(200).firstIndex(of: 0x29) {
                let inside = String(decoding: bytes[(token.range.upperBound + 2)..<close], as: UTF8.self)
                if ReferenceAcronymMatcher.expansionWords(inside).count >= 2, ReferenceAcronymMatcher.fits(acronym, expansion: inside) {
                    result.definitions.append(Definition(acronym: acronym, expansion: inside, range: token.range, fits: true))
                    continue
                }
            }
            result.uses.append(Use(acronym: acronym, written: token.text(bytes), range: token.range))
        }
        return result
    }

    /// False when no word can be an acronym: an acronym has no lower-case letter, starts
    /// with an ASCII capital and has a second capital, so its first letter is followed by a
    /// capital, a digit, `.` `-` `&` `/` `+` `'` or a non-ASCII byte. Most paragraphs have
    /// no such pair and skip the word-by-word scan.
    static func mayHoldAcronym(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = bytes.count
        func mayFollowCapital(_ next: UInt8) -> Bool {
            (next >= 0x41 && next <= 0x5A) || (next >= 0x30 && next <= 0x39) || next >= 0x80
                || next == 0x2E || next == 0x2D || next == 0x26 || next == 0x2F || next == 0x2B || next == 0x27
        }
        var index = 0
        // Eight bytes at a time: capitals are few, and a block without one is passed at once,
        // two blocks to a step while neither has one.
        while index + 8 <= count {
            var capitals = ByteLanes.inRange(ByteLanes.load(bytes, index), 0x41, 0x5A)
            if capitals == 0, index + 16 <= count {
                capitals = ByteLanes.inRange(ByteLanes.load(bytes, index + 8), 0x41, 0x5A)
                index += 8
                if capitals == 0 { index += 8; continue }
            }
            while capitals != 0 {
                let at = index + ByteLanes.first(capitals)
                if at + 1 < count, mayFollowCapital(bytes[at + 1]) { return true }
                capitals &= capitals - 1
            }
            index += 8
        }
        while index + 1 < count {
            if isCapital(bytes[index]), mayFollowCapital(bytes[index + 1]) { return true }
            index += 1
        }
        return false
    }

    /// The words of a paragraph, with what each could be. Over the raw buffer, counting
    /// letters as it goes: this loop reads every byte of every paragraph that may hold an
    /// acronym, so each byte's classes come from one table look-up.
    private static func tokens(_ bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 6)
        let count = bytes.count
        var index = 0
        byteClasses.withUnsafeBufferPointer { classes in
            func isWordByte(_ byte: UInt8) -> Bool { classes[Int(byte)] & ByteClass.word != 0 }
            while index < count {
                let byte = bytes[index]
                guard isWordByte(byte) else { index += 1; continue }
                // Web addresses hold no acronyms: skip to the next space.
                if (byte == 0x68 || byte == 0x77), startsURL(bytes, index) {
                    while index < count, bytes[index] != 0x20 { index += 1 }
                    continue
                }
                let start = index
                // Most words have a lower-case letter and no capital after the first: they can be
                // neither acronyms nor shouting, and their text is never made.
                // Capitals are counted; of the other classes only whether one was seen matters.
                var capitals = 0
                var seen: UInt8 = 0
                while index < count {
                    let b = bytes[index]
                    let byteClass = classes[Int(b)]
                    if byteClass & ByteClass.inToken != 0 {
                        capitals &+= Int(byteClass & ByteClass.capital)
                        seen |= byteClass
                        index &+= 1
                        continue
                    }
                    if b == 0x27 || b == 0x2D || b == 0x2E || b == 0x2F, index + 1 < count, isWordByte(bytes[index + 1]) { index += 1; continue }
                    if b == 0x27, index + 1 == count || !isWordByte(bytes[index + 1]) { index += 1; break }
                    break
                }
                let other = seen & ByteClass.high != 0, lowers = seen & ByteClass.lower != 0
                let candidate = other || capitals >= 2 || (!lowers && capitals >= 1)
                tokens.append(Token(range: start..<index, candidate: candidate, capital: candidate && !lowers && capitals >= 1 && index - start >= 2,
                                    ascii: !other))
            }
        }
        return tokens
    }

    /// What a byte is to `tokens`, as bits of `byteClasses`.
    private enum ByteClass {
        static let capital: UInt8 = 1, lower: UInt8 = 2, high: UInt8 = 4
        /// `WordScanner.isWordByte`: a letter, a digit, or 0x80 and above.
        static let word: UInt8 = 8
        /// Inside a token: a word byte, `&` or `+`.
        static let inToken: UInt8 = 16
    }

    private static let byteClasses: [UInt8] = (0...255).map { (value: Int) -> UInt8 in
        let byte = UInt8(value)
        var byteClass: UInt8 = 0
        if byte >= 0x41, byte <= 0x5A { byteClass |= ByteClass.capital }
        if byte >= 0x61, byte <= 0x7A { byteClass |= ByteClass.lower }
        if byte >= 0x80 { byteClass |= ByteClass.high }
        if WordScanner.isWordByte(byte) { byteClass |= ByteClass.word | ByteClass.inToken }
        if byte == 0x26 || byte == 0x2B { byteClass |= ByteClass.inToken }
        return byteClass
    }

    /// `Full Name (ACR)`: the shortest run of words before the parenthesis whose initials
    /// fit; else, when a capitalised name precedes, a definition that does not fit.
    private static func definitionBefore(_ position: Int, tokens: [Token], bytes: [UInt8], acronym: String, range: Range<Int>) -> Definition? {
        let first = acronym.utf8.first.map { $0 | 0x20 }
        var start = position - 1
        let limit = max(0, position - 16)
        while start >= limit {
            // Words must be separated by spaces or hyphens only: no clause boundary inside.
            let gapEnd = tokens[start + 1].range.lowerBound
            let gap = bytes[tokens[start].range.upperBound..<gapEnd]
            if start + 1 < position, gap.contains(where: { $0 != 0x20 && $0 != 0x2D && $0 != 0x2C && $0 != 0x27 }) { break }
            if bytes[tokens[start].range.lowerBound] | 0x20 == first {
                let expansion = String(decoding: bytes[tokens[start].range.lowerBound..<tokens[position - 1].range.upperBound], as: UTF8.self)
                if ReferenceAcronymMatcher.fits(acronym, expansion: expansion) {
                    return Definition(acronym: acronym, expansion: expansion, range: range, fits: true)
                }
            }
            start -= 1
        }
        // No fit: a definition that does not fit only when a capitalised name precedes it.
        var nameStart = position - 1
        var capitalised = 0
        func isCapitalised(_ token: Token) -> Bool { WordScanner.isCapitalized(bytes[token.range]) }
        while nameStart >= 0, position - nameStart <= 12 {
            let small = Self.joiningWords.contains(WordScanner.lowerHash(bytes[tokens[nameStart].range]))
            if isCapitalised(tokens[nameStart]) { capitalised += 1 } else if !small { break }
            nameStart -= 1
        }
        nameStart += 1
        while nameStart < position, !isCapitalised(tokens[nameStart]) { nameStart += 1 }
        guard capitalised >= 2, nameStart < position else { return nil }
        let expansion = String(decoding: bytes[tokens[nameStart].range.lowerBound..<tokens[position - 1].range.upperBound], as: UTF8.self)
        return Definition(acronym: acronym, expansion: expansion, range: range, fits: false)
    }

    /// Small words inside a name (`Office on Drugs and Crime`), as lower-case hashes.
    static let joiningWords: Set<UInt64> = Set(["of", "on", "and", "for", "the", "against", "in", "to"].map { WordScanner.lowerHash(Array($0.utf8)[...]) })

    static let urlPrefixes: [[UInt8]] = ["http://", "https://", "www."].map { Array($0.utf8) }

    static func startsURL(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        let byte = bytes[index]
        guard byte == 0x68 || byte == 0x77 else { return false }   // h, w
        for needle in urlPrefixes where bytes.count - index >= needle.count {
            var matched = true
            for offset in 0..<needle.count where bytes[index + offset] != needle[offset] { matched = false; break }
            if matched { return true }
        }
        return false
    }

    /// Tokens in all-capital runs (`STOP THE TRAFFIK`): headings and names in capitals, not
    /// acronyms. One flag per token, or none at all when there is no such run (most paragraphs).
    private static func shoutingTokens(_ tokens: [Token], _ bytes: [UInt8]) -> [Bool] {
        var result: [Bool] = []
        var runStart = 0
        func isCapitalWord(_ token: Token) -> Bool {
            guard token.capital else { return false }
            // ASCII: `capital` already says two bytes or more, a capital and no lower-case letter.
            if token.ascii { return true }
            let text = token.text(bytes)
            return text.count >= 2 && !text.contains { $0.isLowercase } && text.contains { $0.isLetter }
        }
        var index = 0
        while index <= tokens.count {
            if index < tokens.count, isCapitalWord(tokens[index]) { index += 1; continue }
            let run = runStart..<index
            let hasCommonWord = run.count == 2 && run.contains { KnownAcronyms.notAcronyms.contains(tokens[$0].text(bytes)) }
            if run.count >= 3 || (run.count == 2 && hasCommonWord) {
                if result.isEmpty { result = Array(repeating: false, count: tokens.count) }
                for position in run { result[position] = true }
            }
            index += 1
            runStart = index
        }
        return result
    }
}

/// `AcronymMatcher` as it was before it read bytes in temporary memory: arrays for the
/// words of every expansion tried. The reference for the scanner's definitions.
///
/// Does an acronym fit its expansion? Its letters must appear in order as the initials of
/// the expansion's words, or as the first letters of a word (`INTERPOL` ← **Inter**national
/// … **Pol**ice); small words may be skipped, and so may other words (`UNTOC` leaves out
/// "Convention against"), but every letter must be accounted for. Digits must appear too
/// (`COVID-19`).
enum ReferenceAcronymMatcher {
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
