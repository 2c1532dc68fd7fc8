/// A quick "no" before a word list's hash table: one bit for each value of a hash's top 16
/// bits, set for the words of the list. Most words of a text are in no list, and are turned
/// away by one load and one bit test; a set bit only says "look in the table".
struct WordFilter: Sendable {
    private var bits = [UInt64](repeating: 0, count: Self.words)
    private static let words = (1 << 16) / 64

    init(_ hashes: some Sequence<UInt64>) {
        for hash in hashes { bits[Self.word(hash)] |= Self.bit(hash) }
    }

    /// The 64-bit word of `bits` that holds `hash`'s bit: its top 10 bits, always below `words`.
    private static func word(_ hash: UInt64) -> Int { Int(hash >> 54) }
    private static func bit(_ hash: UInt64) -> UInt64 { 1 << ((hash >> 48) & 63) }

    /// False when `hash` is certainly not in the list.
    func mayContain(_ hash: UInt64) -> Bool { bits[Self.word(hash)] & Self.bit(hash) != 0 }

    /// The filter for a loop over many words: reads the bits without a bounds check (every
    /// index `word` gives is in bounds).
    struct Lookup {
        fileprivate let bits: UnsafeBufferPointer<UInt64>

        @inline(__always)
        func mayContain(_ hash: UInt64) -> Bool { bits[WordFilter.word(hash)] & WordFilter.bit(hash) != 0 }

        /// The first position from `start` whose hash may be in the list, or `hashes.count`:
        /// a loop of its own, short enough to stay in registers, that tests two words a turn
        /// (one count check and one step for both).
        @inline(never)
        func next(in hashes: UnsafeBufferPointer<UInt64>, from start: Int) -> Int {
            var position = start
            while position &+ 1 < hashes.count {
                if mayContain(hashes[position]) { return position }
                if mayContain(hashes[position &+ 1]) { return position &+ 1 }
                position &+= 2
            }
            while position < hashes.count, !mayContain(hashes[position]) { position += 1 }
            return position
        }
    }

    /// The positions of `hashes` that a lookup lets through, in order.
    struct Passing: Sequence, IteratorProtocol {
        let lookup: Lookup
        let hashes: UnsafeBufferPointer<UInt64>
        private var position = 0

        init(_ lookup: Lookup, _ hashes: UnsafeBufferPointer<UInt64>) {
            self.lookup = lookup
            self.hashes = hashes
        }

        mutating func next() -> Int? {
            position = lookup.next(in: hashes, from: position)
            guard position < hashes.count else { return nil }
            position += 1
            return position - 1
        }
    }

    func withLookup<Result>(_ body: (Lookup) throws -> Result) rethrows -> Result {
        try bits.withUnsafeBufferPointer { try body(Lookup(bits: $0)) }
    }
}
