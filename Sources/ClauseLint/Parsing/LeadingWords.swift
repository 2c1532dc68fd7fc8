/// The first words of a clause (letters, apostrophes, hyphens), lower-cased into one
/// buffer with a single space between them: a phrase of several words is a slice of
/// that buffer, hashed and compared without building a string per word.
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

    /// Reads at most `limit` words; stops at the first punctuation mark.
    init(_ text: Substring, limit: Int) {
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

    /// True when words `start..<start + count` are all ASCII.
    func isASCII(from start: Int, count: Int) -> Bool {
        words[start..<(start + count)].allSatisfy(\.isASCII)
    }

    /// The lower-cased word at `index`.
    func string(_ index: Int) -> String {
        String(decoding: lower[words[index].range], as: UTF8.self)
    }

    /// Over the raw bytes: this runs for every paragraph of every document.
    private mutating func read(_ bytes: UnsafeBufferPointer<UInt8>, limit: Int) {
        var index = 0
        let count = bytes.count
        // Room for the usual few words at once, not grown a byte at a time.
        words.reserveCapacity(limit)
        lower.reserveCapacity(min(count, 96))
        while words.count < limit {
            while index < count, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
            guard index < count else { break }
            let start = index
            var ascii = true
            while index < count {
                let byte = bytes[index]
                let isWordByte = (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                    || byte == 0x27 || byte == 0x2D || byte >= 0x80
                if !isWordByte { break }
                if byte >= 0x80 { ascii = false }
                index += 1
            }
            guard index > start else { break }
            if !words.isEmpty { lower.append(0x20) }
            let lowerStart = lower.count
            let first = bytes[start]
            var isCapitalized = first >= 0x41 && first <= 0x5A
            if ascii {
                // Lower-cased by bytes: no Unicode case tables.
                lower.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
                for offset in lowerStart..<lower.count where lower[offset] >= 0x41 && lower[offset] <= 0x5A { lower[offset] |= 0x20 }
            } else {
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
                lower.append(contentsOf: text.lowercased().utf8)
                isCapitalized = isCapitalized || text.first?.isUppercase == true
            }
            words.append(Word(range: lowerStart..<lower.count, end: index, isCapitalized: isCapitalized, isASCII: ascii))
            guard index < count, bytes[index] == 0x20 || bytes[index] == 0x09 else { break }
        }
    }
}
