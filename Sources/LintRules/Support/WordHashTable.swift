/// Word hashes (`WordScanner.lowerHash`) mapped to small integers (an index into the
/// caller's own array), in one open-addressed array. The keys are already good 64-bit
/// hashes, so a lookup is one multiply, a shift and usually one comparison, where a
/// `Dictionary` would first run SipHash over the key. Built once; read per word.
struct WordHashTable: Sendable {
    private struct Slot {
        var key: UInt64
        var value: Int32   // -1: empty
    }

    private var slots: [Slot]
    private let shift: UInt64

    /// The first value given for a key wins.
    init(_ entries: some Sequence<(key: UInt64, value: Int)>) {
        let entries = Array(entries)
        // At most a quarter full: a word that is in no entry (nearly every word) usually
        // meets an empty slot at once.
        var bits: UInt64 = 4
        while (1 << bits) < entries.count * 4 { bits += 1 }
        slots = Array(repeating: Slot(key: 0, value: -1), count: 1 << bits)
        shift = 64 - bits
        let mask = slots.count - 1
        for (key, value) in entries {
            var slot = Self.home(key, shift)
            while slots[slot].value >= 0, slots[slot].key != key { slot = (slot + 1) & mask }
            if slots[slot].value < 0 { slots[slot] = Slot(key: key, value: Int32(value)) }
        }
    }

    @inline(__always)
    private static func home(_ key: UInt64, _ shift: UInt64) -> Int {
        // Fibonacci hashing: the multiply brings every bit of the key into the top bits.
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// The value stored for `key`, or nil.
    @inline(__always)
    func value(_ key: UInt64) -> Int? {
        slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            var slot = Self.home(key, shift)
            while true {
                let entry = slots[slot]
                if entry.value < 0 { return nil }
                if entry.key == key { return Int(entry.value) }
                slot = (slot + 1) & mask
            }
        }
    }

    func contains(_ key: UInt64) -> Bool { value(key) != nil }
}
