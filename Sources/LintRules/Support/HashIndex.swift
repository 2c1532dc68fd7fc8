/// A map from 64-bit hashes to small non-negative integers (indexes into an array), with
/// open addressing and linear probing. The keys are hashes already: a `Dictionary` would
/// hash them again with SipHash, the costliest step of duplicate detection.
/// Its capacity is fixed when it is made: the callers know how many keys can come.
struct HashIndex {
    private var keys: [UInt64]
    /// -1 marks an empty slot.
    private var values: [Int32]
    private let shift: UInt64
    private(set) var count = 0

    init(capacity: Int) {
        var bits = 4
        while 1 << bits < 2 * capacity { bits += 1 }   // at most half full: short probes
        keys = [UInt64](repeating: 0, count: 1 << bits)
        values = [Int32](repeating: -1, count: 1 << bits)
        shift = UInt64(64 - bits)
    }

    /// Fibonacci hashing: the top bits of one multiplication spread even poorly mixed keys.
    @inline(__always)
    private func slot(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift) }

    subscript(key: UInt64) -> Int32? {
        get {
            var index = slot(key)
            while values[index] >= 0 {
                if keys[index] == key { return values[index] }
                index = (index + 1) & (values.count - 1)
            }
            return nil
        }
        set {
            guard let value = newValue else { preconditionFailure("HashIndex does not remove keys") }
            var index = slot(key)
            while values[index] >= 0, keys[index] != key { index = (index + 1) & (values.count - 1) }
            if values[index] < 0 {
                count += 1
                precondition(2 * count <= values.count, "HashIndex made for fewer keys")
            }
            keys[index] = key
            values[index] = value
        }
    }
}
