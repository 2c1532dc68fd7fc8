/// A paragraph reduced to what duplicate detection compares: its words' bigrams as
/// 64-bit hashes (FNV-1a over lower-cased letters and digits), a hash of the whole
/// normalised text, and a MinHash signature for comparing across files cheaply.
struct ParagraphFingerprint: Sendable {
    /// Sorted, unique bigram hashes.
    var bigrams: [UInt64]
    var wordCount: Int
    /// Hash of the normalised word sequence: equal for texts that differ only in case and punctuation.
    var textHash: UInt64

    init(_ bytes: some Collection<UInt8>) {
        var hashes: [UInt64] = []
        var words = 0
        var textHash: UInt64 = 0xcbf29ce484222325
        var wordHash: UInt64 = 0xcbf29ce484222325
        var previous: UInt64 = 0
        var inWord = false
        func finishWord() {
            if words > 0 { hashes.append(Self.mix(previous &* 31 &+ wordHash)) }
            previous = wordHash
            words += 1
            textHash = (textHash ^ wordHash) &* 0x100000001b3
            wordHash = 0xcbf29ce484222325
            inWord = false
        }
        for byte in bytes {
            var value = byte
            if value >= 0x41 && value <= 0x5A { value |= 0x20 }
            let isWord = (value >= 0x61 && value <= 0x7A) || (value >= 0x30 && value <= 0x39) || value >= 0x80
            if isWord {
                wordHash = (wordHash ^ UInt64(value)) &* 0x100000001b3
                inWord = true
            } else if inWord {
                finishWord()
            }
        }
        if inWord { finishWord() }
        // Sorted and made unique in place.
        hashes.sort()
        var kept = 0
        for index in hashes.indices where kept == 0 || hashes[kept - 1] != hashes[index] {
            hashes[kept] = hashes[index]
            kept += 1
        }
        hashes.removeLast(hashes.count - kept)
        self.bigrams = hashes
        self.wordCount = words
        self.textHash = textHash
    }

    /// Dice coefficient of two bigram sets: 2·|A∩B| / (|A|+|B|).
    static func similarity<C: RandomAccessCollection>(_ a: C, _ b: C) -> Double where C.Element: Comparable, C.Index == Int {
        guard !a.isEmpty || !b.isEmpty else { return 1 }
        var i = a.startIndex, j = b.startIndex, shared = 0
        while i < a.endIndex, j < b.endIndex {
            if a[i] == b[j] { shared += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return 2 * Double(shared) / Double(a.count + b.count)
    }

    static let signatureSize = 16

    /// MinHash signature: for each of 16 hash functions, the least hash over the bigrams.
    /// The bigram hashes are already well mixed, so each function is a multiply-shift
    /// with its own odd multiplier: one multiplication per value.
    var signature: [UInt32] {
        var result = [UInt32](repeating: .max, count: Self.signatureSize)
        let multipliers = Self.multipliers
        for bigram in bigrams {
            for k in 0..<Self.signatureSize {
                let value = UInt32(truncatingIfNeeded: (bigram &* multipliers[k]) >> 32)
                if value < result[k] { result[k] = value }
            }
        }
        return result
    }

    static let multipliers: [UInt64] = (0..<UInt64(signatureSize)).map { mix(0x9E3779B97F4A7C15 &* ($0 + 1)) | 1 }

    /// A 64-bit finaliser (splitmix64) so that nearby inputs spread over all bits.
    static func mix(_ input: UInt64) -> UInt64 {
        var z = input &+ 0x9E3779B97F4A7C15
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
}
