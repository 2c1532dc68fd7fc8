import Foundation

/// The first words of a clause (letters, apostrophes, hyphens), lower-cased into one
/// buffer with a single space between them: a phrase of several words is a run of
/// that buffer, hashed and compared without building a string per word.
///
/// One value can read paragraph after paragraph (`read`): its two buffers only grow,
/// and the words are written into them in place (no append, no clearing), so the
/// clause-tree builder allocates nothing here per paragraph.
struct LeadingWords {
    struct Word {
        /// The lower-cased word's bytes in `lower`.
        var range: Range<Int>
        /// Byte offset just past the word in the text it was read from.
        var end: Int
        var isCapitalized: Bool
        var isASCII: Bool
        /// `PhraseLexicon.hash` of the words up to and including this one, joined by single
        /// spaces: the lexicon looks up the phrases from the first word without hashing again.
        var prefixHash: UInt64 = 0
    }

    /// Room for the words; the first `count` are this paragraph's.
    private var slots: [Word] = []
    /// Room for the lower-cased words; the first `lowerCount` bytes are this paragraph's.
    private var lowerBytes: [UInt8] = []
    private var lowerCount = 0
    private(set) var count = 0

    init() {}

    /// Reads at most `limit` words; stops at the first punctuation mark.
    init(_ text: Substring, limit: Int) {
        read(text, limit: limit)
    }

    /// Forgets the words read before and reads those of `text` (see `init(_:limit:)`).
    mutating func read(_ text: Substring, limit: Int) {
        if text.utf8.withContiguousStorageIfAvailable({ read($0, limit: limit) }) == nil {
            var copy = String(text)
            copy.withUTF8 { read($0, limit: limit) }
        }
    }

    subscript(index: Int) -> Word { slots[index] }

    /// The words lower-cased and joined by single spaces.
    var lower: ArraySlice<UInt8> { lowerBytes[0..<lowerCount] }

    /// The bytes of words `start..<start + count` (lower-cased, joined by single spaces), lent to `body`.
    func withPhrase<Result>(from start: Int, count: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let range = slots[start].range.lowerBound..<slots[start + count - 1].range.upperBound
        return lowerBytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[range])) }
    }

    /// `PhraseLexicon.hash` of words `start..<start + count` (lower-cased, joined by single spaces).
    func hash(from start: Int, count: Int) -> UInt64 {
        start == 0 ? slots[count - 1].prefixHash : withPhrase(from: start, count: count) { PhraseLexicon.hash($0) }
    }

    /// True when words `start..<start + count` are, lower-cased, exactly `bytes`.
    func phrase(from start: Int, count: Int, equals bytes: [UInt8]) -> Bool {
        withPhrase(from: start, count: count) { phrase in
            phrase.count == bytes.count
                && bytes.withUnsafeBufferPointer { bytes in phrase.isEmpty || memcmp(phrase.baseAddress!, bytes.baseAddress!, phrase.count) == 0 }
        }
    }

    /// Words `start..<start + count`, lower-cased and joined by single spaces, as a string.
    func phraseString(from start: Int, count: Int) -> String {
        withPhrase(from: start, count: count) { String(decoding: $0, as: UTF8.self) }
    }

    /// True when words `start..<start + count` are all ASCII.
    func isASCII(from start: Int, count: Int) -> Bool {
        slots[start..<(start + count)].allSatisfy(\.isASCII)
    }

    /// The lower-cased word at `index`.
    func string(_ index: Int) -> String {
        phraseString(from: index, count: 1)
    }

    /// Reads the words of `bytes` (see `init(_:limit:)`). Over the raw bytes: this runs for
    /// every paragraph of every document. One pass finds the words; a second writes them
    /// lower-cased into `lowerBytes`.
    mutating func read(_ bytes: UnsafeBufferPointer<UInt8>, limit: Int) {
        if slots.count < limit { slots = Array(repeating: Word(range: 0..<0, end: 0, isCapitalized: false, isASCII: true), count: limit) }
        // Pass 1: the words, with `range` in `bytes` for now.
        var found = 0, allASCII = true, singleSpaced = true
        slots.withUnsafeMutableBufferPointer { slots in
            (found, allASCII, singleSpaced) = Self.findWords(bytes, into: slots, limit: limit)
        }
        count = found
        lowerCount = 0
        guard found > 0 else { return }
        if allASCII { lowerASCIIWords(bytes, singleSpaced: singleSpaced) } else { lowerWords(bytes) }
        hashPrefixes()
    }

    /// Pass 2, ASCII: the words copied, then lower-cased in place by bytes (no Unicode case tables).
    private mutating func lowerASCIIWords(_ bytes: UnsafeBufferPointer<UInt8>, singleSpaced: Bool) {
        let found = count
        // Single-spaced words are one span of `bytes`, copied at once.
        let span = slots[0].range.lowerBound
        let length = singleSpaced ? slots[found - 1].range.upperBound - span
            : slots[0..<found].reduce(found - 1) { $0 + $1.range.count }
        if lowerBytes.count < length { lowerBytes = Array(repeating: 0, count: max(length, 2 * lowerBytes.count)) }
        slots.withUnsafeMutableBufferPointer { slots in
            lowerBytes.withUnsafeMutableBufferPointer { lower in
                if singleSpaced {
                    _ = UnsafeMutableBufferPointer(rebasing: lower[0..<length])
                        .update(fromContentsOf: UnsafeBufferPointer(rebasing: bytes[span..<(span + length)]))
                    for number in 0..<found {
                        slots[number].range = (slots[number].range.lowerBound - span)..<(slots[number].range.upperBound - span)
                    }
                } else {
                    var cursor = 0
                    for number in 0..<found {
                        if number > 0 { lower[cursor] = 0x20; cursor += 1 }
                        let source = slots[number].range
                        _ = UnsafeMutableBufferPointer(rebasing: lower[cursor..<(cursor + source.count)])
                            .update(fromContentsOf: UnsafeBufferPointer(rebasing: bytes[source]))
                        slots[number].range = cursor..<(cursor + source.count)
                        cursor += source.count
                    }
                }
                Self.lowercaseASCII(UnsafeMutableRawBufferPointer(UnsafeMutableBufferPointer(rebasing: lower[0..<length])))
            }
        }
        lowerCount = length
    }

    /// Each word's `prefixHash`, in one pass over the lower-cased words.
    private mutating func hashPrefixes() {
        let found = count
        lowerBytes.withUnsafeBufferPointer { lower in
            slots.withUnsafeMutableBufferPointer { words in
                var hash = PhraseLexicon.hashSeed
                var cursor = 0
                for number in 0..<found {
                    let end = words[number].range.upperBound
                    hash = PhraseLexicon.hash(UnsafeBufferPointer(rebasing: lower[cursor..<end]), seed: hash)
                    words[number].prefixHash = hash
                    cursor = end
                }
            }
        }
    }

    /// Pass 1: the words of `bytes`, at most `limit` of them (`words` has room for them),
    /// with their ranges in `bytes`; whether they are all ASCII, and whether every gap
    /// between them is one space.
    private static func findWords(_ bytes: UnsafeBufferPointer<UInt8>, into words: UnsafeMutableBufferPointer<Word>,
                                  limit: Int) -> (count: Int, allASCII: Bool, singleSpaced: Bool) {
        var found = 0, index = 0, allASCII = true, singleSpaced = true
        let count = bytes.count
        while found < limit {
            let gapStart = index
            while index < count, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
            guard index < count else { break }
            if found > 0, index - gapStart != 1 || bytes[gapStart] != 0x20 { singleSpaced = false }
            let start = index
            var ascii = true
            // Eight bytes at a time while eight are left (a word is about as long), then byte by byte.
            var ended = false
            while index + 8 <= count {
                let lanes = ByteLanes.load(bytes, index)
                let high = lanes & ByteLanes.highBits
                let stops = wordStops(lanes)
                if stops == 0 {
                    if high != 0 { ascii = false }
                    index += 8
                    continue
                }
                let length = ByteLanes.first(stops)
                // Bytes 0x80 and above before the stop.
                if high & ((1 << UInt64(8 * length)) &- 1) != 0 { ascii = false }
                index += length
                ended = true
                break
            }
            while !ended, index < count {
                let byte = bytes[index]
                if byte >= 0x80 {
                    ascii = false
                } else if !isASCIIWordByte(byte) {
                    break
                }
                index += 1
            }
            guard index > start else { break }
            let first = bytes[start]
            words[found] = Word(range: start..<index, end: index, isCapitalized: first >= 0x41 && first <= 0x5A, isASCII: ascii)
            found += 1
            allASCII = allASCII && ascii
            guard index < count, bytes[index] == 0x20 || bytes[index] == 0x09 else { break }
        }
        return (found, allASCII, singleSpaced)
    }

    /// Flags of the lanes that end a word: bytes below 0x80 that are not letters, apostrophes
    /// or hyphens (bytes 0x80 and above belong to the word: letters outside ASCII).
    @inline(__always)
    static func wordStops(_ lanes: UInt64) -> UInt64 {
        // Setting bit 5 folds A-Z onto a-z, and nothing else below 0x80 onto a-z.
        let letters = ByteLanes.inRange(lanes | ByteLanes.repeated(0x20), 0x61, 0x7A)
        let marks = ByteLanes.equal(lanes, 0x27) | ByteLanes.equal(lanes, 0x2D)
        return ~(letters | marks | lanes) & ByteLanes.highBits
    }

    /// Letters, apostrophes and hyphens (bytes below 0x80), by two bit masks.
    @inline(__always)
    private static func isASCIIWordByte(_ byte: UInt8) -> Bool {
        // Bits 0x27 and 0x2D below 64; bits 0x41–0x5A and 0x61–0x7A above.
        let low: UInt64 = 1 << 0x27 | 1 << 0x2D
        let high: UInt64 = 0x07FF_FFFE_07FF_FFFE
        return byte < 64 ? (low >> UInt64(byte)) & 1 != 0 : (high >> UInt64(byte & 63)) & 1 != 0
    }

    /// Lower-cases ASCII bytes in place, eight at a time: a byte from `A` to `Z` gets bit 5.
    private static func lowercaseASCII(_ bytes: UnsafeMutableRawBufferPointer) {
        var index = 0
        while index + 8 <= bytes.count {
            let word = bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            let upper = ByteLanes.inRange(word, 0x41, 0x5A)
            bytes.storeBytes(of: word | upper >> 2, toByteOffset: index, as: UInt64.self)
            index += 8
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte &- 0x41 < 26 { bytes[index] = byte | 0x20 }
            index += 1
        }
    }

    /// Pass 2 when some word is not ASCII: those words are lower-cased as strings.
    private mutating func lowerWords(_ bytes: UnsafeBufferPointer<UInt8>) {
        var lower: [UInt8] = []
        for number in 0..<count {
            if number > 0 { lower.append(0x20) }
            let source = slots[number].range
            let lowerStart = lower.count
            if slots[number].isASCII {
                lower.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[source]))
                lower[lowerStart...].withUnsafeMutableBytes(Self.lowercaseASCII)
            } else {
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[source]), as: UTF8.self)
                lower.append(contentsOf: text.lowercased().utf8)
                slots[number].isCapitalized = slots[number].isCapitalized || text.first?.isUppercase == true
            }
            slots[number].range = lowerStart..<lower.count
        }
        lowerCount = lower.count
        if lowerBytes.count < lower.count { lowerBytes = lower } else { lowerBytes.replaceSubrange(0..<lower.count, with: lower) }
    }
}
