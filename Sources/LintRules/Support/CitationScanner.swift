import ClauseLint

import Foundation

/// The UN bodies whose resolution numbers clauselint can check.
enum CitationBody: String, CaseIterable {
    case generalAssembly = "General Assembly"
    case securityCouncil = "Security Council"
    case economicAndSocialCouncil = "Economic and Social Council"
    case humanRightsCouncil = "Human Rights Council"
    case ccpcj = "Commission on Crime Prevention and Criminal Justice"
    case cnd = "Commission on Narcotic Drugs"
    case csw = "Commission on the Status of Women"

    /// The body an authoring line names (`The General Assembly`), if one clauselint knows.
    static func fromAuthoringLine(_ line: String?) -> CitationBody? {
        guard let line else { return nil }
        // An ASCII line (nearly every one) is lower-cased and searched as bytes, with the same
        // answer: the library's lower-casing and search cost more than all the rest of a
        // document's citation check.
        var bytes = Array(line.utf8)
        if bytes.withUnsafeBufferPointer(ByteSearch.isASCII) {
            for index in bytes.indices where bytes[index] &- 0x41 < 26 { bytes[index] |= 0x20 }
            return lowerCaseNames.first { bytes.contains(run: $0.name) }?.body
        }
        let lowered = line.lowercased()
        // Lower-casing can make a line ASCII (the Kelvin sign becomes `k`).
        if lowered.utf8.allSatisfy({ $0 < 0x80 }) {
            let bytes = Array(lowered.utf8)
            return lowerCaseNames.first { bytes.contains(run: $0.name) }?.body
        }
        for body in allCases where lowered.contains(body.rawValue.lowercased()) { return body }
        return nil
    }

    private static let lowerCaseNames = allCases.map { (body: $0, name: Array($0.rawValue.lowercased().utf8)) }

    /// Names written before `resolution`, lower-case, longest first.
    static let prefixes: [(String, CitationBody)] = [
        ("commission on crime prevention and criminal justice", .ccpcj), ("commission on the status of women", .csw),
        ("economic and social council", .economicAndSocialCouncil), ("commission on narcotic drugs", .cnd),
        ("human rights council", .humanRightsCouncil), ("security council", .securityCouncil),
        ("general assembly", .generalAssembly), ("ecosoc", .economicAndSocialCouncil), ("ccpcj", .ccpcj),
        ("unga", .generalAssembly), ("unsc", .securityCouncil), ("hrc", .humanRightsCouncil), ("cnd", .cnd),
        ("csw", .csw), ("ga", .generalAssembly), ("sc", .securityCouncil),
    ]
}

/// One cited resolution symbol with what was written around it.
struct Citation {
    enum Symbol: Equatable {
        /// `73/146`, `ES-11/1` (special: true), `A/RES/64/293`.
        case sessionNumber(session: Int, number: Int, special: Bool)
        /// `2334`, `1514`: a Security Council number, or a General Assembly one before session 31.
        case number(Int)
        /// `2021/25` read as ECOSOC year/number.
        case yearNumber(year: Int, number: Int)
        /// `I/I`, `7l/1`: letters where digits belong.
        case lettersForDigits(written: String, suggested: String)
        /// `A/64/293` cited as a resolution.
        case documentSymbol(written: String, suggested: String)
        /// `A/Res/64/293`.
        case lowerCaseRes(written: String)
    }

    var symbol: Symbol
    var range: Range<Int>
    var text: String
    var body: CitationBody?
    /// The body was named (or given by the symbol's prefix), not assumed.
    var explicitBody: Bool
    var year: Int?
    var month: Int?
    var romanSession: Int?
}

/// Finds resolution citations in a paragraph by scanning its UTF-8 bytes.
struct CitationScanner {
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
                // The list's citations go straight into `citations`, from `list` on.
                let list = citations.count
                while true {
                    while cursor < count, bytes[cursor] == 0x20 { cursor += 1 }
                    if citations.count == list, Self.startsWith(bytes, cursor, "such as ") { cursor += 8 }
                    let start = cursor
                    // "resolution A/64/293": a document symbol where a resolution was meant.
                    if let document = Self.documentSymbol(bytes, cursor) {
                        let written = String(decoding: bytes[cursor..<document.end], as: UTF8.self)
                        citations.append(Citation(symbol: .documentSymbol(written: written, suggested: document.suggested),
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
                    citations.append(citation)
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
                if citations.count > list, !citations[list].explicitBody, let later = bodyAfter(bytes, cursor) {
                    for position in list..<citations.count where !citations[position].explicitBody {
                        citations[position].body = later
                        citations[position].explicitBody = true
                    }
                }
                index = max(cursor, index + length)
                continue
            }
            index += 1
        }
        return citations
    }

    /// Parses one symbol with its suffix letter, year or roman session, and date. Numbers
    /// are read from the bytes: a String is made for the citation's text, and for the rare
    /// symbol written with letters.
    private func parseSymbol(_ bytes: [UInt8], _ cursor: inout Int, start: Int, prefixBody: CitationBody?) -> Citation? {
        let count = bytes.count
        var special = false
        if Self.startsWith(bytes, cursor, "ES-") { special = true; cursor += 3 }
        else if Self.startsWith(bytes, cursor, "S-"), prefixBody == nil || prefixBody == .generalAssembly { special = true; cursor += 2 }
        let firstStart = cursor
        while cursor < count, cursor - firstStart < 5, Self.isSymbolDigit(bytes[cursor]) { cursor += 1 }
        let first = firstStart..<cursor
        guard !first.isEmpty else { cursor = start; return nil }
        // Both parts hold only digits and the letters I, l and O.
        var hasLetters = bytes[first].contains { !Self.isDigit($0) }
        var second: Range<Int>?
        if cursor + 1 < count, bytes[cursor] == 0x2F {
            let secondStart = cursor + 1
            var end = secondStart
            while end < count, end - secondStart < 5, Self.isSymbolDigit(bytes[end]) { end += 1 }
            if end > secondStart, end == count || !Self.isLetterOrDigit(bytes[end]) || bytes[end] == 0x20 {
                second = secondStart..<end
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
        if hasLetters, let second {
            func text(_ part: Range<Int>) -> String { String(decoding: bytes[part], as: UTF8.self) }
            func digits(_ part: Range<Int>) -> String { String(decoding: bytes[part].map { $0 == 0x49 || $0 == 0x6C ? 0x31 : $0 == 0x4F ? 0x30 : $0 }, as: UTF8.self) }
            citation = Citation(symbol: .lettersForDigits(written: text(first) + "/" + text(second), suggested: digits(first) + "/" + digits(second)),
                                range: start..<cursor, text: "", body: prefixBody, explicitBody: prefixBody != nil)
        } else if let second {
            // Digits only, at most five of them: no sign, no overflow.
            let a = Self.digitsValue(bytes, first), b = Self.digitsValue(bytes, second)
            if prefixBody == .economicAndSocialCouncil || (prefixBody == nil && a >= 1946 && a <= 2100) {
                citation = Citation(symbol: .yearNumber(year: a, number: b), range: start..<cursor, text: "",
                                    body: prefixBody ?? (a >= 1946 ? .economicAndSocialCouncil : nil), explicitBody: prefixBody != nil)
            } else {
                citation = Citation(symbol: .sessionNumber(session: a, number: b, special: special), range: start..<cursor, text: "",
                                    body: prefixBody, explicitBody: prefixBody != nil)
            }
        } else if !special {
            citation = Citation(symbol: .number(Self.digitsValue(bytes, first)), range: start..<cursor, text: "", body: prefixBody, explicitBody: prefixBody != nil)
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
            let inside = (probe + 1)..<close
            if let year = Self.yearValue(bytes, inside) {
                citation.year = year
                cursor = close + 1
            } else if !inside.isEmpty, bytes[inside].allSatisfy(Self.isRomanDigit), let session = Self.romanValue(bytes[inside]) {
                citation.romanSession = session
                cursor = close + 1
            }
        }
        // " of 25 September 2015".
        if citation.year == nil, Self.startsWith(bytes, cursor, " of ") {
            var probe = cursor + 4
            // The first three words: day, month and year.
            var words = (0..<0, 0..<0, 0..<0), found = 0
            var wordStart = probe
            while probe <= count, found < 3 {
                if probe == count || bytes[probe] == 0x20 || bytes[probe] == 0x2C || bytes[probe] == 0x2E || bytes[probe] == 0x3B {
                    if probe > wordStart {
                        switch found {
                        case 0: words.0 = wordStart..<probe
                        case 1: words.1 = wordStart..<probe
                        default: words.2 = wordStart..<probe
                        }
                        found += 1
                    }
                    if probe == count || bytes[probe] != 0x20 { break }
                    wordStart = probe + 1
                }
                probe += 1
            }
            if found == 3, Self.integerValue(bytes, words.0) != nil, let month = Self.month(bytes, words.1),
               let year = Self.yearValue(bytes, words.2) {
                citation.year = year
                citation.month = month
                cursor = probe
            }
        }
        citation.range = start..<cursor
        citation.text = String(decoding: bytes[start..<cursor], as: UTF8.self)
        return citation
    }

    /// A digit of a symbol, or one of the letters written for digits: I, l, O.
    private static func isSymbolDigit(_ byte: UInt8) -> Bool { isDigit(byte) || byte == 0x49 || byte == 0x6C || byte == 0x4F }

    private static func isRomanDigit(_ byte: UInt8) -> Bool { byte == 0x49 || byte == 0x56 || byte == 0x58 || byte == 0x4C || byte == 0x43 }

    /// The value of a run of at most five digits (no sign, no overflow).
    private static func digitsValue(_ bytes: [UInt8], _ range: Range<Int>) -> Int {
        bytes[range].reduce(0) { $0 * 10 + Int($1 &- 0x30) }
    }

    /// What `Int(String(decoding: bytes[range], as: UTF8.self))` gives: an optional sign and
    /// at least one digit, nil when the value does not fit.
    static func integerValue(_ bytes: [UInt8], _ range: Range<Int>) -> Int? {
        var index = range.lowerBound
        let negative = index < range.upperBound && bytes[index] == 0x2D
        if index < range.upperBound, bytes[index] == 0x2B || bytes[index] == 0x2D { index += 1 }
        guard index < range.upperBound else { return nil }
        var value = 0
        while index < range.upperBound {
            guard isDigit(bytes[index]) else { return nil }
            let digit = Int(bytes[index] &- 0x30)
            let (times, overflowTimes) = value.multipliedReportingOverflow(by: 10)
            let (next, overflowNext) = negative ? times.subtractingReportingOverflow(digit) : times.addingReportingOverflow(digit)
            guard !overflowTimes, !overflowNext else { return nil }
            value = next
            index += 1
        }
        return value
    }

    /// A year as a citation writes it: four bytes that read as an integer (`2018`, and, as
    /// `Int` reads them, `+201` and `-201`).
    static func yearValue(_ bytes: [UInt8], _ range: Range<Int>) -> Int? {
        range.count == 4 ? integerValue(bytes, range) : nil
    }

    /// The month (1 for January) a word names, in any case. An ASCII word is compared as
    /// bytes; any other is lower-cased as a String, as some letters beyond ASCII lower-case
    /// to ASCII ones.
    static func month(_ bytes: [UInt8], _ range: Range<Int>) -> Int? {
        guard bytes[range].allSatisfy({ $0 < 0x80 }) else {
            return months.firstIndex(of: String(decoding: bytes[range], as: UTF8.self).lowercased()).map { $0 + 1 }
        }
        for (index, name) in asciiMonths.enumerated() where name.count == range.count {
            if name.indices.allSatisfy({ name[$0] == lowered(bytes[range.lowerBound + $0]) }) { return index + 1 }
        }
        return nil
    }

    private static let asciiMonths = months.map { Array($0.utf8) }

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

    /// `bytes[start..<end]` lower-cased starts with `prefix` (lower-case ASCII).
    private static func startsLowered(_ bytes: [UInt8], _ start: Int, _ end: Int, _ prefix: [UInt8]) -> Bool {
        end - start >= prefix.count && zip(bytes[start...], prefix).allSatisfy { lowered($0) == $1 }
    }

    private static let asciiAdoptedByThe = Array("adopted by the ".utf8)
    private static let asciiArticles = [" the", " united nations", " un"].map { Array($0.utf8) }
    private static let asciiIts = Array("its".utf8), asciiThisCouncils = Array("this council's".utf8), asciiCouncil = Array("council".utf8)
    private static let asciiPrefixes = CitationBody.prefixes.map { (Array($0.0.utf8), $0.1) }

    private static func lowered(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
    private static func isASCIILetter(_ byte: UInt8) -> Bool { byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A }

    /// `adopted by the General Assembly` right after a citation list. The next 60 bytes are
    /// read as a lower-cased String, or, when they are ASCII without a carriage return (nearly
    /// always), compared as bytes with the same answer: there each byte is a character
    /// (a carriage return and a line feed make one).
    private func bodyAfter(_ bytes: [UInt8], _ index: Int) -> CitationBody? {
        let end = min(bytes.count, index + 60)
        if !bytes[index..<end].contains(where: { $0 >= 0x80 || $0 == 0x0D }) {
            guard let found = (index...min(index + 4, end)).first(where: { Self.startsLowered(bytes, $0, end, Self.asciiAdoptedByThe) }) else { return nil }
            let rest = found + Self.asciiAdoptedByThe.count
            return Self.asciiPrefixes.first { Self.startsLowered(bytes, rest, end, $0.0) }?.1
        }
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

    /// The units (indexes into `units`, in order) that may hold a citation, read from their
    /// words (`words`, the document's `unitWords`, and `hits`, its `WordHits`), most units
    /// without a look at their bytes. A citation starts at the keyword or at a symbol prefix.
    /// The keyword (`resolution`, `resolutions`) follows no letter, digit or slash and is
    /// followed by none, so it is a word of its own, unless a hyphen or an apostrophe joins it
    /// to another word: those words are read byte by byte. A symbol prefix (`A/RES/`,
    /// `A/HRC/RES/`, `A/Res/`) holds `RES` between slashes, a word of its own. Every such word
    /// is a hit: the others are not looked at.
    static func unitsThatMayCite(_ units: [TextUnit], _ words: UnitWords, hits: [Int32]) -> [Int] {
        let resolution = Hash.resolution, resolutions = Hash.resolutions, res = Hash.res
        var found: [Int] = []
        var unit = 0
        words.hashes.withUnsafeBufferPointer { hashes in
            words.words.withUnsafeBufferPointer { list in
                // A hit skips the rest of its unit.
                var unitEnd = -1
                for hitPosition in hits {
                    let position = Int(hitPosition)
                    guard position >= unitEnd else { continue }
                    let hash = hashes[position]
                    var hit = hash == resolution || hash == resolutions || hash == res
                    // The keyword is letters only, and no letter is past a word's end: it fits
                    // only in a joined word of ten bytes or more (`long-term` is read no further).
                    if !hit, list[position].joined, list[position].upperBound - list[position].lowerBound >= 10 {
                        while words.ends[unit + 1] <= position { unit += 1 }
                        let bytes = units[unit].bytes
                        hit = list[position].range.contains { keyword(bytes, $0) != nil }
                    }
                    guard hit else { continue }
                    while words.ends[unit + 1] <= position { unit += 1 }
                    found.append(unit)
                    unitEnd = words.ends[unit + 1]
                }
            }
        }
        return found
    }

    /// The hashes of the words that may start a citation (`resolution`, `resolutions`, `res`).
    static var keywordHashes: [UInt64] { [Hash.resolution, Hash.resolutions, Hash.res] }

    private enum Hash {
        static let resolution = WordScanner.lowerHash("resolution"), resolutions = WordScanner.lowerHash("resolutions")
        static let res = WordScanner.lowerHash("res")
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

    /// The value of roman digits (I, V, X, L, C), nil for any other byte.
    static func romanValue(_ digits: ArraySlice<UInt8>) -> Int? {
        var total = 0, previous = 0
        for digit in digits.reversed() {
            let value: Int
            switch digit {
            case 0x49: value = 1
            case 0x56: value = 5
            case 0x58: value = 10
            case 0x4C: value = 50
            case 0x43: value = 100
            default: return nil
            }
            if value < previous { total -= value } else { total += value; previous = value }
        }
        return total > 0 ? total : nil
    }
}
