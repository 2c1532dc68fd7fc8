import Foundation

/// The first words of a clause (letters, apostrophes, hyphens), lower-cased into one
/// buffer with a single space between them: a phrase of several words is a slice of
/// that buffer, hashed and compared without building a string per word.
///
/// One value can read paragraph after paragraph (`read`): its two arrays keep their
/// capacity, so the clause-tree builder allocates nothing here per paragraph.
struct LeadingWords {
    struct Word {
        /// The lower-cased word's bytes in `lower`.
        var range: Range<Int>
        /// Byte offset just past the word in the text it was read from.
        var end: Int
        var isCapitalized: Bool
        var isASCII: Bool
    }

    private(set) var lower: [UInt8] = []
    private(set) var words: [Word] = []

    init() {}

    /// Reads at most `limit` words; stops at the first punctuation mark.
    init(_ text: Substring, limit: Int) {
        read(text, limit: limit)
    }

    /// Forgets the words read before and reads those of `text` (see `init(_:limit:)`).
    mutating func read(_ text: Substring, limit: Int) {
        words.removeAll(keepingCapacity: true)
        lower.removeAll(keepingCapacity: true)
        if text.utf8.withContiguousStorageIfAvailable({ read($0, limit: limit) }) == nil {
            var copy = String(text)
            copy.withUTF8 { read($0, limit: limit) }
        }
    }

    var count: Int { words.count }
    subscript(index: Int) -> Word { words[index] }

    /// Words `start..<start + count`, lower-cased and joined by single spaces.
    func phrase(from start: Int, count: Int) -> ArraySlice<UInt8> {
        lower[words[start].range.lowerBound..<words[start + count - 1].range.upperBound]
    }

    /// True when words `start..<start + count` are, lower-cased, exactly `bytes`.
    func phrase(from start: Int, count: Int, equals bytes: [UInt8]) -> Bool {
        let range = words[start].range.lowerBound..<words[start + count - 1].range.upperBound
        guard range.count == bytes.count else { return false }
        return lower.withUnsafeBufferPointer { lower in
            bytes.withUnsafeBufferPointer { bytes in memcmp(lower.baseAddress! + range.lowerBound, bytes.baseAddress!, range.count) == 0 }
        }
    }

    /// True when words `start..<start + count` are all ASCII.
    func isASCII(from start: Int, count: Int) -> Bool {
        words[start..<(start + count)].allSatisfy(\.isASCII)
    }

    /// The lower-cased word at `index`.
    func string(_ index: Int) -> String {
        String(decoding: lower[words[index].range], as: UTF8.self)
    }

    /// Over the raw bytes: this runs for every paragraph of every document. One pass finds
    /// the words; a second writes them lower-cased into a buffer allocated at its final size.
    private mutating func read(_ bytes: UnsafeBufferPointer<UInt8>, limit: Int) {
        // Pass 1: the words, with `range` in `bytes` for now.
        var index = 0
        let count = bytes.count
        var allASCII = true
        // True while every gap between words is one space: the words are then one span of
        // `bytes`, copied at once.
        var singleSpaced = true
        while words.count < limit {
            let gapStart = index
            while index < count, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
            guard index < count else { break }
            if !words.isEmpty, index - gapStart != 1 || bytes[gapStart] != 0x20 { singleSpaced = false }
            let start = index
            var ascii = true
            while index < count {
                let byte = bytes[index]
                if byte >= 0x80 {
                    ascii = false
                } else if !Self.isASCIIWordByte(byte) {
                    break
                }
                index += 1
            }
            guard index > start else { break }
            let first = bytes[start]
            words.append(Word(range: start..<index, end: index, isCapitalized: first >= 0x41 && first <= 0x5A, isASCII: ascii))
            allASCII = allASCII && ascii
            guard index < count, bytes[index] == 0x20 || bytes[index] == 0x09 else { break }
        }
        guard allASCII else { return lowerWords(bytes) }
        // Pass 2, ASCII: the words copied, then lower-cased in place by bytes (no Unicode case tables).
        guard let firstWord = words.first, let lastWord = words.last else { return }
        if singleSpaced {
            let span = firstWord.range.lowerBound
            lower.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[span..<lastWord.range.upperBound]))
            for number in words.indices {
                words[number].range = (words[number].range.lowerBound - span)..<(words[number].range.upperBound - span)
            }
        } else {
            for number in words.indices {
                if number > 0 { lower.append(0x20) }
                let lowerStart = lower.count
                lower.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[words[number].range]))
                words[number].range = lowerStart..<lower.count
            }
        }
        lower.withUnsafeMutableBytes(Self.lowercaseASCII)
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
        for number in words.indices {
            if number > 0 { lower.append(0x20) }
            let source = words[number].range
            let lowerStart = lower.count
            if words[number].isASCII {
                lower.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[source]))
                lower[lowerStart...].withUnsafeMutableBytes(Self.lowercaseASCII)
            } else {
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[source]), as: UTF8.self)
                lower.append(contentsOf: text.lowercased().utf8)
                words[number].isCapitalized = words[number].isCapitalized || text.first?.isUppercase == true
            }
            words[number].range = lowerStart..<lower.count
        }
    }
}
