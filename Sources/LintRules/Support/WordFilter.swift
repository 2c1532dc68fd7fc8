/// A quick "no" before a word list's hash table: one bit for each value of a hash's top 16
/// bits, set for the words of the list. Most words of a text are in no list, and are turned
/// away by one load and one bit test; a set bit only says "look in the table".
struct WordFilter: Sendable {
    private var bits = [UInt64](repeating: 0, count: (1 << 16) / 64)

    init(_ hashes: some Sequence<UInt64>) {
        for hash in hashes { bits[Int(hash >> 54)] |= 1 << ((hash >> 48) & 63) }
    }

    /// False when `hash` is certainly not in the list.
    @inline(__always)
    func mayContain(_ hash: UInt64) -> Bool { bits[Int(hash >> 54)] & (1 << ((hash >> 48) & 63)) != 0 }
}
