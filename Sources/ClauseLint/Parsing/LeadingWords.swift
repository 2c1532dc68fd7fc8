import Foundation

/// The first words of a clause (letters, apostrophes, hyphens), lower-cased into one
/// buffer with a single space between them: a phrase of several words is a run of
/// that buffer, hashed and compared without building a string per word.
///
/// One value can read paragraph after paragraph: its two buffers only grow, and the words
/// are written into them in place (no append, no clearing), so the clause-tree builder
/// allocates nothing here per paragraph. The lexicon reads a paragraph's words one by one
/// as its match needs them (`begin`, `has`, `end`): most matches are decided by the first
/// two or three words, and the rest are never read.
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
    /// The words read so far.
    private(set) var count = 0

    /// The text being read, lent to `begin` until `end`; empty otherwise.
    private var source = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    /// Where in `source` the next word's leading spaces start.
    private var position = 0
    /// At most this many words are read.
    private var limit = 0
    /// True when no word follows the last one read (a punctuation mark, the end of the text,
    /// the limit, or the reading has ended).
    private var finished = true

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

    /// Forgets the words read before and reads all those of `bytes` (see `init(_:limit:)`).
    mutating func read(_ bytes: UnsafeBufferPointer<UInt8>, limit: Int) {
        begin(bytes, limit: limit)
        while readNext() {}
        end()
    }

    /// Forgets the words read before and starts on those of `bytes`, read by `has` as they are
    /// needed. `bytes` must stay valid until `end()`.
    mutating func begin(_ bytes: UnsafeBufferPointer<UInt8>, limit: Int) {
        if slots.count < limit { slots = Array(repeating: Word(range: 0..<0, end: 0, isCapitalized: false, isASCII: true), count: limit) }
        source = bytes
        position = 0
        self.limit = limit
        finished = false
        count = 0
        lowerCount = 0
    }

    /// Stops reading: the words read so far stay, and no more are read.
    mutating func end() {
        source = UnsafeBufferPointer(start: nil, count: 0)
        finished = true
    }

    /// True when the text has a word `index` (within the limit): the words up to it are read
    /// first when they have not been.
    mutating func has(_ index: Int) -> Bool {
        while count <= index {
            guard readNext() else { return false }
        }
        return true
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
        for index in start..<(start + count) where !slots[index].isASCII { return false }
        return true
    }

    /// The lower-cased word at `index`.
    func string(_ index: Int) -> String {
        phraseString(from: index, count: 1)
    }

    /// Reads the next word, if there is one: found in the raw bytes (this runs for most
    /// paragraphs of every document), written lower-cased after the words before it, and
    /// hashed onto their phrase as it is written.
    private mutating func readNext() -> Bool {
        guard !finished, count < limit else {
            finished = true
            return false
        }
        let bytes = source
        var index = position
        while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
        let start = index
        let ascii = index < bytes.count ? Self.scanWord(bytes, from: &index) : true
        guard index > start else {
            finished = true
            return false
        }
        position = index
        if index == bytes.count || (bytes[index] != 0x20 && bytes[index] != 0x09) { finished = true }
        let first = bytes[start]
        let isCapitalized = first >= 0x41 && first <= 0x5A
        if ascii {
            append(UnsafeBufferPointer(rebasing: bytes[start..<index]), end: index, isCapitalized: isCapitalized, isASCII: true)
        } else {
            // Outside ASCII, as `String` lower-cases it (which may change the byte count).
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
            var lowered = text.lowercased()
            lowered.withUTF8 { lowered in
                append(lowered, end: index, isCapitalized: isCapitalized || text.first?.isUppercase == true, isASCII: false)
            }
        }
        return true
    }

    /// Appends a word to `lowerBytes` (after a space when it is not the first) and to the
    /// words, lower-casing `A`–`Z` (the rest of `word` is lower-cased already) and hashing
    /// each byte as it is written.
    private mutating func append(_ word: UnsafeBufferPointer<UInt8>, end: Int, isCapitalized: Bool, isASCII: Bool) {
        let separator = count > 0 ? 1 : 0
        let needed = lowerCount + separator + word.count
        if lowerBytes.count < needed { lowerBytes = Array(lowerBytes[0..<lowerCount]) + Array(repeating: 0, count: max(needed, 2 * lowerBytes.count, 64) - lowerCount) }
        var hash = count > 0 ? slots[count - 1].prefixHash : PhraseLexicon.hashSeed
        let wordStart = lowerCount + separator
        lowerBytes.withUnsafeMutableBufferPointer { lower in
            guard let base = lower.baseAddress else { return }
            if separator > 0 {
                base[lowerCount] = 0x20
                hash = (hash ^ 0x20) &* PhraseLexicon.hashPrime
            }
            let out = base + wordStart
            for offset in 0..<word.count {
                let byte = word[offset]
                let lowered = byte &- 0x41 < 26 ? byte | 0x20 : byte
                out[offset] = lowered
                hash = (hash ^ UInt64(lowered)) &* PhraseLexicon.hashPrime
            }
        }
        lowerCount = needed
        slots[count] = Word(range: wordStart..<needed, end: end, isCapitalized: isCapitalized, isASCII: isASCII, prefixHash: hash)
        count += 1
    }

    /// Moves `index` past the word that starts there (letters, apostrophes, hyphens and bytes
    /// 0x80 and above), eight bytes at a time while eight are left; true when it is all ASCII.
    @inline(__always)
    private static func scanWord(_ bytes: UnsafeBufferPointer<UInt8>, from index: inout Int) -> Bool {
        let count = bytes.count
        var ascii = true
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
            return ascii
        }
        while index < count {
            let byte = bytes[index]
            if byte >= 0x80 {
                ascii = false
            } else if !isASCIIWordByte(byte) {
                break
            }
            index += 1
        }
        return ascii
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
}
