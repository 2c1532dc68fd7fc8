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
        var lowerCount = 0
        while words.count < limit {
            while index < count, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
            guard index < count else { break }
            let start = index
            var ascii = true
            while index < count {
                let byte = bytes[index]
                if byte >= 0x80 {
                    ascii = false
                } else if !(byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) && byte != 0x27 && byte != 0x2D {
                    break
                }
                index += 1
            }
            guard index > start else { break }
            let first = bytes[start]
            words.append(Word(range: start..<index, end: index, isCapitalized: first >= 0x41 && first <= 0x5A, isASCII: ascii))
            allASCII = allASCII && ascii
            lowerCount += (words.count > 1 ? 1 : 0) + (index - start)
            guard index < count, bytes[index] == 0x20 || bytes[index] == 0x09 else { break }
        }
        guard allASCII else { return lowerWords(bytes) }
        // Pass 2, ASCII: lower-cased by bytes, no Unicode case tables.
        lower.append(contentsOf: repeatElement(0, count: lowerCount))
        lower.withUnsafeMutableBufferPointer { buffer in
            var cursor = 0
            for number in words.indices {
                if number > 0 { buffer[cursor] = 0x20; cursor += 1 }
                let source = words[number].range
                let lowerStart = cursor
                for offset in source {
                    let byte = bytes[offset]
                    buffer[cursor] = byte &- 0x41 < 26 ? byte | 0x20 : byte
                    cursor += 1
                }
                words[number].range = lowerStart..<cursor
            }
        }
    }

    /// Pass 2 when some word is not ASCII: those words are lower-cased as strings.
    private mutating func lowerWords(_ bytes: UnsafeBufferPointer<UInt8>) {
        for number in words.indices {
            if number > 0 { lower.append(0x20) }
            let source = words[number].range
            let lowerStart = lower.count
            if words[number].isASCII {
                for offset in source { let byte = bytes[offset]; lower.append(byte &- 0x41 < 26 ? byte | 0x20 : byte) }
            } else {
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[source]), as: UTF8.self)
                lower.append(contentsOf: text.lowercased().utf8)
                words[number].isCapitalized = words[number].isCapitalized || text.first?.isUppercase == true
            }
            words[number].range = lowerStart..<lower.count
        }
    }
}
