import Foundation

/// The listed phrases by their 64-bit hash, in a `HashIndex`. The lexicon
/// looks up every run of leading words of every paragraph; a `Dictionary` would hash
/// the hash again (SipHash) and cost more than the rest of the look-up.
struct PhraseTable: Sendable {
    struct Entry: Sendable {
        /// Bits 1 preambular, 2 operative, 4 modifier.
        var kinds: UInt8
        /// True when the hash is that of the first words of a longer preambular or operative
        /// phrase: a reading that finds no entry, or one that does not continue, can stop.
        var continues = false
        /// The phrase's bytes, to confirm a hit (nil where two phrases share the hash, and
        /// for a hash that only continues).
        var text: [UInt8]?
    }

    private var entries: [Entry] = []
    private var index: HashIndex

    /// An empty table with room for about `capacity` hashes (it grows past that).
    init(capacity: Int) {
        entries.reserveCapacity(capacity)
        index = HashIndex(capacity: capacity)
    }

    /// Adds the phrase `text` (lower-cased, words joined by single spaces) of hash `hash` to the
    /// lists of `kinds`. Two different phrases of one hash keep no text: those are confirmed
    /// another way. Every phrase is added before any `markContinues`.
    mutating func add(_ hash: UInt64, kinds: UInt8, text: [UInt8]) {
        guard let position = index.valueOrInsert(hash, Int32(entries.count)).map(Int.init) else {
            entries.append(Entry(kinds: kinds, text: text))
            return
        }
        entries[position].kinds |= kinds
        if entries[position].text != text { entries[position].text = nil }
    }

    /// Marks `hash` as that of the first words of a longer listed phrase.
    mutating func markContinues(_ hash: UInt64) {
        if let position = index.valueOrInsert(hash, Int32(entries.count)).map(Int.init) {
            entries[position].continues = true
        } else {
            entries.append(Entry(kinds: 0, continues: true))
        }
    }

    /// Where the entry for `hash` is, if there is one.
    func position(_ hash: UInt64) -> Int? {
        index.value(hash)
    }

    /// The kinds of the entry at `position`.
    func kinds(at position: Int) -> UInt8 { entries[position].kinds }

    /// Whether the entry at `position` continues into longer phrases.
    func continues(at position: Int) -> Bool { entries[position].continues }

    /// Whether `phrase` is the text of the entry at `position`: true or false when it has
    /// one, nil when its hash is shared and the text must be compared another way.
    func confirms(at position: Int, _ phrase: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard let text = entries[position].text else { return nil }
        return text.count == phrase.count
            && text.withUnsafeBufferPointer { text in phrase.isEmpty || memcmp(phrase.baseAddress!, text.baseAddress!, phrase.count) == 0 }
    }
}
