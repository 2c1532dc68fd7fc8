import Foundation
import ClauseLint

/// Finds acronym definitions (`Full Name (ACR)`, `ACR (Full Name)`) and uses in a text.
struct AcronymScanner {
    /// A definition's other half: `Full Name (ACR)` or `ACR (Full Name)`.
    struct Definition {
        /// Byte range of the expansion in the text: a String is made of it only for a finding.
        var expansion: Range<Int>
        /// The acronym's letters fit the expansion.
        var fits: Bool
    }

    /// An acronym in a text: a definition, or a use (in the singular: `NGOs` is a use of `NGO`).
    struct Found {
        var acronym: String
        /// Byte range of the token as written (inside the parentheses, for `Full Name (ACR)`).
        var range: Range<Int>
        /// Nil for a use.
        var definition: Definition?
    }

    typealias Token = AcronymTokenizer.Token

    /// The words around the sites of a paragraph, kept from paragraph to paragraph so their
    /// array is allocated once.
    private var tokens: [Token] = []

    /// `acronym(_:)` of an ASCII token (nearly all tokens), `bytes[range]`, step for step
    /// the same rules, judged by bytes rather than Characters and without slices: the
    /// String is made only for an acronym.
    private static func acronym(ascii bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String? {
        let start = range.lowerBound
        var end = range.upperBound
        func endsWith(_ first: UInt8, _ second: UInt8) -> Bool { end - start >= 2 && bytes[end - 2] == first && bytes[end - 1] == second }
        // Possessives and plurals: 's, s', ' and a final s after a capital.
        if endsWith(0x27, 0x73) { end -= 2 }
        if endsWith(0x73, 0x27) { end -= 2 }
        if end > start, bytes[end - 1] == 0x27 { end -= 1 }
        if end - start >= 3, bytes[end - 1] == 0x73, isCapital(bytes[end - 2]) { end -= 1 }
        while end > start, bytes[end - 1] == 0x2E || bytes[end - 1] == 0x2D { end -= 1 }
        guard end - start >= 2, isCapital(bytes[start]) else { return nil }
        var capitals = 0
        var dots = false, slash = false, digits = false, onlyRomanLetters = true
        // Dotted initials (U.S., U.K.) are the same acronym as their letters: every run
        // between dots is one byte.
        var run = 0, longestRun = 0
        for byte in bytes[start..<end] {
            if byte == 0x2E { run = 0 } else { run += 1; longestRun = max(longestRun, run) }
            if isCapital(byte) {
                capitals += 1
                switch byte {
                case 0x49, 0x56, 0x58, 0x4C, 0x43, 0x44, 0x4D: break   // I V X L C D M
                default: onlyRomanLetters = false
                }
                continue
            }
            onlyRomanLetters = false
            switch byte {
            case 0x30...0x39: digits = true
            case 0x2E: dots = true
            case 0x2F: slash = true
            case 0x2D, 0x26, 0x2B: break
            default: return nil
            }
        }
        guard capitals >= 2 else { return nil }
        let value: String
        if dots, longestRun == 1 {
            let letters = bytes[start..<end].filter { $0 != 0x2E }
            if letters.withUnsafeBufferPointer(KnownAcronyms.isNotAcronym) { return nil }
            value = String(decoding: letters, as: UTF8.self)
            onlyRomanLetters = letters.allSatisfy { "IVXLCDM".utf8.contains($0) }
        } else {
            let core = UnsafeBufferPointer(rebasing: bytes[start..<end])
            if KnownAcronyms.isNotAcronym(ascii: core) { return nil }
            value = String(decoding: core, as: UTF8.self)
        }
        // Roman numerals (II, XXV) are not acronyms.
        if onlyRomanLetters, LabelSequence.romanValue(value.lowercased()) != nil { return nil }
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

    func scan(_ text: String) -> [Found] {
        var scanner = self
        var found: [Found] = []
        scanner.scan(bytes: Array(text.utf8), into: &found)
        return found
    }

    /// Appends the acronyms of `bytes` to `found`, in text order.
    mutating func scan(bytes: [UInt8], into found: inout [Found]) {
        guard let site = Self.firstSite(bytes) else { return }
        scan(bytes: bytes, from: site, into: &found)
    }

    /// Where the first word that may be an acronym starts in `bytes`, or nil when none
    /// may (most paragraphs): then there is nothing to scan.
    static func firstSite(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { nextSite($0, from: 0) }
    }

    /// Appends the acronyms of `bytes` to `found`, in text order; `site` is `firstSite(bytes)`.
    mutating func scan(bytes: [UInt8], from site: Int, into found: inout [Found]) {
        bytes.withUnsafeBufferPointer { buffer in
            AcronymTokenizer.byteClasses.withUnsafeBufferPointer { classes in
                Self.scan(bytes, buffer, classes, from: site, &tokens, into: &found)
            }
        }
    }

    /// Words a definition may look back: the expansion before `(ACR)` is at most sixteen
    /// words, a capitalised name twelve.
    private static let wordsBefore = 16
    /// Words a shouted run is looked for on each side: three in a row make a run.
    private static let wordsAround = 2

    /// Only the words that start at a `site` (a capital followed by what may follow one in
    /// an acronym) can be acronyms: each is judged with the words around it, and the text
    /// is tokenized only there. `first` is the first site.
    private static func scan(_ array: [UInt8], _ bytes: UnsafeBufferPointer<UInt8>, _ classes: UnsafeBufferPointer<UInt8>,
                             from first: Int, _ tokens: inout [Token], into found: inout [Found]) {
        var site = first
        var window = AcronymTokenWindow(bytes, classes, before: wordsBefore, after: wordsAround)
        tokens.removeAll(keepingCapacity: true)
        // Room for a site's words and then some, so the array seldom grows.
        tokens.reserveCapacity(wordsBefore + wordsAround + 48)
        while true {
            let from = judge(site, &window, &tokens, array, bytes, into: &found)
            guard let next = nextSite(bytes, from: from) else { return }
            site = next
        }
    }

    /// Judges the word at `site`, if one starts there, and returns where to look for the
    /// next site: after that word.
    private static func judge(_ site: Int, _ window: inout AcronymTokenWindow, _ tokens: inout [Token], _ array: [UInt8],
                              _ bytes: UnsafeBufferPointer<UInt8>, into found: inout [Found]) -> Int {
        // Not in a word: in a web address, all of which is passed at once.
        guard let position = window.position(of: site, in: &tokens) else { return window.nextWordStart(tokens) }
        let token = tokens[position]
        guard token.lowerBound == site, token.candidate, !isShouting(position, tokens, array, bytes),
              let acronym = token.ascii ? acronym(ascii: bytes, token.range) : acronym(token.text(bytes)) else { return token.upperBound }
        let before = token.lowerBound > 0 ? bytes[token.lowerBound - 1] : 0
        let after = token.upperBound < bytes.count ? bytes[token.upperBound] : 0
        // Full Name (ACR)
        if before == 0x28, after == 0x29, position > 0,
           let definition = definitionBefore(position, tokens: tokens, array, bytes, acronym: acronym) {
            found.append(Found(acronym: acronym, range: token.range, definition: definition))
            return token.upperBound
        }
        // ACR (Full Name)
        if after == 0x20, token.upperBound + 1 < bytes.count, bytes[token.upperBound + 1] == 0x28,
           let close = array[(token.upperBound + 1)...].prefix(200).firstIndex(of: 0x29) {
            let inside = UnsafeBufferPointer(rebasing: bytes[(token.upperBound + 2)..<close])
            if AcronymMatcher.fits(acronym, expansion: inside, minimumWords: 2) {
                let definition = Definition(expansion: (token.upperBound + 2)..<close, fits: true)
                found.append(Found(acronym: acronym, range: token.range, definition: definition))
                return token.upperBound
            }
        }
        found.append(Found(acronym: acronym, range: token.range))
        return token.upperBound
    }

    /// The first byte from `from` on that is a capital followed by a byte that may follow
    /// the first letter of an acronym: an acronym has no lower-case letter, starts with an
    /// ASCII capital and has a second capital, so its first letter is followed by a
    /// capital, a digit, `.` `-` `&` `/` `+` `'` or a non-ASCII byte. Most paragraphs have
    /// no such pair.
    private static func nextSite(_ bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        let count = bytes.count
        func mayFollowCapital(_ next: UInt8) -> Bool {
            (next >= 0x41 && next <= 0x5A) || (next >= 0x30 && next <= 0x39) || next >= 0x80
                || next == 0x2E || next == 0x2D || next == 0x26 || next == 0x2F || next == 0x2B || next == 0x27
        }
        /// The first of the capitals flagged in the block at `index` that is a site.
        @inline(__always) func site(_ capitals: UInt64, at index: Int) -> Int? {
            var capitals = capitals
            while capitals != 0 {
                let at = index &+ ByteLanes.first(capitals)
                if at &+ 1 < count, mayFollowCapital(bytes[at &+ 1]) { return at }
                capitals &= capitals &- 1
            }
            return nil
        }
        var index = max(0, from)
        // Thirty-two bytes at a time, sieved first: a capital has bit 5 clear, and no
        // lower-case letter, digit, space or common punctuation mark has, so most blocks
        // pass on four ANDs.
        while index &+ 32 <= count {
            let first = ByteLanes.load(bytes, index), second = ByteLanes.load(bytes, index &+ 8)
            let third = ByteLanes.load(bytes, index &+ 16), fourth = ByteLanes.load(bytes, index &+ 24)
            guard first & second & third & fourth & bit5 != bit5 else {
                // After a block that passes, the next ones often do too: sixty-four bytes at
                // a time while they do (text with capitals everywhere never gets here).
                index &+= 32
                while index &+ 64 <= count, ByteLanes.load(bytes, index) & ByteLanes.load(bytes, index &+ 8) & ByteLanes.load(bytes, index &+ 16)
                        & ByteLanes.load(bytes, index &+ 24) & ByteLanes.load(bytes, index &+ 32) & ByteLanes.load(bytes, index &+ 40)
                        & ByteLanes.load(bytes, index &+ 48) & ByteLanes.load(bytes, index &+ 56) & bit5 == bit5 {
                    index &+= 64
                }
                continue
            }
            if let at = site(candidates(first, second), at: index) ?? site(candidates(second, third), at: index &+ 8)
                ?? site(candidates(third, fourth), at: index &+ 16) ?? site(candidates(fourth, 0), at: index &+ 24) {
                return at
            }
            index &+= 32
        }
        while index &+ 8 <= count {
            let lanes = ByteLanes.load(bytes, index)
            if lanes & bit5 != bit5, let at = site(candidates(lanes, 0), at: index) { return at }
            index &+= 8
        }
        guard index < count else { return nil }
        // Fewer than eight bytes left: the text's last eight in one load (when it has
        // eight), without the flags of those before `index`, looked at already.
        if count >= 8 {
            let start = count &- 8
            let lanes = ByteLanes.load(bytes, start)
            guard lanes & bit5 != bit5 else { return nil }
            return site(candidates(lanes, 0) & (~0 << UInt64(8 &* (index &- start))), at: start)
        }
        while index &+ 1 < count {
            if isCapital(bytes[index]), mayFollowCapital(bytes[index &+ 1]) { return index }
            index &+= 1
        }
        return nil
    }

    /// Bit 5 of each of eight bytes.
    private static let bit5: UInt64 = 0x2020_2020_2020_2020

    /// Flags of the capitals in `lanes` not followed by a lower-case letter (most
    /// capitals are, and are no site); `following` is the next eight bytes (zero when
    /// unknown: the last capital is then kept, for `site` to judge).
    private static func candidates(_ lanes: UInt64, _ following: UInt64) -> UInt64 {
        let capitals = ByteLanes.inRange(lanes, 0x41, 0x5A)
        guard capitals != 0 else { return 0 }
        return capitals & ~ByteLanes.inRange(lanes >> 8 | following << 56, 0x61, 0x7A)
    }

    /// `Full Name (ACR)`: the shortest run of words before the parenthesis whose initials
    /// fit; else, when a capitalised name precedes, a definition that does not fit.
    private static func definitionBefore(_ position: Int, tokens: [Token], _ array: [UInt8], _ bytes: UnsafeBufferPointer<UInt8>,
                                         acronym: String) -> Definition? {
        let first = acronym.utf8.first.map { $0 | 0x20 }
        let end = tokens[position - 1].upperBound
        var start = position - 1
        let limit = max(0, position - wordsBefore)
        while start >= limit {
            // Words must be separated by spaces or hyphens only: no clause boundary inside.
            let gap = bytes[tokens[start].upperBound..<tokens[start + 1].lowerBound]
            if start + 1 < position, gap.contains(where: { $0 != 0x20 && $0 != 0x2D && $0 != 0x2C && $0 != 0x27 }) { break }
            if bytes[tokens[start].lowerBound] | 0x20 == first {
                let expansion = UnsafeBufferPointer(rebasing: bytes[tokens[start].lowerBound..<end])
                if AcronymMatcher.fits(acronym, expansion: expansion) {
                    return Definition(expansion: tokens[start].lowerBound..<end, fits: true)
                }
            }
            start -= 1
        }
        // No fit: a definition that does not fit only when a capitalised name precedes it.
        var nameStart = position - 1
        var capitalised = 0
        func isCapitalised(_ token: Token) -> Bool { WordScanner.isCapitalized(array[token.range]) }
        while nameStart >= 0, position - nameStart <= 12 {
            let small = Self.joiningWords.contains(WordScanner.lowerHash(bytes[tokens[nameStart].range]))
            if isCapitalised(tokens[nameStart]) { capitalised += 1 } else if !small { break }
            nameStart -= 1
        }
        nameStart += 1
        while nameStart < position, !isCapitalised(tokens[nameStart]) { nameStart += 1 }
        guard capitalised >= 2, nameStart < position else { return nil }
        return Definition(expansion: tokens[nameStart].lowerBound..<end, fits: false)
    }

    /// Small words inside a name (`Office on Drugs and Crime`), as lower-case hashes.
    static let joiningWords: Set<UInt64> = Set(["of", "on", "and", "for", "the", "against", "in", "to"].map { WordScanner.lowerHash(Array($0.utf8)[...]) })

    /// In a run of all-capital words (`STOP THE TRAFFIK`): headings and names in capitals,
    /// not acronyms. A run is three such words, or two when one is a common word; the
    /// window holds the two words on each side.
    private static func isShouting(_ position: Int, _ tokens: [Token], _ array: [UInt8], _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        func isCapitalWord(_ token: Token) -> Bool {
            guard token.capital else { return false }
            // ASCII: `capital` already says two bytes or more, a capital and no lower-case letter.
            if token.ascii { return true }
            let text = token.text(bytes)
            return text.count >= 2 && !text.contains { $0.isLowercase } && text.contains { $0.isLetter }
        }
        guard isCapitalWord(tokens[position]) else { return false }
        var left = 0, right = 0
        while left < wordsAround, position - left > 0, isCapitalWord(tokens[position - left - 1]) { left += 1 }
        while right < wordsAround, position + right + 1 < tokens.count, isCapitalWord(tokens[position + right + 1]) { right += 1 }
        if left + right >= 2 { return true }
        guard left + right == 1 else { return false }
        func isCommonWord(_ token: Token) -> Bool {
            token.ascii ? KnownAcronyms.isNotAcronym(ascii: UnsafeBufferPointer(rebasing: bytes[token.range]))
                : KnownAcronyms.notAcronyms.contains(token.text(bytes))
        }
        return isCommonWord(tokens[position]) || isCommonWord(tokens[left == 1 ? position - 1 : position + 1])
    }
}
