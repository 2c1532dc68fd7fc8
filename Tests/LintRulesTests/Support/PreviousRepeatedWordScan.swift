import ClauseLint

/// `RepeatedWordRule`'s scan as it was before it read the document's word scan: it reads
/// every byte of the paragraph itself. Kept as the reference the word-based scan must
/// agree with, pair for pair, on any text.
enum PreviousRepeatedWordScan {
    /// The second word of each pair of equal words (case aside) with exactly one space
    /// between them. A word is a letter followed by letters, apostrophes and hyphens.
    /// A pair is found from its space: the word after it is measured (eight bytes at a
    /// time) and compared with as many bytes before the space. Over the raw buffer: this
    /// reads every byte of every paragraph.
    ///
    /// Most words follow a space and are followed by one, so the word before a space is
    /// usually the word measured last: then that word is the only candidate, and unequal
    /// lengths settle most pairs without reading a byte of either.
    static func repeats(_ bytes: [UInt8]) -> [Range<Int>] {
        var found: [Range<Int>] = []
        bytes.withUnsafeBufferPointer { bytes in
            let count = bytes.count
            var space = 0
            // The word measured last: it starts at a letter after a space.
            var previousStart = -1, previousEnd = -1
            // Offsets stay within the buffer, so the arithmetic below cannot overflow.
            while true {
                while space < count, bytes[space] != 0x20 { space &+= 1 }
                let start = space &+ 1
                guard start < count else { break }
                guard let end = wordEnd(bytes, from: start) else { space = start; continue }
                let length = end &- start
                if previousEnd == space {
                    // The word before the space starts where the previous one does: nothing
                    // before it is a word part, so no other start can hold an equal word.
                    if previousEnd &- previousStart == length, sameWord(bytes, previousStart, start, length) {
                        found.append(start..<end)
                    }
                } else if space > 0, isWordPart(bytes[space &- 1]), length <= space,
                          sameWord(bytes, space &- length, start, length), startsWord(bytes, space &- length) {
                    found.append(start..<end)
                }
                previousStart = start
                previousEnd = end
                space = end
            }
        }
        return found
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

    private static func isWordPart(_ byte: UInt8) -> Bool { isLetter(byte) || byte == 0x27 || byte == 0x2D }
}
