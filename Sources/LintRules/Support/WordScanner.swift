import ClauseLint

/// Splits UTF-8 text into words: letters and digits, with apostrophes and hyphens
/// inside a word kept (`Secretary-General`, `Member's`). Bytes of 0x80 and above count
/// as letters, so accented words stay whole.
struct WordScanner {
    struct Word {
        /// Offsets as 32-bit values (files are at most 64 MB): eight bytes a word, where a
        /// paragraph of 50 MB holds eight million of them. The top bit of `firstAndLetters`
        /// is `lettersOnly`, the top bit of `endAndJoined` is `joined`.
        private var firstAndLetters: UInt32
        private var endAndJoined: UInt32

        var lowerBound: Int { Int(firstAndLetters & 0x7FFF_FFFF) }
        var upperBound: Int { Int(endAndJoined & 0x7FFF_FFFF) }
        /// Made from a range (`init`), so its bounds are in order: no check on each read.
        var range: Range<Int> { Range(uncheckedBounds: (lowerBound, upperBound)) }
        /// True when an ASCII hyphen or apostrophe joins two parts (`Secretary-General`).
        var joined: Bool { endAndJoined >> 31 != 0 }
        /// True when the scan found only letters in the word (0x80 and above among them): no
        /// digit and no joiner. Words made elsewhere (`init(range:joined:)`) say false.
        var lettersOnly: Bool { firstAndLetters >> 31 != 0 }

        /// True when the word starts at `start` and is letters only: one comparison.
        func isLettersOnly(from start: Int) -> Bool {
            firstAndLetters == UInt32(truncatingIfNeeded: start) | UInt32(truncatingIfNeeded: Self.lettersOnlyFlag)
        }

        init(range: Range<Int>, joined: Bool = false) {
            self.init(range, flags: joined ? Self.joinedFlag : 0)
        }

        /// The flags in one value, as the scan keeps them: `lettersOnlyFlag`, `joinedFlag`.
        fileprivate init(_ range: Range<Int>, flags: UInt64) {
            firstAndLetters = UInt32(truncatingIfNeeded: range.lowerBound) | UInt32(truncatingIfNeeded: flags)
            endAndJoined = UInt32(truncatingIfNeeded: range.upperBound) | UInt32(truncatingIfNeeded: flags >> 32)
        }

        fileprivate static let lettersOnlyFlag: UInt64 = 1 << 31
        fileprivate static let joinedFlag: UInt64 = 1 << 63
    }

    static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || byte >= 0x80
    }

    /// The most words `count` bytes can hold: each word is at least one byte, and one byte
    /// at least separates two words.
    static func mostWords(_ count: Int) -> Int { (count + 1) / 2 }

    /// The words of `bytes` and each word's `lowerHash`.
    static func wordsAndHashes(_ bytes: [UInt8]) -> (words: [Word], hashes: [UInt64]) {
        var hashes: [UInt64] = []
        let words = [Word](unsafeUninitializedCapacity: mostWords(bytes.count)) { words, found in
            hashes = [UInt64](unsafeUninitializedCapacity: mostWords(bytes.count)) { hashes, hashed in
                hashed = scan(bytes, into: words, hashes, at: 0)
                found = hashed
            }
        }
        return (words, hashes)
    }

    /// Writes the words of `bytes` to `words` and, in the same pass, each word's `lowerHash`
    /// to `hashes`, both from position `first`, and returns the position after the last:
    /// one pair of buffers serves all the paragraphs of a document. Both must have room
    /// for `mostWords(bytes.count)` more.
    static func scan(_ bytes: [UInt8], into words: UnsafeMutableBufferPointer<Word>, _ hashes: UnsafeMutableBufferPointer<UInt64>, at first: Int) -> Int {
        precondition(first >= 0 && first + mostWords(bytes.count) <= min(words.count, hashes.count), "word buffers too small")
        var written = first
        // Over the raw buffer, with tables of word bytes, hashing as it goes: this loop reads
        // every byte of every paragraph, and writes each word without a capacity check.
        scanTables.withUnsafeBufferPointer { tables in
            bytes.withUnsafeBufferPointer { bytes in
                let count = bytes.count
                var index = 0
                // Every word that starts before the last byte that is neither a word byte nor
                // a joiner ends at that byte at the latest: up to it, no run is checked against
                // the end. (Most paragraphs end in punctuation: that is their last byte.)
                var stop = count - 1
                while stop >= 0, tables[Int(bytes[stop])] != 0 || bytes[stop] == 0x27 || bytes[stop] == 0x2D { stop -= 1 }
                while index < stop {
                    guard let first = firstLetter(bytes[index], tables) else { index &+= 1; continue }
                    let (end, hash, flags) = word(bytes, tables, from: index, first, checked: false)
                    words[written] = Word(Range(uncheckedBounds: (index, end)), flags: flags)
                    hashes[written] = hash
                    written &+= 1
                    index = end &+ 1   // the byte that ended the word is no word byte
                }
                // After `stop`, the same with checks against the end.
                while index < count {
                    guard let first = firstLetter(bytes[index], tables) else { index &+= 1; continue }
                    let (end, hash, flags) = word(bytes, tables, from: index, first, checked: true)
                    words[written] = Word(Range(uncheckedBounds: (index, end)), flags: flags)
                    hashes[written] = hash
                    written &+= 1
                    index = end
                }
            }
        }
        return written
    }

    /// For a word byte, its lower case and whether it is a letter (as `Word` keeps the flag);
    /// nil for any other byte. Looked up in the letters' table, so the common case, a word
    /// that starts with a letter, takes one look.
    @inline(__always)
    private static func firstLetter(_ byte: UInt8, _ tables: UnsafeBufferPointer<UInt64>) -> (lowered: UInt64, flags: UInt64)? {
        let lowered = tables[lettersTable &+ Int(byte)]
        if isLetter(lowered) { return (lowered, Word.lettersOnlyFlag) }
        return byte &- 0x30 < 10 ? (UInt64(byte), 0) : nil   // a digit is its own lower case
    }

    /// A letters' table entry is a letter's lower case: above zero as a signed value (a
    /// continuer's mark is below, any other byte's zero), one test for both.
    @inline(__always)
    private static func isLetter(_ entry: UInt64) -> Bool { Int64(bitPattern: entry) > 0 }

    /// The word that starts at `start` (a word byte, `first` as `firstLetter` reads it): its
    /// end, its `lowerHash` and its flags as `Word` keeps them (`joined`, `lettersOnly`).
    /// Unchecked, the caller knows a byte that is neither a word byte nor a joiner ends it
    /// before the buffer does; checked, every step looks at the end too. Inlined, so the
    /// unchecked loop carries no test of `checked`.
    @inline(__always)
    private static func word(_ bytes: UnsafeBufferPointer<UInt8>, _ tables: UnsafeBufferPointer<UInt64>, from start: Int,
                             _ first: (lowered: UInt64, flags: UInt64),
                             checked: Bool) -> (end: Int, hash: UInt64, flags: UInt64) {
        let count = bytes.count
        var index = start
        var hash = lowerHashSeed
        var flags = first.flags
        var lowered = first.lowered
        while true {
            // The run of letters (0x80 and above among them, so a typographic apostrophe ’
            // stays inside the word): a digit stops it only to be noted below, once a run
            // rather than once a byte. Unchecked, four bytes a turn: the byte after a word
            // byte is still before the one that ends the word.
            if checked {
                repeat {
                    hash = (hash ^ lowered) &* lowerHashPrime
                    index &+= 1
                    if index >= count { return (index, hash, flags) }
                    lowered = tables[lettersTable &+ Int(bytes[index])]
                } while isLetter(lowered)
            } else {
                while true {
                    hash = (hash ^ lowered) &* lowerHashPrime
                    lowered = tables[lettersTable &+ Int(bytes[index &+ 1])]
                    guard isLetter(lowered) else { index &+= 1; break }
                    hash = (hash ^ lowered) &* lowerHashPrime
                    lowered = tables[lettersTable &+ Int(bytes[index &+ 2])]
                    guard isLetter(lowered) else { index &+= 2; break }
                    hash = (hash ^ lowered) &* lowerHashPrime
                    lowered = tables[lettersTable &+ Int(bytes[index &+ 3])]
                    guard isLetter(lowered) else { index &+= 3; break }
                    hash = (hash ^ lowered) &* lowerHashPrime
                    index &+= 4
                    lowered = tables[lettersTable &+ Int(bytes[index])]
                    guard isLetter(lowered) else { break }
                }
            }
            // Most runs end at a byte that is neither a digit nor a joiner: its entry, read
            // already, is zero.
            guard lowered != 0 else { break }
            let byte = bytes[index]
            if byte &- 0x30 < 10 {
                lowered = UInt64(byte)
                flags &= ~Word.lettersOnlyFlag
                continue
            }
            // An ASCII apostrophe or hyphen between two word characters stays inside the word.
            if checked, index &+ 1 >= count { break }
            lowered = tables[Int(bytes[index &+ 1])]
            guard lowered != 0 else { break }
            hash = (hash ^ UInt64(byte)) &* lowerHashPrime
            flags = Word.joinedFlag   // and no longer letters only
            index &+= 1
        }
        return (index, hash, flags)
    }

    /// The scan's two tables in one array, 256 entries each: `loweredWordBytes`, then the
    /// letters' table: a letter's lower case, a mark below zero as a signed value for the
    /// bytes that may continue a word after a run of letters (digits, apostrophe, hyphen),
    /// zero for the others (`isLetter`).
    private static let scanTables: [UInt64] = loweredWordBytes
        + loweredWordBytes.enumerated().map { byte, lowered in
            (byte >= 0x30 && byte <= 0x39) || byte == 0x27 || byte == 0x2D ? continuerMark : lowered
        }
    private static let lettersTable = 256
    private static let continuerMark = UInt64(bitPattern: -1)

    /// Each byte lower-cased if it is a word byte (`isWordByte`), else 0; 64 bits wide, as
    /// the hash takes it.
    static let loweredWordBytes: [UInt64] = (0...255).map { byte in
        let value = UInt8(byte)
        guard isWordByte(value) else { return 0 }
        return UInt64(value >= 0x41 && value <= 0x5A ? value | 0x20 : value)
    }

    private static let lowerHashSeed: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let lowerHashPrime: UInt64 = 0x100_0000_01b3

    static func lowercased(_ bytes: ArraySlice<UInt8>) -> String {
        String(decoding: bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
    }

    /// FNV-1a of the ASCII-lower-cased bytes: compares words without making Strings.
    static func lowerHash(_ bytes: some Sequence<UInt8>) -> UInt64 { lowerHash(bytes, after: lowerHashSeed) }

    /// `lowerHash` of some bytes followed by `bytes`, where `hash` is that of the first ones:
    /// words that share a stem hash it once.
    static func lowerHash(_ bytes: some Sequence<UInt8>, after hash: UInt64) -> UInt64 {
        var hash = hash
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
