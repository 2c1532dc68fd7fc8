import ClauseLint

/// The same word twice in a row, as in "and and".
struct RepeatedWordRule: Rule {
    static let description = RuleDescription(
        id: "repeated-word",
        name: "Repeated word",
        summary: "the same word twice in a row (and and)",
        explanation: """
        A word typed twice (`the the`, `to to`) survives many readings because the eye skips it. \
        Only words separated by nothing but spaces count: a doubling across punctuation \
        (`that, that`), numbers (`10 10`) and the legitimate `had had` and `that that` are left alone. \
        The fix deletes the second word.

        Bad:
            1. *Urges* all States to to act;
        Good:
            1. *Urges* all States to act;
        """,
        defaultSeverity: .warning,
        triggering: [
            "The General Assembly,\n\n*Noting* the report,\n\n1. *Urges* all States to ↓to act.\n",
            "The General Assembly,\n\n*Noting* The ↓the report,\n\n1. *Urges* States to act.\n",
            "Prose about the ↓the rules.\n",
        ],
        nonTriggering: [
            "The General Assembly,\n\n*Noting* that, that is, the report,\n\n1. *Urges* States that had had no access, in 2010 2011 or later, to act.\n",
            "The General Assembly,\n\n*Noting* the report,\n\n1. *Urges* States to act: (a) (a) is wrong but not a word.\n",
        ],
        corrections: [
            .init("The General Assembly,\n\n*Noting* the the report,\n\n1. *Urges* States to act.\n",
                  "The General Assembly,\n\n*Noting* the report,\n\n1. *Urges* States to act.\n"),
        ]
    )

    let options: NoOptions
    static let legitimate: Set<String> = ["had", "that"]

    init(options: NoOptions) { self.options = options }

    func check(_ document: Document, _ context: inout RuleContext) {
        // The document's words, scanned once for several rules, in the order of the units.
        let words = unitWords(document)
        // One array for every unit's finds, emptied in place.
        var found: [Range<Int>] = []
        words.words.withUnsafeBufferPointer { allWords in
            words.hashes.withUnsafeBufferPointer { allHashes in
                for (index, unit) in textUnits(document).enumerated() {
                    let range = words.range(index)
                    Self.repeats(unit.bytes, words: UnsafeBufferPointer(rebasing: allWords[range]),
                                 hashes: UnsafeBufferPointer(rebasing: allHashes[range]), into: &found)
                    if !found.isEmpty { report(found, unit.block, bytes: unit.bytes, clause: unit.clause?.path, &context) }
                }
            }
        }
    }

    private func report(_ found: [Range<Int>], _ block: TextBlock, bytes: [UInt8], clause: String?, _ context: inout RuleContext) {
        for word in found {
            let text = String(decoding: bytes[word], as: UTF8.self)
            if Self.legitimate.contains(text.lowercased()) { continue }
            let fix = context.edit(in: block, range: (word.lowerBound - 1)..<word.upperBound, replacement: "")
                .map { Fix("delete the second \(quote(text))", edits: [$0]) }
            context.report(Message.repeated(text), block: block, range: word, clause: clause, fix: fix)
        }
    }

    /// The second word of each pair of equal words (case aside) with exactly one space
    /// between them. A word is a letter followed by letters, apostrophes and hyphens.
    /// `words` and `hashes` are the scan of `bytes` (`WordScanner.scan`).
    ///
    /// A pair ends at a letter after a space, and every such letter starts a word of the
    /// scan (the second word). Mostly the scan's word before it is letters only, one space
    /// before it, with neither an apostrophe nor a hyphen (nor, as the scan's words are
    /// whole, a digit or letter) right before it: a plain first word. Then the only
    /// candidate is the first word as it is: a shorter stretch before the space has one of
    /// its letters before it, a longer one the byte before it, which no word part equals.
    /// So the pair repeats only when the rule's word after the space has the first word's
    /// length and lower-cased bytes. When the second word is letters only, the rule's word
    /// is that word itself, or longer and holding an apostrophe or hyphen (which the first
    /// word does not): only equal hashes can make a pair. Else (a digit or a joiner inside)
    /// the rule's word may also end at the second word's first digit: a pair then needs
    /// equal hashes or that digit right where the first word's length ends. Those rare
    /// cases, and every space after a word that is not plain, are read as the definition
    /// says (`repeatEnd`).
    ///
    /// The finds are written to `found`, emptied first (keeping its capacity): one array
    /// serves every paragraph of a document.
    @inline(never)   // its own registers: the loop runs for every word of every paragraph
    static func repeats(_ bytes: [UInt8], words: UnsafeBufferPointer<WordScanner.Word>, hashes: UnsafeBufferPointer<UInt64>,
                        into found: inout [Range<Int>]) {
        if !found.isEmpty { found.removeAll(keepingCapacity: true) }   // mostly empty: no call then
        bytes.withUnsafeBufferPointer { bytes in
            // The words are in order, so the last one ending in the buffer puts them all in it.
            precondition(words.count == hashes.count && (words.last?.upperBound ?? 0) <= bytes.count, "words of other bytes")
            // Where the word before ends when it is plain, else -1: no space is there.
            var plainEnd = -1
            var index = 0
            while index < words.count {
                if plainEnd >= 0 {
                    // Most words settle without a look at their bytes (see `settledRun`).
                    let next = settledRun(words, hashes, bytes, from: index, after: plainEnd)
                    if next > index { plainEnd = words[next &- 1].upperBound }
                    index = next
                    guard index < words.count else { break }
                }
                let word = words[index]
                let start = word.lowerBound
                let before = start > 0 ? bytes[start &- 1] : 0
                if before == 0x20 {
                    if plainEnd != start &- 1 || !settles(index, words, hashes, bytes),
                       let end = repeatEnd(bytes, space: start &- 1) {
                        found.append(start..<end)
                    }
                    plainEnd = word.lettersOnly ? word.upperBound : -1
                } else {
                    plainEnd = word.lettersOnly && !isJoiner(before) ? word.upperBound : -1
                }
                index &+= 1
            }
        }
    }

    /// Where a run of words that settle from their words and hashes alone ends, from word
    /// `start`, after a plain word that ends at `end`: the position of the first word that
    /// is not letters only, or has a gap before it other than one byte or a separator and
    /// a space (`, `), or, one byte after the word before, has its hash. One byte between
    /// two words of the scan is no apostrophe or hyphen (the scan keeps those inside a word
    /// when word bytes are on both sides), so each such word is plain and, after a space,
    /// settles; its byte is not read. After a separator that is no apostrophe or hyphen
    /// and a space, no repeat can end (the separator is no part of a word), and the word
    /// is plain.
    @inline(__always)
    private static func settledRun(_ words: UnsafeBufferPointer<WordScanner.Word>, _ hashes: UnsafeBufferPointer<UInt64>,
                                   _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, after end: Int) -> Int {
        var index = start, end = end
        while index < words.count {
            let word = words[index]
            if word.isLettersOnly(from: end &+ 1) {
                guard hashes[index] != hashes[index &- 1] else { break }
            } else {
                guard word.isLettersOnly(from: end &+ 2), bytes[end &+ 1] == 0x20, !isJoiner(bytes[end]) else { break }
            }
            end = word.upperBound
            index &+= 1
        }
        return index
    }

    /// True when word `index`, after a plain word and one space, repeats nothing (see
    /// `repeats`); false when only the bytes can tell.
    private static func settles(_ index: Int, _ words: UnsafeBufferPointer<WordScanner.Word>, _ hashes: UnsafeBufferPointer<UInt64>,
                                _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard hashes[index] != hashes[index &- 1] else { return false }
        let second = words[index]
        if second.lettersOnly { return true }
        let length = words[index &- 1].upperBound &- words[index &- 1].lowerBound
        return length >= second.upperBound &- second.lowerBound || !isDigit(bytes[second.lowerBound &+ length])
    }

    /// The end of the repeated word after the space at `space` (before the last byte), or nil
    /// when none ends there: the word after the space, with the same bytes right before the
    /// space, and no letter before those (apostrophes and hyphens aside), so that they start
    /// a word of their own.
    private static func repeatEnd(_ bytes: UnsafeBufferPointer<UInt8>, space: Int) -> Int? {
        guard space > 0, isWordPart(bytes[space &- 1]), let end = wordEnd(bytes, from: space &+ 1) else { return nil }
        let start = space &- (end &- space &- 1)
        guard start >= 0, sameWord(bytes, start, space &+ 1, end &- space &- 1), startsWord(bytes, start) else { return nil }
        return end
    }

    /// The end of the word from `start`, or nil when no letter starts one there: the first
    /// byte that is not a letter, apostrophe or hyphen. Eight bytes at a time, the first
    /// block also telling whether `start` holds a letter: the words are where this rule
    /// spends its time.
    private static func wordEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        let count = bytes.count
        guard start &+ 8 <= count else {
            guard isLetter(bytes[start]) else { return nil }
            var index = start &+ 1
            while index < count, isWordPart(bytes[index]) { index &+= 1 }
            return index
        }
        var others = nonLetters(ByteLanes.load(bytes, start))
        // The first byte flagged: not a letter, so no word starts here.
        if others & 0x80 != 0 { return nil }
        var index = start
        while true {
            if others == 0 {
                index &+= 8
            } else {
                // The first flagged byte ends the word, unless it is one of the rarer ' and -.
                let at = index &+ ByteLanes.first(others)
                guard bytes[at] == 0x27 || bytes[at] == 0x2D else { return at }
                index = at &+ 1
            }
            guard index &+ 8 <= count else { break }
            others = nonLetters(ByteLanes.load(bytes, index))
        }
        while index < count, isWordPart(bytes[index]) { index &+= 1 }
        return index
    }

    /// Flags of the bytes that are neither letters (either case) nor from 0x80.
    private static func nonLetters(_ lanes: UInt64) -> UInt64 {
        ~(lanes | ByteLanes.inRange(lanes | ByteLanes.repeated(0x20), 0x61, 0x7A)) & ByteLanes.highBits
    }

    /// Equal bytes, or the same ASCII letter in another case.
    private static func sameWord(_ bytes: UnsafeBufferPointer<UInt8>, _ first: Int, _ second: Int, _ length: Int) -> Bool {
        for offset in 0..<length {
            let x = bytes[first + offset], y = bytes[second + offset]
            if x != y, !(x | 0x20 == y | 0x20 && (x | 0x20) >= 0x61 && (x | 0x20) <= 0x7A) { return false }
        }
        return true
    }

    /// A word of the same bytes as the second starts at `start` (not inside a longer word):
    /// no letter before it, apostrophes and hyphens aside (a word starts only at a letter).
    private static func startsWord(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        var index = start - 1
        while index >= 0, bytes[index] == 0x27 || bytes[index] == 0x2D { index -= 1 }
        return index < 0 || !isLetter(bytes[index])
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) &- 0x61 < 26 || byte >= 0x80
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }

    private static func isJoiner(_ byte: UInt8) -> Bool { byte == 0x27 || byte == 0x2D }

    private static func isWordPart(_ byte: UInt8) -> Bool { isLetter(byte) || isJoiner(byte) }

    enum Message {
        static func repeated(_ word: String) -> String { "\(quote(word)) is repeated" }
    }
}
