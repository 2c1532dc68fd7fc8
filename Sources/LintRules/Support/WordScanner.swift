import ClauseLint

/// Splits UTF-8 text into words: letters and digits, with apostrophes and hyphens
/// inside a word kept (`Secretary-General`, `Member's`). Bytes of 0x80 and above count
/// as letters, so accented words stay whole.
struct WordScanner {
    struct Word {
        /// Offsets as 32-bit values (inputs are at most 64 MB): twelve bytes a word, where a
        /// paragraph of 50 MB holds eight million of them.
        private var start: Int32
        private var end: Int32
        /// True when only a single space separates it from the previous word.
        var spaceBefore: Bool
        /// True when an ASCII hyphen or apostrophe joins two parts (`Secretary-General`).
        var joined: Bool

        var range: Range<Int> { Int(start)..<Int(end) }

        init(range: Range<Int>, spaceBefore: Bool, joined: Bool = false) {
            start = Int32(clamping: range.lowerBound)
            end = Int32(clamping: range.upperBound)
            self.spaceBefore = spaceBefore
            self.joined = joined
        }
    }

    static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || byte >= 0x80
    }

    static func words(_ bytes: [UInt8]) -> [Word] { scan(bytes, hashing: false).words }

    /// The words and, in the same pass, each word's `lowerHash`.
    static func wordsAndHashes(_ bytes: [UInt8]) -> (words: [Word], hashes: [UInt64]) { scan(bytes, hashing: true) }

    private static func scan(_ bytes: [UInt8], hashing: Bool) -> (words: [Word], hashes: [UInt64]) {
        var words: [Word] = []
        var hashes: [UInt64] = []
        words.reserveCapacity(bytes.count / 6)
        if hashing { hashes.reserveCapacity(bytes.count / 6) }
        // Over the raw buffer, with a table of word bytes, hashing as it goes: this loop
        // reads every byte of every paragraph.
        loweredWordBytes.withUnsafeBufferPointer { table in
            bytes.withUnsafeBufferPointer { bytes in
                let count = bytes.count
                var index = 0
                var lastEnd = -2
                while index < count {
                    guard table[Int(bytes[index])] != 0 else { index += 1; continue }
                    let start = index
                    var hash = lowerHashSeed
                    var joined = false
                    while index < count {
                        let byte = bytes[index]
                        let lowered = table[Int(byte)]
                        if lowered != 0 { hash = (hash ^ UInt64(lowered)) &* lowerHashPrime; index += 1; continue }
                        // An apostrophe or hyphen between two word characters stays inside the word.
                        if (byte == 0x27 || byte == 0x2D), index + 1 < count, table[Int(bytes[index + 1])] != 0 {
                            hash = (hash ^ UInt64(byte)) &* lowerHashPrime
                            joined = true
                            index += 1
                            continue
                        }
                        // The typographic apostrophe ’ (E2 80 99) likewise.
                        if byte == 0xE2, index + 3 < count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x99, table[Int(bytes[index + 3])] != 0 {
                            hash = (hash ^ 0xE2) &* lowerHashPrime
                            hash = (hash ^ 0x80) &* lowerHashPrime
                            hash = (hash ^ 0x99) &* lowerHashPrime
                            index += 3
                            continue
                        }
                        break
                    }
                    words.append(Word(range: start..<index, spaceBefore: lastEnd + 1 == start && bytes[start - 1] == 0x20, joined: joined))
                    lastEnd = index
                    if hashing { hashes.append(hash) }
                }
            }
        }
        return (words, hashes)
    }

    /// Each byte lower-cased if it is a word byte (`isWordByte`), else 0.
    static let loweredWordBytes: [UInt8] = (0...255).map { byte in
        let value = UInt8(byte)
        guard isWordByte(value) else { return 0 }
        return value >= 0x41 && value <= 0x5A ? value | 0x20 : value
    }

    private static let lowerHashSeed: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let lowerHashPrime: UInt64 = 0x100_0000_01b3

    static func lowercased(_ bytes: ArraySlice<UInt8>) -> String {
        String(decoding: bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
    }

    /// FNV-1a of the ASCII-lower-cased bytes: compares words without making Strings.
    static func lowerHash(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var hash = lowerHashSeed
        for byte in bytes {
            hash ^= UInt64(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
            hash &*= lowerHashPrime
        }
        return hash
    }

    static func lowerHash(_ text: String) -> UInt64 { lowerHash(text.utf8) }

    static func isCapitalized(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard let first = bytes.first else { return false }
        if first >= 0x41 && first <= 0x5A { return true }
        if first >= 0x80 { return String(decoding: bytes, as: UTF8.self).first?.isUppercase == true }
        return false
    }

    static func isAllCapitals(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.count > 1 && !bytes.contains { $0 >= 0x61 && $0 <= 0x7A } && bytes.contains { $0 >= 0x41 && $0 <= 0x5A }
    }
}
