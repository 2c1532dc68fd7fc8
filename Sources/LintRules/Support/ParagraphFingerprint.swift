/// A paragraph reduced to what duplicate detection compares: its words' bigrams as
/// 64-bit hashes (of the words' `lowerHash`) and a hash of the whole normalised text, both
/// from `write`, and a MinHash signature (`signature`) for finding candidates cheaply.
/// Bigrams are kept in text order, repeats kept: few paragraphs are ever compared, so the
/// sorted set (`sortedUnique`) is made only for those. The text hash is equal for texts that
/// differ only in case and punctuation.
enum ParagraphFingerprint {
    /// The most bigrams `count` bytes can give: one fewer than their words.
    static func mostBigrams(_ count: Int) -> Int { WordScanner.mostWords(count) }

    /// Writes the bigrams of `bytes` from `start` on to `bigrams` from position `first`
    /// (one buffer serves a whole document), and returns the position after the last, the
    /// word count and the text hash. `bigrams` must have room for `mostBigrams(bytes.count)`
    /// more. Its words are runs of word bytes (a hyphen or an apostrophe splits them), which
    /// the word scan has mostly hashed already: only words that contain a hyphen or an
    /// apostrophe, or that straddle `start`, are read again.
    @inline(never)   // on its own, its loop keeps the builder in registers
    static func write(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, words: UnsafeBufferPointer<WordScanner.Word>,
                      hashes: UnsafeBufferPointer<UInt64>, to bigrams: UnsafeMutableBufferPointer<UInt64>, at first: Int)
        -> (end: Int, wordCount: Int, textHash: UInt64) {
        precondition(first >= 0 && first + mostBigrams(bytes.count) <= bigrams.count, "bigram buffer too small")
        var builder = Builder(bigrams, at: first)
        // Words are in order: those that end by `start` (a clause's label) are passed over once,
        // only the first one kept can straddle `start` (its part after `start` counts), and every
        // later one starts after it: the loop tests each word for a joiner only.
        // (A copy out and back from `addingRuns`: `builder` itself never has its address taken,
        // so it stays in registers.)
        var index = 0
        while index < words.count, words[index].upperBound <= start { index += 1 }
        if index < words.count, words[index].lowerBound < start {
            builder = builder.addingRuns(UnsafeBufferPointer(rebasing: bytes[start..<words[index].upperBound]))
            index += 1
        }
        while index < words.count {
            if words[index].joined {
                builder = builder.addingRuns(UnsafeBufferPointer(rebasing: bytes[words[index].range]))
                index += 1
            } else {
                index = builder.add(words, hashes, from: index)
            }
        }
        return (builder.end, builder.words, builder.textHash)
    }

    /// Words and their bigrams as they come, the bigrams written to a buffer with room for them.
    struct Builder {
        let bigrams: UnsafeMutableBufferPointer<UInt64>
        var end: Int
        var words = 0
        var textHash: UInt64 = 0xcbf29ce484222325
        var previous: UInt64 = 0

        init(_ bigrams: UnsafeMutableBufferPointer<UInt64>, at first: Int) {
            self.bigrams = bigrams
            end = first
        }

        @inline(__always)
        mutating func add(_ wordHash: UInt64) {
            if words > 0 {
                bigrams[end] = ParagraphFingerprint.bigram(previous, wordHash)
                end &+= 1
            }
            previous = wordHash
            words &+= 1
            textHash = (textHash ^ wordHash) &* 0x100000001b3
        }

        /// Adds the words from `start` (not joined) up to the next joined one or the end, and
        /// returns where it stopped: `add` for each, with the test for a first word done once.
        @inline(__always)
        mutating func add(_ words: UnsafeBufferPointer<WordScanner.Word>, _ hashes: UnsafeBufferPointer<UInt64>, from start: Int) -> Int {
            add(hashes[start])
            let (index, end, textHash) = Self.addRun(words, hashes, from: start &+ 1, to: bigrams, at: end, textHash: textHash)
            (self.end, self.previous, self.textHash) = (end, hashes[index &- 1], textHash)
            self.words &+= index &- start &- 1
            return index
        }

        /// The loop of `add(_:_:from:)`, from the second word of the run on (`start` after a
        /// word already added), on its own: inlined into `write`, it had too few registers
        /// left and loaded its two constants again for every word.
        @inline(never)
        private static func addRun(_ words: UnsafeBufferPointer<WordScanner.Word>, _ hashes: UnsafeBufferPointer<UInt64>, from start: Int,
                                   to bigrams: UnsafeMutableBufferPointer<UInt64>, at end: Int, textHash: UInt64)
            -> (index: Int, end: Int, textHash: UInt64) {
            var (index, end, textHash, previous) = (start, end, textHash, hashes[start &- 1])
            while index < words.count, !words[index].joined {
                let wordHash = hashes[index]
                bigrams[end] = ParagraphFingerprint.bigram(previous, wordHash)
                end &+= 1
                previous = wordHash
                textHash = (textHash ^ wordHash) &* 0x100000001b3
                index &+= 1
            }
            return (index, end, textHash)
        }

        /// This builder with the hash (`WordScanner.lowerHash`) of each run of word bytes added, in order.
        @inline(never)   // rare (words with a hyphen or an apostrophe): kept out of `write`'s loop
        func addingRuns(_ bytes: UnsafeBufferPointer<UInt8>) -> Builder {
            var builder = self
            var wordHash: UInt64 = 0xcbf29ce484222325
            var inWord = false
            WordScanner.loweredWordBytes.withUnsafeBufferPointer { wordBytes in
                for byte in bytes {
                    let value = wordBytes[Int(byte)]
                    if value != 0 {
                        wordHash = (wordHash ^ value) &* 0x100000001b3
                        inWord = true
                    } else if inWord {
                        builder.add(wordHash)
                        wordHash = 0xcbf29ce484222325
                        inWord = false
                    }
                }
            }
            if inWord { builder.add(wordHash) }
            return builder
        }
    }

    /// Sorts and removes repeats in place.
    static func sortedUnique(_ hashes: [UInt64]) -> [UInt64] {
        var sorted = hashes
        sortUnique(&sorted)
        return sorted
    }

    static func sortUnique(_ hashes: inout [UInt64]) {
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

    /// Dice coefficient of the sets of values in two lists in any order, repeats counted once:
    /// the same value as sorting both and comparing (`similarity`), from two hash sets, each
    /// value inserted once. Should the probes ever run long (values chosen to collide), the
    /// sets are sorted after all: the cost stays n log n at worst.
    static func setSimilarity(_ a: UnsafeBufferPointer<UInt32>, _ b: UnsafeBufferPointer<UInt32>) -> Double {
        setSimilarity(a, b, atLeast: 0) ?? 0
    }

    /// `setSimilarity(a, b)` when it is at least `threshold`, else nil, known as soon as the
    /// values of `b` left could no longer lift it there: most pairs compared are far from it.
    static func setSimilarity(_ a: UnsafeBufferPointer<UInt32>, _ b: UnsafeBufferPointer<UInt32>, atLeast threshold: Double) -> Double? {
        guard !a.isEmpty || !b.isEmpty else { return 1 >= threshold ? 1 : nil }
        var bits = 4
        while 1 << bits < 2 * max(a.count, b.count) { bits += 1 }
        let size = 1 << bits
        // 32-bit slots (0: empty; the value 0 is kept apart), so that the usual tables fit
        // on the stack, not in memory allocated and freed for each pair.
        let found = withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 2 * size) { slots -> (countA: Int, countB: Int, shared: Int)?? in
            slots.initialize(repeating: 0)
            let mask = size - 1, shift = UInt64(64 - bits)
            var probes = 0
            let budget = 8 * (a.count + b.count)
            /// The slot of `value` (not 0) in the table at `base`: where it is, or the empty one it would take.
            func slot(_ value: UInt32, _ base: Int) -> Int {
                var index = Int(truncatingIfNeeded: ((UInt64(value) &+ 1) &* 0x9E37_79B9_7F4A_7C15) &>> shift)
                while slots[base + index] != 0, slots[base + index] != value {
                    index = (index + 1) & mask
                    probes += 1
                }
                return base + index
            }
            var countA = 0, zeroInA = false
            for value in a {
                if value == 0 {
                    if !zeroInA { zeroInA = true; countA += 1 }
                    continue
                }
                let at = slot(value, 0)
                if slots[at] == 0 { slots[at] = value; countA += 1 }
            }
            var countB = 0, shared = 0, zeroInB = false
            for (index, value) in b.enumerated() {
                if value == 0 {
                    guard !zeroInB else { continue }
                    zeroInB = true
                    countB += 1
                    if zeroInA { shared += 1 }
                } else {
                    let at = slot(value, size)
                    guard slots[at] == 0 else { continue }
                    slots[at] = value
                    countB += 1
                    if slots[slot(value, 0)] != 0 { shared += 1 }
                }
                // The best the rest can do: every value left new to `b` and in `a`.
                let left = b.count - 1 - index
                if index & 7 == 7, 2 * Double(shared + left) / Double(countA + countB + left) < threshold { return .some(nil) }
            }
            return probes > budget ? nil : (countA, countB, shared)
        }
        switch found {
        case .some(.some(let (countA, countB, shared))):
            let similarity = 2 * Double(shared) / Double(countA + countB)
            return similarity >= threshold ? similarity : nil
        case .some(.none):
            return nil
        case .none:
            let similarity = similarity(sortedUnique(a.map(UInt64.init)), sortedUnique(b.map(UInt64.init)))
            return similarity >= threshold ? similarity : nil
        }
    }

    static func similarity<T: Comparable>(_ a: [T], _ b: [T]) -> Double {
        a.withUnsafeBufferPointer { a in b.withUnsafeBufferPointer { b in similarity(a, b) } }
    }

    static let signatureSize = 16
    typealias Signature = SIMD16<UInt32>

    /// MinHash signature by one-permutation hashing: the bigram hashes are already well
    /// mixed, so their top 4 bits split the set into 16 bins and the next 32 bits order it;
    /// a bin's value is the least of its bigrams. One shift and one comparison per bigram,
    /// where 16 hash functions took 8 multiplications and 16 comparisons.
    ///
    /// An empty bin takes the value of the first filled bin in a fixed order of its own
    /// (`donors`, "optimal densification", Shrivastava 2017): two sets with the same filled
    /// bins borrow alike. (A bin whose least value is all ones counts as empty: once in 4
    /// billion bigrams, and the result is still a function of the set.)
    ///
    /// Why candidates stay the same: two sets agree in a filled bin exactly when the least
    /// bigram of their union there is in both, so each value agrees with probability
    /// |A∩B|/|A∪B|, as with 16 hash functions, and a bin can disagree only when its least
    /// bigram is one of those that differ (or it borrows from such a bin). A near repeat
    /// reported (Dice 0.9 and more) differs in few bigrams: changing one word of a 30-word
    /// clause changes 4, so at most 4 filled bins disagree, and the empty bins that borrow
    /// from them. The pair is missed only when disagreeing bins reach all 8 bands (8 bins or
    /// more) or leave fewer than 6 agreeing (11 or more). Simulated on random sets of 10 to
    /// 200 bigrams at Dice 0.9 exactly (the hardest case), this missed 6 pairs in 117,000
    /// where 16 hash functions missed 18; sets that differ less are missed less often. With
    /// bigrams hashed by one multiplication (`bigram`), pairs of word sequences of 12 to 100
    /// words were missed as rarely (2 in 20,000 where the finaliser gave 1). The pairs found
    /// are compared exactly as before.
    static func signature(_ bigrams: UnsafeBufferPointer<UInt64>) -> Signature {
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: signatureSize) { least in
            least.initialize(repeating: .max)
            for bigram in bigrams {
                let bin = Int(truncatingIfNeeded: bigram >> 60), value = UInt32(truncatingIfNeeded: bigram >> 28)
                // Branch-free: which bigram lowers a bin is a coin toss the processor cannot predict.
                least[bin] = min(least[bin], value)
            }
            var empty: UInt32 = 0
            for bin in 0..<signatureSize where least[bin] == .max { empty |= 1 << bin }
            // No bigram at all: every value stays the maximum.
            if empty != 0, empty != (1 << signatureSize) - 1 {
                donors.withUnsafeBufferPointer { donors in
                    // The empty bins in order, visited by their bits (a bin or two, mostly), not all sixteen tested.
                    var left = empty
                    while left != 0 {
                        let bin = left.trailingZeroBitCount
                        left &= left &- 1
                        var step = bin &* signatureSize
                        while empty & (1 &<< donors[step]) != 0 { step &+= 1 }
                        least[bin] = least[Int(donors[step])]
                    }
                }
            }
            return UnsafeRawBufferPointer(least).loadUnaligned(as: Signature.self)   // one load, not 16 element copies
        }
    }

    /// For each bin, the other 15 in a fixed pseudo-random order (a Fisher–Yates shuffle
    /// driven by `mix`), then itself: the bins an empty bin borrows from, first filled first.
    static let donors: [UInt8] = (0..<signatureSize).flatMap { bin -> [UInt8] in
        var others = (0..<signatureSize).filter { $0 != bin }.map(UInt8.init)
        for index in stride(from: others.count - 1, to: 0, by: -1) {
            let pick = Int(mix(UInt64(bin) << 8 | UInt64(index)) % UInt64(index + 1))
            others.swapAt(index, pick)
        }
        return others + [UInt8(bin)]
    }

    /// The hash of a pair of words. A multiplication by an odd constant brings every bit of
    /// the pair's combination into the top bits, which the signature reads (bin and order),
    /// and it is one-to-one, like a full finaliser: the same pairs compare equal.
    @inline(__always)
    static func bigram(_ first: UInt64, _ second: UInt64) -> UInt64 {
        (first &* 31 &+ second) &* 0x9E37_79B9_7F4A_7C15
    }

    /// A 64-bit finaliser (splitmix64) so that nearby inputs spread over all bits.
    static func mix(_ input: UInt64) -> UInt64 {
        var z = input &+ 0x9E3779B97F4A7C15
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
}
