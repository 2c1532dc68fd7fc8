import Foundation
import ClauseLint
@testable import LintRules

/// `CitationScanner` as it was before its numbers were read from the bytes (commit b2b43db):
/// the reference the scanner is checked against.
struct PreviousCitationScanner {
    let authoringBody: CitationBody?

    /// Month names, lower-case, in order: a dozen short strings are compared faster than a
    /// dictionary hashes one.
    static let months = ["january", "february", "march", "april", "may", "june", "july",
                         "august", "september", "october", "november", "december"]

    func scan(_ bytes: [UInt8]) -> [Citation] {
        var citations: [Citation] = []
        var index = 0
        let count = bytes.count
        while true {
            index = bytes.withUnsafeBufferPointer { Self.nextCandidate($0, from: index) }
            guard index < count else { break }
            // Full symbols anywhere: A/RES/…, S/RES/…, E/RES/…, A/HRC/RES/…, A/Res/….
            if Self.isWordStart(bytes, index), let (body, length, lowerRes) = Self.symbolPrefix(bytes, index) {
                var cursor = index + length
                if var citation = parseSymbol(bytes, &cursor, start: index, prefixBody: body) {
                    if lowerRes { citation.symbol = .lowerCaseRes(written: citation.text) }
                    citations.append(citation)
                    index = cursor
                    continue
                }
            }
            // "resolution(s)" followed by symbols.
            if Self.isWordStart(bytes, index), let length = Self.keyword(bytes, index) {
                var cursor = index + length
                let (body, explicit) = bodyBefore(bytes, index)
                var list: [Citation] = []
                while true {
                    while cursor < count, bytes[cursor] == 0x20 { cursor += 1 }
                    if list.isEmpty, Self.startsWith(bytes, cursor, "such as ") { cursor += 8 }
                    let start = cursor
                    // "resolution A/64/293": a document symbol where a resolution was meant.
                    if let document = Self.documentSymbol(bytes, cursor) {
                        let written = String(decoding: bytes[cursor..<document.end], as: UTF8.self)
                        list.append(Citation(symbol: .documentSymbol(written: written, suggested: document.suggested),
                                             range: cursor..<document.end, text: written, body: .generalAssembly, explicitBody: true))
                        cursor = document.end
                        break
                    }
                    var prefixBody: CitationBody?
                    var lowerRes = false
                    if let (symbolBody, length, lower) = Self.symbolPrefix(bytes, cursor) { prefixBody = symbolBody; cursor += length; lowerRes = lower }
                    guard var citation = parseSymbol(bytes, &cursor, start: start, prefixBody: prefixBody) else { cursor = start; break }
                    if lowerRes { citation.symbol = .lowerCaseRes(written: citation.text) }
                    if citation.body == nil { citation.body = body; citation.explicitBody = explicit }
                    list.append(citation)
                    // ", " / " and " / ", and " continue the list.
                    var next = cursor
                    if next < count, bytes[next] == 0x2C { next += 1 }
                    while next < count, bytes[next] == 0x20 { next += 1 }
                    if Self.startsWith(bytes, next, "and ") { next += 4 }
                    while next < count, bytes[next] == 0x20 { next += 1 }
                    guard next < count, Self.isDigit(bytes[next]) || Self.startsWith(bytes, next, "ES-") || Self.startsWith(bytes, next, "S-")
                            || Self.symbolPrefix(bytes, next) != nil else { break }
                    cursor = next
                }
                // "… resolution 55/25 (2001) adopted by the General Assembly": the body follows.
                if !list.isEmpty, !list[0].explicitBody, let later = bodyAfter(bytes, cursor) {
                    for position in list.indices where !list[position].explicitBody { list[position].body = later; list[position].explicitBody = true }
                }
                if citations.isEmpty { citations = list } else { citations.append(contentsOf: list) }
                index = max(cursor, index + length)
                continue
            }
            index += 1
        }
        return citations
    }

    /// Parses one symbol with its suffix letter, year or roman session, and date.
    private func parseSymbol(_ bytes: [UInt8], _ cursor: inout Int, start: Int, prefixBody: CitationBody?) -> Citation? {
        let count = bytes.count
        var special = false
        if Self.startsWith(bytes, cursor, "ES-") { special = true; cursor += 3 }
        else if Self.startsWith(bytes, cursor, "S-"), prefixBody == nil || prefixBody == .generalAssembly { special = true; cursor += 2 }
        let firstStart = cursor
        while cursor < count, cursor - firstStart < 5, Self.isDigit(bytes[cursor]) || bytes[cursor] == 0x49 || bytes[cursor] == 0x6C || bytes[cursor] == 0x4F {
            cursor += 1
        }
        let first = String(decoding: bytes[firstStart..<cursor], as: UTF8.self)
        guard !first.isEmpty else { cursor = start; return nil }
        // Both parts hold only digits and the letters I, l and O.
        var hasLetters = bytes[firstStart..<cursor].contains { !Self.isDigit($0) }
        var second: String?
        if cursor + 1 < count, bytes[cursor] == 0x2F {
            let secondStart = cursor + 1
            var end = secondStart
            while end < count, end - secondStart < 5, Self.isDigit(bytes[end]) || bytes[end] == 0x49 || bytes[end] == 0x6C || bytes[end] == 0x4F { end += 1 }
            if end > secondStart, end == count || !Self.isLetterOrDigit(bytes[end]) || bytes[end] == 0x20 {
                second = String(decoding: bytes[secondStart..<end], as: UTF8.self)
                hasLetters = hasLetters || bytes[secondStart..<end].contains { !Self.isDigit($0) }
                cursor = end
            }
        }
        // The symbol must end at a word boundary ("5.2", "24/7s" are not symbols).
        if cursor < count, Self.isLetterOrDigit(bytes[cursor]) || (bytes[cursor] == 0x2E && cursor + 1 < count && Self.isDigit(bytes[cursor + 1])) {
            cursor = start; return nil
        }
        // Letters alone are words ("I", "O"), not symbols, unless they come in a pair like I/I.
        if hasLetters, second == nil { cursor = start; return nil }
        var citation: Citation
        if hasLetters {
            func digits(_ text: String) -> String { String(text.map { $0 == "I" || $0 == "l" ? "1" : $0 == "O" ? "0" : $0 }) }
            let written = first + "/" + (second ?? "")
            citation = Citation(symbol: .lettersForDigits(written: written, suggested: digits(first) + "/" + digits(second ?? "")),
                                range: start..<cursor, text: "", body: prefixBody, explicitBody: prefixBody != nil)
        } else if let second, let a = Int(first), let b = Int(second) {
            if prefixBody == .economicAndSocialCouncil || (prefixBody == nil && a >= 1946 && a <= 2100) {
                citation = Citation(symbol: .yearNumber(year: a, number: b), range: start..<cursor, text: "",
                                    body: prefixBody ?? (a >= 1946 ? .economicAndSocialCouncil : nil), explicitBody: prefixBody != nil)
            } else {
                citation = Citation(symbol: .sessionNumber(session: a, number: b, special: special), range: start..<cursor, text: "",
                                    body: prefixBody, explicitBody: prefixBody != nil)
            }
        } else if let a = Int(first), second == nil, !special {
            citation = Citation(symbol: .number(a), range: start..<cursor, text: "", body: prefixBody, explicitBody: prefixBody != nil)
        } else {
            cursor = start
            return nil
        }
        // " A" / " B": parts of one resolution (377 A (V), 75/290 A).
        if cursor + 2 < count, bytes[cursor] == 0x20, bytes[cursor + 1] >= 0x41, bytes[cursor + 1] <= 0x44,
           cursor + 2 == count || !Self.isLetterOrDigit(bytes[cursor + 2]) {
            cursor += 2
        }
        // "(2018)" or "(XXV)", with or without a space before it.
        var probe = cursor
        if probe < count, bytes[probe] == 0x20 { probe += 1 }
        if probe < count, bytes[probe] == 0x28, let close = bytes[probe...].prefix(8).firstIndex(of: 0x29) {
            let inside = String(decoding: bytes[(probe + 1)..<close], as: UTF8.self)
            // Only ASCII parses as a number, so its bytes are its characters.
            if let year = Int(inside), inside.utf8.count == 4 {
                citation.year = year
                cursor = close + 1
            } else if !inside.isEmpty, inside.allSatisfy({ "IVXLC".contains($0) }), let session = Self.romanValue(inside) {
                citation.romanSession = session
                cursor = close + 1
            }
        }
        // " of 25 September 2015".
        if citation.year == nil, Self.startsWith(bytes, cursor, " of ") {
            var probe = cursor + 4
            var words: [String] = []
            words.reserveCapacity(3)
            var wordStart = probe
            while probe <= count, words.count < 3 {
                if probe == count || bytes[probe] == 0x20 || bytes[probe] == 0x2C || bytes[probe] == 0x2E || bytes[probe] == 0x3B {
                    if probe > wordStart { words.append(String(decoding: bytes[wordStart..<probe], as: UTF8.self)) }
                    if probe == count || bytes[probe] != 0x20 { break }
                    wordStart = probe + 1
                }
                probe += 1
            }
            if words.count == 3, Int(words[0]) != nil, let month = Self.months.firstIndex(of: words[1].lowercased()),
               let year = Int(words[2]), words[2].utf8.count == 4 {
                citation.year = year
                citation.month = month + 1
                cursor = probe
            }
        }
        citation.range = start..<cursor
        citation.text = String(decoding: bytes[start..<cursor], as: UTF8.self)
        return citation
    }

    /// The body named just before `resolution`: `General Assembly resolution`, `its resolution`.
    /// The 64 bytes before it are read as a lower-cased String, or, when they are ASCII (nearly
    /// always), compared as bytes with the same answer: for ASCII text every step below (lower
    /// case, suffix, letter) means the same on bytes.
    func bodyBefore(_ bytes: [UInt8], _ index: Int) -> (CitationBody?, Bool) {
        let start = max(0, index - 64)
        guard bytes[start..<index].contains(where: { $0 >= 0x80 }) else { return asciiBodyBefore(bytes, start, index) }
        var before = String(decoding: bytes[start..<index], as: UTF8.self).lowercased()
        while before.hasSuffix(" ") { before.removeLast() }
        for suffix in [" the", " united nations", " un"] where before.hasSuffix(suffix) {
            before.removeLast(suffix.count)
        }
        if before.hasSuffix("its") || before.hasSuffix("this council's") { return (authoringBody, authoringBody != nil) }
        for (name, body) in CitationBody.prefixes where before.hasSuffix(name) {
            let boundary = before.index(before.endIndex, offsetBy: -name.count)
            if boundary == before.startIndex || !before[before.index(before: boundary)].isLetter { return (body, true) }
        }
        if before.hasSuffix("council"), let authoringBody, [.securityCouncil, .humanRightsCouncil, .economicAndSocialCouncil].contains(authoringBody) {
            return (authoringBody, true)
        }
        return (nil, false)
    }

    /// `bodyBefore` for ASCII `bytes[start..<end]`, with no String made.
    private func asciiBodyBefore(_ bytes: [UInt8], _ start: Int, _ end: Int) -> (CitationBody?, Bool) {
        /// `bytes[start..<end]` lower-cased ends with `suffix` (lower-case).
        func endsWith(_ end: Int, _ suffix: [UInt8]) -> Bool {
            guard end - start >= suffix.count else { return false }
            let first = end - suffix.count
            for offset in suffix.indices where Self.lowered(bytes[first + offset]) != suffix[offset] { return false }
            return true
        }
        var end = end
        while end > start, bytes[end - 1] == 0x20 { end -= 1 }
        for suffix in Self.asciiArticles where endsWith(end, suffix) { end -= suffix.count }
        if endsWith(end, Self.asciiIts) || endsWith(end, Self.asciiThisCouncils) { return (authoringBody, authoringBody != nil) }
        for (name, body) in Self.asciiPrefixes where endsWith(end, name) {
            let boundary = end - name.count
            if boundary == start || !Self.isASCIILetter(bytes[boundary - 1]) { return (body, true) }
        }
        if endsWith(end, Self.asciiCouncil), let authoringBody, [.securityCouncil, .humanRightsCouncil, .economicAndSocialCouncil].contains(authoringBody) {
            return (authoringBody, true)
        }
        return (nil, false)
    }

    private static let asciiArticles = [" the", " united nations", " un"].map { Array($0.utf8) }
    private static let asciiIts = Array("its".utf8), asciiThisCouncils = Array("this council's".utf8), asciiCouncil = Array("council".utf8)
    private static let asciiPrefixes = CitationBody.prefixes.map { (Array($0.0.utf8), $0.1) }

    private static func lowered(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
    private static func isASCIILetter(_ byte: UInt8) -> Bool { byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A }

    /// `adopted by the General Assembly` right after a citation list.
    private func bodyAfter(_ bytes: [UInt8], _ index: Int) -> CitationBody? {
        let end = min(bytes.count, index + 60)
        let after = String(decoding: bytes[index..<end], as: UTF8.self).lowercased()
        guard let range = after.range(of: "adopted by the "), after.distance(from: after.startIndex, to: range.lowerBound) <= 4 else { return nil }
        let rest = after[range.upperBound...]
        return CitationBody.prefixes.first { rest.hasPrefix($0.0) }?.1
    }

    // MARK: Byte helpers

    /// The first offset from `start` on where a citation may begin, or the end: an `r` with
    /// `lu` four bytes on, in any case (`resolution`: the keyword cannot start anywhere else),
    /// or a byte before a `/` (`A/RES/`). Every other offset is passed over by `scan` as it
    /// is, so finding fewer of them changes nothing but the time: a paragraph holds a few
    /// citations and hundreds of `re` (`report`, `are`). Eight positions at a time.
    static func nextCandidate(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let count = bytes.count
        var index = start
        let lower = ByteLanes.repeated(0x20)
        let r = ByteLanes.repeated(0x72), l = ByteLanes.repeated(0x6C), u = ByteLanes.repeated(0x75)
        while index &+ 13 <= count {
            let here = ByteLanes.load(bytes, index), next = ByteLanes.load(bytes, index &+ 1)
            let fourOn = ByteLanes.load(bytes, index &+ 4), fiveOn = ByteLanes.load(bytes, index &+ 5)
            // `r`, `l` and `u` in one test: the zero bytes of the three differences at once.
            let keyword = ((here | lower) ^ r) | ((fourOn | lower) ^ l) | ((fiveOn | lower) ^ u)
            let found = ByteLanes.equal(keyword, 0) | ByteLanes.equal(next, 0x2F)
            if found != 0 { return index &+ ByteLanes.first(found) }
            index &+= 8
        }
        while index < count, !isCandidate(bytes, index) { index += 1 }
        return index
    }

    /// The test of `nextCandidate` at one offset, for the last bytes of a paragraph.
    static func isCandidate(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        if index + 1 < bytes.count, bytes[index + 1] == 0x2F { return true }
        return index + 5 < bytes.count && bytes[index] | 0x20 == 0x72 && bytes[index + 4] | 0x20 == 0x6C && bytes[index + 5] | 0x20 == 0x75
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    static func isLetterOrDigit(_ byte: UInt8) -> Bool { isDigit(byte) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || byte >= 0x80 }
    static func isWordStart(_ bytes: [UInt8], _ index: Int) -> Bool { index == 0 || !isLetterOrDigit(bytes[index - 1]) && bytes[index - 1] != 0x2F }

    static func startsWith(_ bytes: [UInt8], _ index: Int, _ text: StaticString) -> Bool {
        let length = text.utf8CodeUnitCount
        guard index >= 0, bytes.count - index >= length else { return false }
        let needle = text.utf8Start
        for offset in 0..<length where bytes[index + offset] != needle[offset] { return false }
        return true
    }

    /// `resolution` / `resolutions` in any case: the keyword's length.
    static func keyword(_ bytes: [UInt8], _ index: Int) -> Int? {
        let word: StaticString = "resolution"
        let wordLength = word.utf8CodeUnitCount
        guard bytes[index] | 0x20 == 0x72, bytes.count - index >= wordLength else { return nil }
        for offset in 1..<wordLength where bytes[index + offset] | 0x20 != word.utf8Start[offset] { return nil }
        var length = wordLength
        if index + length < bytes.count, bytes[index + length] | 0x20 == 0x73 { length += 1 }
        if index + length < bytes.count, isLetterOrDigit(bytes[index + length]) { return nil }
        return length
    }

    /// `A/RES/`, `S/RES/`, `E/RES/`, `A/HRC/RES/`, and the miswritten `A/Res/`.
    static func symbolPrefix(_ bytes: [UInt8], _ index: Int) -> (CitationBody, Int, Bool)? {
        // Every prefix is a capital A, S or E and a slash: most positions fail here.
        guard index + 1 < bytes.count, bytes[index + 1] == 0x2F else { return nil }
        switch bytes[index] {
        case 0x41:  // A
            if startsWith(bytes, index, "A/HRC/RES/") { return (.humanRightsCouncil, 10, false) }
            if startsWith(bytes, index, "A/RES/") { return (.generalAssembly, 6, false) }
            if startsWith(bytes, index, "A/Res/") { return (.generalAssembly, 6, true) }
        case 0x53: if startsWith(bytes, index, "S/RES/") { return (.securityCouncil, 6, false) }
        case 0x45: if startsWith(bytes, index, "E/RES/") { return (.economicAndSocialCouncil, 6, false) }
        default: break
        }
        return nil
    }

    /// `A/64/293` (no RES, no L.): the symbol's end and the resolution symbol it resembles.
    static func documentSymbol(_ bytes: [UInt8], _ index: Int) -> (end: Int, suggested: String)? {
        guard startsWith(bytes, index, "A/") else { return nil }
        var cursor = index + 2
        let sessionStart = cursor
        while cursor < bytes.count, isDigit(bytes[cursor]) { cursor += 1 }
        guard cursor > sessionStart, cursor < bytes.count, bytes[cursor] == 0x2F else { return nil }
        let session = String(decoding: bytes[sessionStart..<cursor], as: UTF8.self)
        cursor += 1
        let numberStart = cursor
        while cursor < bytes.count, isDigit(bytes[cursor]) { cursor += 1 }
        guard cursor > numberStart, cursor == bytes.count || !isLetterOrDigit(bytes[cursor]) && bytes[cursor] != 0x2F && bytes[cursor] != 0x2E
                || (bytes[cursor] == 0x2E && (cursor + 1 == bytes.count || !isLetterOrDigit(bytes[cursor + 1]))) else { return nil }
        return (cursor, "A/RES/\(session)/\(String(decoding: bytes[numberStart..<cursor], as: UTF8.self))")
    }

    static func romanValue(_ text: String) -> Int? {
        let values: [Character: Int] = ["I": 1, "V": 5, "X": 10, "L": 50, "C": 100]
        var total = 0, previous = 0
        for character in text.reversed() {
            guard let value = values[character] else { return nil }
            if value < previous { total -= value } else { total += value; previous = value }
        }
        return total > 0 ? total : nil
    }
}
