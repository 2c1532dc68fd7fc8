/// The listed phrases by their 64-bit hash, in a `HashIndex`. The lexicon
/// looks up every run of leading words of every paragraph; a `Dictionary` would hash
/// the hash again (SipHash) and cost more than the rest of the look-up.
struct PhraseTable: Sendable {
    struct Entry: Sendable {
        /// Bits 1 preambular, 2 operative, 4 modifier (entries of none are left out).
        var kinds: UInt8
        /// The phrase's bytes, to confirm a hit (nil where two phrases share the hash).
        var text: [UInt8]?
    }

    private let entries: [Entry]
    private let index: HashIndex

    /// `phrases` maps a hash to its entry; entries with `kinds == 0` are left out.
    init(_ phrases: [UInt64: Entry]) {
        var entries: [Entry] = []
        var index = HashIndex(capacity: phrases.count)
        for (hash, entry) in phrases where entry.kinds != 0 {
            index[hash] = Int32(entries.count)
            entries.append(entry)
        }
        self.entries = entries
        self.index = index
    }

    /// The entry stored for `hash`, if any.
    func entry(_ hash: UInt64) -> Entry? {
        index.value(hash).map { entries[$0] }
    }
}
