import Foundation

/// What one paragraph looks like to the clause-tree builder, worked out once.
struct BlockAnalysis {
    enum Role: Equatable {
        /// `Code: CCPCJ/1/1`, `Committee: …`, `Topic: …`, `Sponsors: …`.
        case metadata(key: String, value: String)
        /// `The General Assembly,` / `*The Security Council*,` / `To the General Assembly:`.
        case authoringBody(String)
        /// `The Delegation of Bhutan hereby:`: the preamble ends here.
        case operativeIntroduction
        /// `ANNEX 1 …`.
        case annex(String)
        /// `Belarus: draft resolution`.
        case sponsorLine(String)
        /// `S/RES/2139(2013)`, `United Nations A/RES/73/8`.
        case documentSymbol(String)
        /// `68/262. Territorial integrity of Ukraine`: symbol and title of an adopted resolution.
        case resolutionTitle(symbol: String, title: String)
        /// A labelled or phrase-led paragraph that can be a clause.
        case clauseCandidate
        /// Anything else: prose, headings, footnotes.
        case other
    }

    var role: Role
    /// The label when `labelFamily` is set, a blank one otherwise: kept out of an Optional,
    /// whose copies and destroys go through the runtime's generic value witnesses.
    private var labelStorage = Self.blankLabel
    /// The label's family, nil when there is no label: a plain value, so the walk tests
    /// for a label without copying one (and its strings).
    private(set) var labelFamily: LabelFamily?

    private static let blankLabel = ClauseLabel(value: "", style: .period, family: .decimal, range: 0..<0, written: "", generated: false)

    var label: ClauseLabel? { labelFamily == nil ? nil : labelStorage }
    /// The label's value (`b`, `iv`, `3`), read in place.
    var labelValue: String? { labelFamily == nil ? nil : labelStorage.value }
    /// Offset where the text after the label starts.
    var contentStart: Int
    var opening: OpeningMatch?
    /// The last meaningful character: `,` `;` `:` `.` or 0.
    var finalPunctuation: UInt8

    var isDecimalLabelled: Bool { labelFamily == .decimal }

    static let metadataKeys: [String: String] = [
        "code": "code", "committee": "committee", "topic": "topic", "sponsors": "sponsors", "sponsor": "sponsors",
        "co-sponsors": "sponsors", "submitted by": "sponsors", "signatories": "signatories", "signatory": "signatories",
        "question of": "topic", "subject": "topic", "agenda item": "topic", "main submitter": "sponsors",
    ]
    static let bodyNouns = ["assembly", "council", "commission", "committee", "conference", "organization",
                            "board", "forum", "summit", "court", "parliament", "meeting", "convention", "body", "delegation", "delegates"]

    /// An analysis of nothing yet (`analyse` fills it in).
    init() {
        role = .other
        labelFamily = nil
        contentStart = 0
        opening = nil
        finalPunctuation = 0
    }

    /// Analyses `block` into this value, which is fresh from `init()`. A mutating method, so
    /// the caller can fill an analysis in its array in place: one made by an initializer
    /// (around the closure that lends the text's bytes) would be copied out and destroyed.
    /// The lexicon is borrowed: copying its sets for every paragraph costs a retain and a
    /// release each. `words` is the lexicon's scratch space, reused from paragraph to paragraph.
    mutating func analyse(_ block: TextBlock, lexicon: borrowing PhraseLexicon, words: inout LeadingWords) {
        // The text's own bytes, read in place: no copy of each paragraph (nor of the string,
        // whose bytes a reader's text has in one piece).
        let text = block.text
        if text.utf8.withContiguousStorageIfAvailable({ bytes in read(block, text: text, bytes: bytes, lexicon: lexicon, words: &words) }) == nil {
            var copy = text
            copy.withUTF8 { bytes in read(block, text: text, bytes: bytes, lexicon: lexicon, words: &words) }
        }
    }

    private mutating func read(_ block: TextBlock, text: String, bytes: UnsafeBufferPointer<UInt8>, lexicon: borrowing PhraseLexicon,
                               words: inout LeadingWords) {
        finalPunctuation = Self.finalPunctuation(bytes)
        guard block.kind == .paragraph || block.kind == .listItem else {
            if block.kind == .heading, let annex = Self.annexTitle(text, bytes) { role = .annex(annex) }
            return
        }

        if let (key, value) = Self.metadata(bytes) {
            role = .metadata(key: key, value: value)
            return
        }
        if let annex = Self.annexTitle(text, bytes) { role = .annex(annex); return }
        if let body = Self.authoringBody(text, bytes) { role = .authoringBody(body); return }
        if Self.isOperativeIntroduction(text, bytes) { role = .operativeIntroduction; return }
        // The bytes rule most paragraphs out first: no other spelling of these ASCII words exists.
        if Self.endsWith(bytes, ": draft resolution") && text.hasSuffix(": draft resolution")
            || Self.endsWith(bytes, ": draft decision") && text.hasSuffix(": draft decision") {
            role = .sponsorLine(String(text.dropLast(text.hasSuffix(": draft resolution") ? 18 : 16)))
            return
        }
        if let symbol = Self.documentSymbol(text, bytes) { role = .documentSymbol(symbol); return }
        if let (symbol, title) = Self.resolutionTitle(text, bytes) { role = .resolutionTitle(symbol: symbol, title: title); return }

        if var generated = block.generatedLabel, let parsed = generated.withUTF8(Self.parseLabel) {
            labelStorage = ClauseLabel(value: parsed.value, style: parsed.style, family: parsed.family, range: 0..<0,
                                       written: generated, generated: true)
            labelFamily = parsed.family
        } else if let parsed = Self.parseLabel(bytes) {
            labelStorage = ClauseLabel(value: parsed.value, style: parsed.style, family: parsed.family,
                                       range: 0..<parsed.length, written: String(decoding: bytes[0..<parsed.length], as: UTF8.self),
                                       generated: false)
            labelFamily = parsed.family
            contentStart = parsed.contentStart
        }
        // The content's bytes: the label and its space are ASCII, so this is where its characters start.
        opening = lexicon.match(UnsafeBufferPointer(rebasing: bytes[contentStart...]), reading: &words)
        if labelFamily != nil || opening != nil { role = .clauseCandidate }
    }

    // MARK: Recognisers

    struct ParsedLabel {
        var value: String
        var style: LabelStyle
        var family: LabelFamily
        var length: Int
        var contentStart: Int
    }

    /// `1.` `12)` `(a)` `a.` `iv)` `(ii)` `A.` at the start of a paragraph, followed by a space.
    static func parseLabel(_ bytes: UnsafeBufferPointer<UInt8>) -> ParsedLabel? {
        guard !bytes.isEmpty else { return nil }
        var cursor = 0
        let parenthesized = bytes[0] == 0x28
        if parenthesized { cursor = 1 }
        let valueStart = cursor
        while cursor < bytes.count, cursor - valueStart < 5,
              (bytes[cursor] >= 0x30 && bytes[cursor] <= 0x39) || (bytes[cursor] | 0x20 >= 0x61 && bytes[cursor] | 0x20 <= 0x7A) {
            cursor += 1
        }
        let valueEnd = cursor
        guard valueEnd > valueStart, cursor < bytes.count else { return nil }
        // The value is ASCII letters and digits: classified by bytes, not Characters.
        let valueBytes = bytes[valueStart..<valueEnd]
        let style: LabelStyle
        if parenthesized {
            guard bytes[cursor] == 0x29 else { return nil }
            style = .parenthesized
        } else if bytes[cursor] == 0x2E {
            style = .period
        } else if bytes[cursor] == 0x29 {
            style = .closingParenthesis
        } else {
            return nil
        }
        cursor += 1
        let length = cursor
        // The label stands alone or is followed by a space.
        if cursor < bytes.count {
            guard bytes[cursor] == 0x20 else { return nil }
            cursor += 1
        }
        // Made only now: most paragraphs are ruled out above.
        let value = String(decoding: valueBytes, as: UTF8.self)
        let family: LabelFamily
        if valueBytes.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
            guard valueBytes.count <= 3 else { return nil }
            family = .decimal
        } else if valueBytes.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) {
            if LabelSequence.isRoman(value) { family = .lowerRoman }
            else if LabelSequence.ordinal(of: value, family: .lowerLetter) != nil { family = .lowerLetter }
            else { return nil }
        } else if valueBytes.allSatisfy({ $0 >= 0x41 && $0 <= 0x5A }) {
            // "A." starts sentences with initials too rarely to matter; "UN." does not qualify.
            if LabelSequence.isRoman(value) && valueBytes.count > 1 { family = .upperRoman }
            else if valueBytes.count == 1 { family = .upperLetter }
            else if LabelSequence.isRoman(value) { family = .upperRoman }
            else { return nil }
        } else {
            return nil
        }
        return ParsedLabel(value: value, style: style, family: family, length: length, contentStart: cursor)
    }

    static func metadata(_ bytes: UnsafeBufferPointer<UInt8>) -> (String, String)? {
        let searched = min(bytes.count, 24)
        guard searched > 0, let found = memchr(bytes.baseAddress!, 0x3A, searched) else { return nil }
        let colon = UnsafeRawPointer(found) - UnsafeRawPointer(bytes.baseAddress!)
        guard let canonical = metadataKeys[metadataKey(UnsafeBufferPointer(rebasing: bytes[0..<colon]))] else { return nil }
        var valueStart = colon + 1
        while valueStart < bytes.count, bytes[valueStart] == 0x20 || bytes[valueStart] == 0x09 { valueStart += 1 }
        return (canonical, String(decoding: bytes[valueStart...], as: UTF8.self))
    }

    /// The text before a metadata colon, lower-cased and trimmed of spaces. By bytes when it
    /// is ASCII (the same result: there a character is a byte, and only `A`–`Z` change case).
    static func metadataKey(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard bytes.allSatisfy({ $0 < 0x80 && $0 != 0x0D && $0 != 0x0A }) else {
            return String(decoding: bytes, as: UTF8.self).lowercased().trimmingSpaces
        }
        var start = 0, end = bytes.count
        while start < end, bytes[start] == 0x20 { start += 1 }
        while end > start, bytes[end - 1] == 0x20 { end -= 1 }
        return String(unsafeUninitializedCapacity: end - start) { key in
            for offset in 0..<(end - start) {
                let byte = bytes[start + offset]
                key[offset] = byte &- 0x41 < 26 ? byte | 0x20 : byte
            }
            return end - start
        }
    }

    static func annexTitle(_ text: String, _ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard bytes.count <= 120, bytes.count >= 5 else { return nil }
        let prefix = String(decoding: bytes.prefix(5), as: UTF8.self)
        guard prefix == "ANNEX" || prefix == "Annex" else { return nil }
        if bytes.count > 5, bytes[5] != 0x20, bytes[5] != 0x3A { return nil }
        if finalPunctuation(bytes) == 0x2C || finalPunctuation(bytes) == 0x3B { return nil }
        return text
    }

    /// `The General Assembly,` and its variants; returns the body without punctuation.
    static func authoringBody(_ text: String, _ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard bytes.count <= 140, let last = bytes.last, last == 0x2C || last == 0x3A,
              startsWithTheOrToThe(bytes) else { return nil }
        if bytes.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return asciiAuthoringBody(bytes) }
        return unicodeAuthoringBody(text, bytes)
    }

    /// `authoringBody` for any text, by Unicode strings.
    static func unicodeAuthoringBody(_ text: String, _ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var body = String(text.dropLast()).trimmingSpaces
        let lower = body.lowercased()
        guard lower.hasPrefix("the ") || lower.hasPrefix("to the "), !Self.containsHereby(bytes) else { return nil }
        if lower.hasPrefix("to the ") {
            body = String(body.dropFirst(7))
            body = "The " + body
        } else if !lower.hasPrefix("the ") {
            return nil
        }
        let words = body.split(separator: " ")
        guard words.count >= 2, words.count <= 14 else { return nil }
        let lowerBody = body.lowercased()
        guard bodyNouns.contains(where: { lowerBody.contains($0) }) else { return nil }
        // Every word after "The" is capitalised or a small joining word.
        for word in words.dropFirst() where !smallBodyWords.contains(word.lowercased()) {
            guard let first = word.first, first.isUppercase || first == "(" || lastChanceLowercaseBody(word) else { return nil }
        }
        return body
    }

    /// `the ` or `to the ` in any case after leading spaces: true for every body line, so
    /// most paragraphs are ruled out before any string is made. (No character outside
    /// ASCII lower-cases to these letters, so the test on bytes cannot miss a body line.)
    static func startsWithTheOrToThe(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var start = 0
        while start < bytes.count, bytes[start] == 0x20 { start += 1 }
        func matches(_ prefix: StaticString) -> Bool {
            guard bytes.count - start >= prefix.utf8CodeUnitCount else { return false }
            return prefix.withUTF8Buffer { prefix in
                prefix.indices.allSatisfy { bytes[start + $0] | 0x20 == prefix[$0] | 0x20 }
            }
        }
        return matches("the ") || matches("to the ")
    }

    /// `authoringBody` for a line of printable ASCII, by bytes: the same tests without
    /// Unicode strings (in ASCII a character is a byte, and only `A`–`Z` are upper case).
    static func asciiAuthoringBody(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        // The line without its final `,` or `:`, trimmed of spaces.
        var start = 0, end = bytes.count - 1
        while start < end, bytes[start] == 0x20 { start += 1 }
        while end > start, bytes[end - 1] == 0x20 { end -= 1 }
        var lower = Array(bytes[start..<end])
        for index in lower.indices where lower[index] &- 0x41 < 26 { lower[index] |= 0x20 }
        let the = Array("the ".utf8), toThe = Array("to the ".utf8)
        let isTo = lower.starts(with: toThe)
        guard isTo || lower.starts(with: the), !containsHereby(bytes) else { return nil }
        // "To the X" reads as "The X".
        let body = isTo ? Array("The ".utf8) + bytes[(start + 7)..<end] : Array(bytes[start..<end])
        if isTo { lower = the + lower[7...] }
        // The words: runs of bytes between spaces.
        var words: [Range<Int>] = []
        var cursor = 0
        while cursor < body.count, words.count <= 14 {
            while cursor < body.count, body[cursor] == 0x20 { cursor += 1 }
            let wordStart = cursor
            while cursor < body.count, body[cursor] != 0x20 { cursor += 1 }
            if cursor > wordStart { words.append(wordStart..<cursor) }
        }
        guard words.count >= 2, words.count <= 14 else { return nil }
        guard containsAny(lower, bodyNounBytes) else { return nil }
        // Every word after "The" is capitalised or a small joining word (compared lower-cased, by bytes).
        for word in words.dropFirst() {
            let bytes = body[word]
            if isListed(bytes, in: smallBodyWordBytes) { continue }
            guard let first = bytes.first, first &- 0x41 < 26 || first == 0x28 || isListed(bytes, in: lastChanceBodyWordBytes) else { return nil }
        }
        return String(decoding: body, as: UTF8.self)
    }

    static let smallBodyWords: Set<String> = ["of", "on", "and", "for", "the", "to", "in", "against", "de", "des", "la"]
    static let smallBodyWordBytes: [[UInt8]] = smallBodyWords.map { Array($0.utf8) }
    static let bodyNounBytes: [[UInt8]] = bodyNouns.map { Array($0.utf8) }

    /// True when one of `runs` (none empty) occurs in `bytes`: a scan that tests the first
    /// byte before comparing the rest.
    static func containsAny(_ bytes: [UInt8], _ runs: [[UInt8]]) -> Bool {
        bytes.withUnsafeBufferPointer { bytes in
            runs.contains { run in
                guard let first = run.first, run.count <= bytes.count else { return false }
                for start in 0...(bytes.count - run.count) where bytes[start] == first {
                    var offset = 1
                    while offset < run.count, bytes[start + offset] == run[offset] { offset += 1 }
                    if offset == run.count { return true }
                }
                return false
            }
        }
    }
    static let lastChanceBodyWordBytes: [[UInt8]] = lastChanceBodyWords.map { Array($0.utf8) }

    /// True when the ASCII `word`, lower-cased, is one of `list` (lower-case ASCII words).
    static func isListed(_ word: ArraySlice<UInt8>, in list: [[UInt8]]) -> Bool {
        list.contains { listed in
            listed.count == word.count && zip(listed, word).allSatisfy { $0 == ($1 &- 0x41 < 26 ? $1 | 0x20 : $1) }
        }
    }

    /// "To the general assembly:" is written in lower case by some delegates.
    private static func lastChanceLowercaseBody(_ word: Substring) -> Bool {
        lastChanceBodyWords.contains(word.lowercased())
    }

    static let lastChanceBodyWords = ["general", "assembly", "security", "council", "commission", "committee"]

    static func isOperativeIntroduction(_ text: String, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count <= 160, let last = bytes.last, last == 0x3A || last == 0x2C else { return false }
        if containsHereby(bytes) { return true }
        // "We" in any case, checked on bytes before the text is lower-cased.
        guard bytes.count >= 7, bytes[0] | 0x20 == 0x77, bytes[1] | 0x20 == 0x65 else { return false }
        let lower = text.lowercased()
        return lower.hasPrefix("we the ") || lower.hasPrefix("we, the ")
    }

    /// `hereby` in any case, found by a byte scan (Foundation's `contains` is slow here).
    static func containsHereby(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let word: [UInt8] = Array("hereby".utf8)
        guard bytes.count >= word.count else { return false }
        for start in 0...(bytes.count - word.count) where bytes[start] | 0x20 == 0x68 {
            var matched = true
            for offset in 1..<word.count where bytes[start + offset] | 0x20 != word[offset] { matched = false; break }
            if matched { return true }
        }
        return false
    }

    /// A short line that is a UN document symbol (with an optional "United Nations" prefix).
    static func documentSymbol(_ text: String, _ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard bytes.count <= 48 else { return nil }
        var candidate = Substring(text)
        if candidate.hasPrefix("United Nations ") { candidate = candidate.dropFirst(15) }
        guard let first = candidate.first, first.isUppercase, candidate.contains("/" as Character), candidate.contains(where: \.isNumber),
              !candidate.contains(" " as Character) || candidate.hasSuffix(")") else { return nil }
        guard candidate.allSatisfy({ $0.isUppercase || $0.isNumber || "/.-() ".contains($0) }) else { return nil }
        return String(candidate)
    }

    /// `68/262. Territorial integrity of Ukraine`, `ES-11/1. Aggression against Ukraine`.
    static func resolutionTitle(_ text: String, _ bytes: UnsafeBufferPointer<UInt8>) -> (String, String)? {
        // The same first test on the bytes, which most paragraphs fail.
        guard bytes.count <= 300, let byteDot = bytes.prefix(14).firstIndex(of: 0x2E),
              bytes[..<byteDot].contains(0x2F) else { return nil }
        // The symbol is short: look for its full stop in the first few bytes only.
        guard text.utf8.count <= 300, let dotOffset = text.utf8.prefix(14).firstIndex(of: 0x2E),
              text.utf8[..<dotOffset].contains(0x2F) else { return nil } // no "/" before the full stop: no symbol
        let dot = String.Index(dotOffset, within: text) ?? text.startIndex
        guard dot > text.startIndex else { return nil }
        let symbol = text[..<dot]
        guard symbol.contains("/" as Character), symbol.count <= 12,
              symbol.allSatisfy({ $0.isNumber || $0 == "/" || $0 == "-" || $0 == "E" || $0 == "S" }),
              symbol.last?.isNumber == true else { return nil }
        let title = text[text.index(after: dot)...].trimmingCharacters(in: " ")
        guard !title.isEmpty else { return nil }
        return (String(symbol), title)
    }

    static func endsWith(_ bytes: UnsafeBufferPointer<UInt8>, _ suffix: StaticString) -> Bool {
        let count = suffix.utf8CodeUnitCount
        guard bytes.count >= count else { return false }
        // From the last byte back: most paragraphs differ there at once.
        return suffix.withUTF8Buffer { suffix in
            var offset = count
            while offset > 0, bytes[bytes.count - count + offset - 1] == suffix[offset - 1] { offset -= 1 }
            return offset == 0
        }
    }

    static func finalPunctuation(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt8 {
        var end = bytes.count
        while end > 0, bytes[end - 1] == 0x20 { end -= 1 }
        // A footnote number after the punctuation ("resolution 72/4;1") is not part of it.
        var digits = end
        while digits > 0, end - digits < 2, bytes[digits - 1] >= 0x30, bytes[digits - 1] <= 0x39 { digits -= 1 }
        if digits < end, digits > 0, [0x2C, 0x3B, 0x3A, 0x2E].contains(bytes[digits - 1]) { end = digits }
        guard end > 0 else { return 0 }
        return bytes[end - 1]
    }
}

extension StringProtocol {
    func trimmingCharacters(in set: Character) -> String {
        var slice = Substring(self)
        while slice.first == set { slice = slice.dropFirst() }
        while slice.last == set { slice = slice.dropLast() }
        return String(slice)
    }
}

extension String {
    var trimmingSpaces: String {
        var scalars = Substring(self)
        while scalars.first == " " { scalars = scalars.dropFirst() }
        while scalars.last == " " { scalars = scalars.dropLast() }
        return String(scalars)
    }
}
