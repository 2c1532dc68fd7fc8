/// A 1024-bit filter over 64-bit word hashes: "certainly not in the set" without a
/// dictionary lookup (Swift hashes dictionary keys with SipHash, costly once per word).
struct HashFilter: Sendable {
    private var bits = [UInt64](repeating: 0, count: 16)

    init(_ hashes: some Sequence<UInt64>) {
        for hash in hashes { insert(hash) }
    }

    mutating func insert(_ hash: UInt64) {
        let bit = Int(hash >> 54)   // the top 10 bits: FNV-1a mixes them well
        bits[bit >> 6] |= 1 << UInt64(bit & 63)
    }

    @inline(__always)
    func mayContain(_ hash: UInt64) -> Bool {
        let bit = Int(hash >> 54)
        return bits[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }
}
