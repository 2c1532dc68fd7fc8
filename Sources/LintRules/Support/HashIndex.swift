/// A map from 64-bit hashes to small non-negative integers (indexes into an array), with
/// open addressing and linear probing. The keys are hashes already: a `Dictionary` would
/// hash them again with SipHash, the costliest step of duplicate detection.
struct HashIndex {
    private var keys: [UInt64]
    /// -1 marks an empty slot.
    private var values: [Int32]
    private var shift: UInt64
    private(set) var count = 0

    /// Room for `capacity` keys without growing.
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

    /// The slot that holds `key`, or the empty slot where it would go.
    @inline(__always)
    private func find(_ key: UInt64) -> Int {
        var index = slot(key)
        while values[index] >= 0, keys[index] != key { index = (index + 1) & (values.count - 1) }
        return index
    }

    subscript(key: UInt64) -> Int32? {
        get {
            let index = find(key)
            return values[index] >= 0 ? values[index] : nil
        }
        set {
            guard let value = newValue else { preconditionFailure("HashIndex does not remove keys") }
            precondition(value >= 0, "HashIndex holds non-negative values")
            var index = find(key)
            if values[index] < 0 {
                if 2 * (count + 1) > values.count {
                    grow()
                    index = find(key)
                }
                count += 1
                keys[index] = key
            }
            values[index] = value
        }
    }

    /// Adds `key` with `value` unless it is there already; true when it was added.
    mutating func insert(_ key: UInt64, _ value: Int32 = 0) -> Bool {
        guard self[key] == nil else { return false }
        self[key] = value
        return true
    }

    private mutating func grow() {
        var larger = HashIndex(capacity: values.count)
        for index in values.indices where values[index] >= 0 { larger[keys[index]] = values[index] }
        self = larger
    }
}
