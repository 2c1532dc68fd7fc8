/// Builds a `Clause` value from a paragraph: its opening phrase with its italics,
/// and its closing punctuation.
///
/// A class: every resolution's walker holds the document's factory, and sharing it is one
/// reference count, not one for each of the lexicon's sets and tables.
final class ClauseFactory {
    let lexicon: PhraseLexicon
    let emphasis: EmphasisInformation

    init(lexicon: PhraseLexicon, emphasis: EmphasisInformation) {
        self.lexicon = lexicon
        self.emphasis = emphasis
    }

    /// Italics longer than this many words are not an opening phrase.
    static let maximumItalicOpeningWords = 8

    /// A clause's opening phrase and its closing punctuation (as written, and its byte range).
    func parts(of block: TextBlock, contentStart: Int, match: OpeningMatch?) -> (opening: OpeningPhrase?, end: String, endRange: Range<Int>) {
        // Read in place, once for both: every clause comes through here. No copy of the string
        // either, whose bytes a reader's text has in one piece.
        let source = block.text
        func read(_ bytes: UnsafeBufferPointer<UInt8>) -> (opening: OpeningPhrase?, end: String, endRange: Range<Int>) {
            let (end, endRange) = Self.ending(bytes)
            let phrases = PhraseMaker(source: source, bytes: bytes)
            return (opening(phrases, italics: block.italics, contentStart: contentStart, match: match), end, endRange)
        }
        if let parts = source.utf8.withContiguousStorageIfAvailable(read) { return parts }
        var copy = source
        return copy.withUTF8(read)
    }

    /// Makes the opening phrases of one clause text, `bytes` its UTF-8.
    private struct PhraseMaker {
        let source: String
        let bytes: UnsafeBufferPointer<UInt8>

        /// The phrase at `range`, less trailing spaces and commas.
        func phrase(_ range: Range<Int>, _ italic: ItalicCoverage, overrun: Range<Int>?, match: OpeningMatch?) -> OpeningPhrase {
            var upper = min(range.upperBound, bytes.count)
            while upper > range.lowerBound, bytes[upper - 1] == 0x20 || bytes[upper - 1] == 0x2C { upper -= 1 }
            return OpeningPhrase(in: source, range: range.lowerBound..<upper, italic: italic, italicOverrun: overrun, match: match)
        }
    }

    private func opening(_ phrases: PhraseMaker, italics: [Range<Int>], contentStart: Int,
                         match: OpeningMatch?) -> OpeningPhrase? {
        let bytes = phrases.bytes
        var start = contentStart
        while start < bytes.count, bytes[start] == 0x20 { start += 1 }
        let italic = italics.first { $0.upperBound > start && $0.lowerBound <= start + max(match?.length ?? 0, 1) }

        guard emphasis == .present else {
            guard let match else { return nil }
            return phrases.phrase(start..<(start + match.length), .unknown, overrun: nil, match: match)
        }

        if let italic, italic.lowerBound == start {
            // Ranges are clamped to the text: buffer subscripts are not checked. Counted only
            // where the answer matters, and no further than it can.
            func italicWordsWithinLimit() -> Bool {
                Self.wordCount(bytes[italic.clamped(to: 0..<bytes.count)], atMost: Self.maximumItalicOpeningWords + 1)
                    <= Self.maximumItalicOpeningWords
            }
            let endsAtWordBoundary = italic.upperBound >= bytes.count || !Self.isWordByte(bytes[italic.upperBound])
            if let match {
                let matchEnd = start + match.length
                if italic.upperBound >= matchEnd {
                    // Italics cover the listed phrase; a longer italic run is the author's phrase
                    // (`Reiterates its call upon`) unless it runs on into the clause.
                    if italic.upperBound == matchEnd || (endsAtWordBoundary && italic.upperBound < bytes.count - 1
                                                         && italicWordsWithinLimit()) {
                        return phrases.phrase(italic, .full, overrun: nil, match: match)
                    }
                    return phrases.phrase(start..<matchEnd, .full, overrun: matchEnd..<italic.upperBound, match: match)
                }
                // Italics end inside the phrase: fine when they cover its head word
                // (Security Council style: `*Recalling* also`, `*Calls* upon`).
                let head = headRange(bytes, from: start, to: matchEnd, head: match.head)
                if endsAtWordBoundary, let head, italic.upperBound >= head.upperBound {
                    return phrases.phrase(start..<matchEnd, .full, overrun: nil, match: match)
                }
                return phrases.phrase(start..<matchEnd, .partial, overrun: nil, match: match)
            }
            // An italic phrase outside the lists.
            if endsAtWordBoundary, italic.upperBound < bytes.count - 1, italicWordsWithinLimit() {
                let text = String(decoding: bytes[italic.clamped(to: 0..<bytes.count)], as: UTF8.self)
                return phrases.phrase(italic, .full, overrun: nil, match: lexicon.match(Substring(text)))
            }
            return nil
        }
        guard let match else { return nil }
        let range = start..<(start + match.length)
        if let italic, italic.lowerBound < range.upperBound {
            return phrases.phrase(range, .partial, overrun: nil, match: match)
        }
        return phrases.phrase(range, .none, overrun: nil, match: match)
    }

    /// The length of ` and` or ` or` ending `bytes[..<end]`, 0 when neither does.
    private static func conjunctionLength(_ bytes: UnsafeBufferPointer<UInt8>, end: Int) -> Int {
        if end > 5, bytes[end - 4] == 0x20, bytes[end - 3] == 0x61, bytes[end - 2] == 0x6E, bytes[end - 1] == 0x64 { return 4 }
        if end > 4, bytes[end - 3] == 0x20, bytes[end - 2] == 0x6F, bytes[end - 1] == 0x72 { return 3 }
        return 0
    }

    private static func isClosingPunctuation(_ byte: UInt8) -> Bool {
        byte == 0x2C || byte == 0x3B || byte == 0x3A || byte == 0x2E
    }

    /// A closing punctuation mark as a string literal (no string to build for each clause).
    private static func punctuation(_ byte: UInt8) -> String {
        switch byte {
        case 0x2C: return ","
        case 0x3B: return ";"
        case 0x3A: return ":"
        default: return "."
        }
    }

    /// The closing punctuation as written and its byte range.
    private static func ending(_ bytes: UnsafeBufferPointer<UInt8>) -> (String, Range<Int>) {
        var end = bytes.count
        while end > 0, bytes[end - 1] == 0x20 { end -= 1 }
        // "; and" / "; or" / ", and" closing a clause before the last one.
        let conjunction = conjunctionLength(bytes, end: end)
        if conjunction > 0 {
            let punctuation = bytes[end - conjunction - 1]
            if punctuation == 0x3B || punctuation == 0x2C {
                let start = end - conjunction - 1
                return (String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self), start..<end)
            }
        }
        var digits = end
        while digits > 0, end - digits < 2, bytes[digits - 1] >= 0x30, bytes[digits - 1] <= 0x39 { digits -= 1 }
        if digits < end, digits > 0, isClosingPunctuation(bytes[digits - 1]) { end = digits }
        guard end > 0 else { return ("", 0..<0) }
        // Punctuation just inside a closing quotation mark ends the clause: …exploitation,”
        var closing = end
        if bytes[end - 1] == 0x22 || bytes[end - 1] == 0x27 { closing = end - 1 }
        else if end >= 3, bytes[end - 3] == 0xE2, bytes[end - 2] == 0x80, bytes[end - 1] == 0x9D || bytes[end - 1] == 0x99 { closing = end - 3 }
        if closing < end, closing > 0, isClosingPunctuation(bytes[closing - 1]) {
            return (punctuation(bytes[closing - 1]), (closing - 1)..<closing)
        }
        let last = bytes[end - 1]
        if isClosingPunctuation(last) {
            return (punctuation(last), (end - 1)..<end)
        }
        return ("", end..<end)
    }

    private func headRange(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, head: String) -> Range<Int>? {
        var cursor = start
        let end = min(end, bytes.count)
        while cursor < end {
            while cursor < end, bytes[cursor] == 0x20 { cursor += 1 }
            let wordStart = cursor
            while cursor < end, Self.isWordByte(bytes[cursor]) { cursor += 1 }
            if cursor > wordStart, String(decoding: bytes[wordStart..<cursor], as: UTF8.self).lowercased() == head {
                return wordStart..<cursor
            }
            if cursor == wordStart { cursor += 1 }
        }
        return nil
    }

    static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte >= 0x80 || byte == 0x27 || byte == 0x2D
    }

    /// The words (runs of bytes between spaces) in `bytes`, counted up to `limit` at most.
    static func wordCount(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, atMost limit: Int = .max) -> Int {
        var count = 0, inWord = false
        for byte in bytes {
            if byte == 0x20 {
                inWord = false
            } else if !inWord {
                inWord = true
                count += 1
                if count == limit { break }
            }
        }
        return count
    }
}
