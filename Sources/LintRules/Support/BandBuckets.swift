/// The LSH buckets of one document's units for duplicate detection: for each band, units
/// with equal band keys share a bucket, kept as a chain from its newest unit back through
/// the earlier ones (no array per bucket). Sized once for every unit of the document, so
/// the table of bucket heads never grows, and held in memory of its own: a unit's keys cost
/// a probe of a few instructions each, with no check of an array for sharing.
final class BandBuckets {
    private struct Head {
        var key: UInt64
        var newest: Int32   // -1: an empty slot
    }

    private let bands: Int
    private let units: Int
    /// The newest unit of each bucket, by band key: open addressing, at most half full.
    private let heads: UnsafeMutableBufferPointer<Head>
    private let shift: UInt64
    /// Unit `u`'s predecessor in its bucket of band `b` at `u * bands + b` (-1: none).
    private let previous: UnsafeMutableBufferPointer<Int32>
    private var added = 0

    init(units: Int, bands: Int) {
        precondition(units >= 0 && bands > 0, "bad bucket sizes")
        self.bands = bands
        self.units = units
        var bits = 4
        while 1 << bits < 2 * units * bands { bits += 1 }
        heads = .allocate(capacity: 1 << bits)
        heads.initialize(repeating: Head(key: 0, newest: -1))
        shift = UInt64(64 - bits)
        previous = .allocate(capacity: units * bands)
        previous.initialize(repeating: -1)
    }

    deinit {
        heads.deallocate()
        previous.deallocate()
    }

    /// Puts `unit` (the units come in order, each once per band) at the head of the bucket
    /// of `key` in band `band`, and returns the unit it follows there (-1: none).
    @inline(__always)
    func add(_ unit: Int, band: Int, key: UInt64) -> Int32 {
        let place = self.place(unit, band)
        let mask = heads.count &- 1
        // Fibonacci hashing, as in HashIndex: the top bits of the product pick the slot.
        var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) &>> shift)
        while heads[slot].newest >= 0, heads[slot].key != key { slot = (slot &+ 1) & mask }
        let before = heads[slot].newest
        if before < 0 {
            // At most units × bands keys in twice as many slots: the probe above always ends.
            added &+= 1
            precondition(added <= previous.count, "more keys than the buckets were made for")
        }
        heads[slot] = Head(key: key, newest: Int32(truncatingIfNeeded: unit))
        previous[place] = before
        return before
    }

    /// The unit before `unit` in its bucket of band `band` (-1: none).
    func previous(_ unit: Int32, band: Int) -> Int32 { previous[place(Int(unit), band)] }

    /// Where `previous` keeps unit `unit`'s predecessor in band `band`, checked once: the
    /// offsets past it need no checks of their own.
    @inline(__always)
    private func place(_ unit: Int, _ band: Int) -> Int {
        precondition(UInt(bitPattern: unit) < UInt(units) && UInt(bitPattern: band) < UInt(bands), "no such unit or band")
        return unit &* bands &+ band
    }
}
