/// A paragraph reduced to what duplicate detection compares: its words' bigrams as
/// 64-bit hashes (FNV-1a over lower-cased letters and digits), a hash of the whole
/// normalised text, and a MinHash signature for comparing across files cheaply.
struct ParagraphFingerprint: Sendable {
    /// Sorted, unique bigram hashes.
    var bigrams: [UInt64]
    var wordCount: Int
    /// Hash of the normalised word sequence: equal for texts that differ only in case and punctuation.
    var textHash: UInt64

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        var hashes: [UInt64] = []
        hashes.reserveCapacity(bytes.count / 5)
        var words = 0
        var textHash: UInt64 = 0xcbf29ce484222325
        var wordHash: UInt64 = 0xcbf29ce484222325
        var previous: UInt64 = 0
        var inWord = false
        Self.wordBytes.withUnsafeBufferPointer { wordBytes in
            for byte in bytes {
                let value = wordBytes[Int(byte)]
                if value != 0 {
                    wordHash = (wordHash ^ UInt64(value)) &* 0x100000001b3
                    inWord = true
                } else if inWord {
                    if words > 0 { hashes.append(Self.mix(previous &* 31 &+ wordHash)) }
                    previous = wordHash
                    words += 1
                    textHash = (textHash ^ wordHash) &* 0x100000001b3
                    wordHash = 0xcbf29ce484222325
                    inWord = false
                }
            }
        }
        if inWord {
            if words > 0 { hashes.append(Self.mix(previous &* 31 &+ wordHash)) }
            words += 1
            textHash = (textHash ^ wordHash) &* 0x100000001b3
        }
        Self.sortUnique(&hashes)
        self.bigrams = hashes
        self.wordCount = words
        self.textHash = textHash
    }

    /// Each byte as it counts in a word (ASCII letters lower-cased, digits, every byte of a
    /// multi-byte character), or 0 for a byte between words.
    private static let wordBytes: [UInt8] = (0...255).map { byte in
        let value = UInt8(byte)
        if value >= 0x41 && value <= 0x5A { return value | 0x20 }
        return (value >= 0x61 && value <= 0x7A) || (value >= 0x30 && value <= 0x39) || value >= 0x80 ? value : 0
    }

    /// Sorts and removes repeats in place.
    private static func sortUnique(_ hashes: inout [UInt64]) {
        IntegerSort.sort(&hashes)
        var kept = 0
        for index in hashes.indices where kept == 0 || hashes[kept - 1] != hashes[index] {
            hashes[kept] = hashes[index]
            kept += 1
        }
        hashes.removeLast(hashes.count - kept)
    }

    /// Whether sets of these sizes can reach `threshold` at all: they share at most the
    /// smaller size. A check on the sizes alone, before comparing the sets.
    static func canReach(_ threshold: Double, _ countA: Int, _ countB: Int) -> Bool {
        countA + countB == 0 || 2 * Double(min(countA, countB)) / Double(countA + countB) >= threshold
    }

    /// Dice coefficient of two sorted bigram sets: 2·|A∩B| / (|A|+|B|).
    static func similarity<T: Comparable>(_ a: UnsafeBufferPointer<T>, _ b: UnsafeBufferPointer<T>) -> Double {
        guard !a.isEmpty || !b.isEmpty else { return 1 }
        var i = 0, j = 0, shared = 0
        while i < a.count, j < b.count {
            if a[i] == b[j] { shared += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return 2 * Double(shared) / Double(a.count + b.count)
    }

    static func similarity<T: Comparable>(_ a: [T], _ b: [T]) -> Double {
        a.withUnsafeBufferPointer { a in b.withUnsafeBufferPointer { b in similarity(a, b) } }
    }

    static let signatureSize = 16
    typealias Signature = SIMD16<UInt32>

    /// MinHash signature: for each of 16 hash functions, the least hash over the bigrams.
    /// The bigram hashes are already well mixed, so each function is a multiply-shift
    /// with its own odd multiplier: one multiplication per value.
    var signature: Signature {
        var least = [UInt32](repeating: .max, count: Self.signatureSize)
        Self.multipliers.withUnsafeBufferPointer { multipliers in
            least.withUnsafeMutableBufferPointer { least in
                for bigram in bigrams {
                    for k in 0..<Self.signatureSize {
                        let value = UInt32(truncatingIfNeeded: (bigram &* multipliers[k]) >> 32)
                        if value < least[k] { least[k] = value }
                    }
                }
            }
        }
        return Signature(least)
    }

    private static let multipliers: [UInt64] = (0..<UInt64(signatureSize)).map { mix(0x9E3779B97F4A7C15 &* ($0 + 1)) | 1 }

    /// A 64-bit finaliser (splitmix64) so that nearby inputs spread over all bits.
    static func mix(_ input: UInt64) -> UInt64 {
        var z = input &+ 0x9E3779B97F4A7C15
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
}
