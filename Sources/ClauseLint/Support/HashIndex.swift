/// A map from 64-bit hashes to small non-negative integers (indexes into the caller's own
/// array), with open addressing and linear probing in one array of slots. The keys are
/// hashes already: a `Dictionary` would hash them again with SipHash. A lookup is one
/// multiplication, a shift and usually one comparison.
public struct HashIndex: Sendable {
    @usableFromInline
    struct Slot: Sendable {
        @usableFromInline var key: UInt64
        @usableFromInline var value: Int32   // -1: empty
        @usableFromInline init(key: UInt64, value: Int32) { self.key = key; self.value = value }
    }

    @usableFromInline var slots: [Slot]
    @usableFromInline var shift: UInt64
    @usableFromInline var keyCount = 0

    /// How many keys are set.
    public var count: Int { keyCount }

    /// Room for `capacity` keys without growing, the table at most `1 / spread` full:
    /// a sparser table answers "not there" sooner (most words looked up are in no list).
    public init(capacity: Int, spread: Int = 2) {
        var bits = 4
        while 1 << bits < spread * capacity { bits += 1 }
        slots = Array(repeating: Slot(key: 0, value: -1), count: 1 << bits)
        shift = UInt64(64 - bits)
    }

    /// A table built once from `entries`, a quarter full; the first value given for a key wins.
    public init(_ entries: some Collection<(key: UInt64, value: Int)>) {
        self.init(capacity: entries.count, spread: 4)
        for (key, value) in entries where self[key] == nil { self[key] = Int32(value) }
    }

    /// Fibonacci hashing: the multiplication brings every bit of the key into the top bits.
    /// (`shift` is at most 60: a masking shift needs no check for wider ones.)
    @inlinable @inline(__always)
    static func home(_ key: UInt64, _ shift: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) &>> shift) }

    /// The slot that holds `key`, or the empty slot where it would go.
    @inlinable @inline(__always)
    func find(_ key: UInt64) -> Int {
        slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            var index = Self.home(key, shift)
            while slots[index].value >= 0, slots[index].key != key { index = (index + 1) & mask }
            return index
        }
    }

    public subscript(key: UInt64) -> Int32? {
        @inlinable get {
            // The probe of `find`, each slot read once: most lookups end at their first slot.
            slots.withUnsafeBufferPointer { slots in
                let mask = slots.count - 1
                var index = Self.home(key, shift)
                while true {
                    let slot = slots[index]
                    if slot.value < 0 { return nil }
                    if slot.key == key { return slot.value }
                    index = (index + 1) & mask
                }
            }
        }
        @inlinable set {
            guard let value = newValue else { preconditionFailure("HashIndex does not remove keys") }
            _ = exchange(key, with: value)
        }
    }

    /// Sets `key` to `value` and returns the value it replaces, or nil when `key` is new:
    /// a read and a write of the same key with one probe.
    @inlinable
    public mutating func exchange(_ key: UInt64, with value: Int32) -> Int32? {
        precondition(value >= 0, "HashIndex holds non-negative values")
        let index = slot(for: key)
        let old = slots.withUnsafeMutableBufferPointer { slots in
            let old = slots[index].value
            slots[index] = Slot(key: key, value: value)
            return old
        }
        return old >= 0 ? old : nil
    }

    /// The value stored for `key`, or nil.
    @inlinable @inline(__always)
    public func value(_ key: UInt64) -> Int? { self[key].map(Int.init) }

    @inlinable
    public func contains(_ key: UInt64) -> Bool { self[key] != nil }

    /// Adds `key` with `value` unless it is there already; true when it was added.
    @inlinable
    public mutating func insert(_ key: UInt64, _ value: Int32 = 0) -> Bool { valueOrInsert(key, value) == nil }

    /// The value stored for `key`; when there is none, stores `value` and returns nil.
    /// The first value set for a key stays, with one probe. Inlined: callers in other modules
    /// run it once for every paragraph or text.
    @inlinable @inline(__always)
    public mutating func valueOrInsert(_ key: UInt64, _ value: Int32) -> Int32? {
        precondition(value >= 0, "HashIndex holds non-negative values")
        let index = slot(for: key)
        return slots.withUnsafeMutableBufferPointer { slots in
            let old = slots[index].value
            if old >= 0 { return old }
            slots[index] = Slot(key: key, value: value)
            return nil
        }
    }

    /// The slot for `key`, counted as taken: the one that holds it, or the empty one it is to
    /// fill (the table grown first when that would leave it more than half full).
    @inlinable @inline(__always)
    mutating func slot(for key: UInt64) -> Int {
        var index = find(key)
        if slots[index].value < 0 {
            if 2 * (keyCount + 1) > slots.count {
                grow()
                index = find(key)
            }
            keyCount += 1
        }
        return index
    }

    @usableFromInline
    mutating func grow() {
        var larger = HashIndex(capacity: slots.count)
        for slot in slots where slot.value >= 0 { larger[slot.key] = slot.value }
        self = larger
    }
}
