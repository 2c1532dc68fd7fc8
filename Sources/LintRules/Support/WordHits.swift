import ClauseLint

/// The words of a document that the word-list rules may care about, found in one pass
/// over its words (`unitWords`) for all of them, instead of one pass each: every word
/// whose hash may be a spelling variant (`SpellingVariants`), the first word of a built-in
/// UN term (`UNTerms.defaults`) or a citation keyword (`CitationScanner.keywordHashes`),
/// and every joined word (`Secretary-General`, `Member's`), whose bytes the citation rule
/// reads and whose hyphens the term rule splits at. Each rule checks the hits against its
/// own list; most words of a text are in no list and are not looked at again.
enum WordHits {
    /// The hashes of every listed word pass it: a word that fails is no hit unless joined.
    /// A rule can read the hits in place of its own pass only when every word it looks for
    /// passes this filter.
    static let filter = WordFilter(SpellingVariants.hashes + UNTerms.defaultFirstWordHashes + CitationScanner.keywordHashes)

    /// The positions of the hits among `words`, ascending.
    static func positions(in words: UnitWords) -> [Int32] {
        var hits: [Int32] = []
        words.hashes.withUnsafeBufferPointer { hashes in
            words.words.withUnsafeBufferPointer { list in
                filter.withLookup { filter in
                    precondition(list.count == hashes.count && hashes.count <= Int(Int32.max), "words and hashes differ")
                    // Room for one word in eight, more than texts usually have, so the array seldom grows.
                    hits.reserveCapacity(hashes.count / 8)
                    var position = nextHit(filter, hashes, list, from: 0)
                    while position < hashes.count {
                        hits.append(Int32(truncatingIfNeeded: position))
                        position = nextHit(filter, hashes, list, from: position &+ 1)
                    }
                }
            }
        }
        return hits
    }

    /// The first hit from `start` on, or `hashes.count`: a loop of its own, short enough to
    /// stay in registers, that reads two words a turn (one count check and one step for both).
    @inline(never)
    private static func nextHit(_ filter: WordFilter.Lookup, _ hashes: UnsafeBufferPointer<UInt64>,
                                _ words: UnsafeBufferPointer<WordScanner.Word>, from start: Int) -> Int {
        var position = start
        while position &+ 1 < hashes.count {
            if filter.mayContain(hashes[position]) || words[position].joined { return position }
            if filter.mayContain(hashes[position &+ 1]) || words[position &+ 1].joined { return position &+ 1 }
            position &+= 2
        }
        if position < hashes.count, !filter.mayContain(hashes[position]), !words[position].joined { position &+= 1 }
        return position
    }
}

/// The hits of `unitWords(document)`, found once per document for every rule that reads them.
func wordHits(_ document: Document) -> [Int32] {
    document.memo.value(DocumentWordHits.self) { DocumentWordHits(positions: WordHits.positions(in: unitWords(document))) }.positions
}

private struct DocumentWordHits { var positions: [Int32] }
