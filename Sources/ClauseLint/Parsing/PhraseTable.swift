/// The listed phrases by their 64-bit hash, in an open-addressing table. The lexicon
/// looks up every run of leading words of every paragraph; a `Dictionary` would hash
/// the hash again (SipHash) and cost more than the rest of the look-up.
struct PhraseTable: Sendable {
    struct Entry: Sendable {
        /// Bits 1 preambular, 2 operative, 4 modifier (never 0: 0 marks an empty slot).
        var kinds: UInt8
        /// The phrase's bytes, to confirm a hit (nil where two phrases share the hash).
        var text: [UInt8]?
    }

    private var hashes: [UInt64]
    private var entries: [Entry]
    /// Slots are `1 << bits`; a hash's home slot is its top `bits` bits after a multiply.
    private let bits: Int

    /// `phrases` maps a hash to its entry; entries with `kinds == 0` are left out.
    init(_ phrases: [UInt64: Entry]) {
        var bits = 4
        // At most half full: probe sequences stay short.
        while 1 << bits < 2 * phrases.count { bits += 1 }
        self.bits = bits
        hashes = [UInt64](repeating: 0, count: 1 << bits)
        entries = [Entry](repeating: Entry(kinds: 0, text: nil), count: 1 << bits)
        for (hash, entry) in phrases where entry.kinds != 0 {
            var slot = slot(of: hash)
            while entries[slot].kinds != 0 { slot = (slot + 1) & (hashes.count - 1) }
            hashes[slot] = hash
            entries[slot] = entry
        }
    }

    @inline(__always)
    private func slot(of hash: UInt64) -> Int {
        Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - bits))
    }

    /// The entry stored for `hash`, if any.
    func entry(_ hash: UInt64) -> Entry? {
        var slot = slot(of: hash)
        while entries[slot].kinds != 0 {
            if hashes[slot] == hash { return entries[slot] }
            slot = (slot + 1) & (hashes.count - 1)
        }
        return nil
    }
}
