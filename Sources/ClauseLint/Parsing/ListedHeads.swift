import Foundation

/// The head words of the listed phrases (`preambularHeads`, `operativeHeads`), by hash. The
/// head of a listed opening is nearly always one of them, and a match copies its string from
/// here instead of making one from the paragraph's bytes for every clause.
struct ListedHeads: Sendable {
    /// Every head's lower-cased bytes, one after another; head `n` is `letters[starts[n]..<starts[n + 1]]`.
    /// (Offsets in an `[Int]`, not ranges: an array of a type no other code uses costs its
    /// metadata at every start-up.)
    private var letters: [UInt8] = []
    private var starts: [Int] = [0]
    private var texts: [String] = []
    /// `texts[n].hasSuffix("ing")`, as `HeadWord` answers it.
    private var participles: [Bool] = []
    private var index: HashIndex

    /// The words of `headSets` (lower-cased words, as the lexicon's head sets hold them), each
    /// once: read set by set (their union would hash every string again).
    init(_ headSets: [Set<String>]) {
        let count = headSets.reduce(0) { $0 + $1.count }
        index = HashIndex(capacity: count)
        texts.reserveCapacity(count)
        for heads in headSets {
            for head in heads {
                var text = head
                let participle: Bool? = text.withUTF8 { word in
                    guard index.valueOrInsert(PhraseLexicon.hash(word), Int32(texts.count)) == nil else { return nil }
                    letters.append(contentsOf: word)
                    starts.append(letters.count)
                    // By bytes for an ASCII word (the same answer, without the Unicode machinery).
                    guard word.allSatisfy({ $0 < 0x80 }) else { return head.hasSuffix("ing") }
                    return word.count >= 3 && word[word.count - 3] == 0x69 && word[word.count - 2] == 0x6E && word[word.count - 1] == 0x67
                }
                if let participle {
                    texts.append(head)
                    participles.append(participle)
                }
            }
        }
    }

    /// The string of word `position` of `reading`, and whether it ends in `ing`, when it is
    /// a listed head.
    func word(_ reading: borrowing LeadingWords, _ position: Int) -> (text: String, isParticiple: Bool)? {
        guard let found = index.value(reading.hash(from: position, count: 1)) else { return nil }
        let range = starts[found]..<starts[found + 1]
        let same = letters.withUnsafeBufferPointer { letters in
            reading.withPhrase(from: position, count: 1) { word in
                word.count == range.count && (word.isEmpty || memcmp(word.baseAddress!, letters.baseAddress! + range.lowerBound, word.count) == 0)
            }
        }
        return same ? (texts[found], participles[found]) : nil
    }
}
