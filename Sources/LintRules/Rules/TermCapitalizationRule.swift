import Foundation
import ClauseLint

/// Fixed UN terms are capitalised as the UN writes them.
struct TermCapitalizationRule: Rule {
    static let description = RuleDescription(
        id: "term-capitalization",
        name: "UN term capitalisation",
        summary: "fixed UN terms capitalised as the UN does (Member States, Secretary-General, Security Council)",
        explanation: """
        The UN writes some terms one way only: *Member States*, *Secretary-General* (with a hyphen), \
        *Security Council*, *General Assembly*, *United Nations*. Drafts often lower-case them \
        (`member states`) or drop the hyphen (`Secretary General`). Members of other organisations \
        (`member states of the European Union`, `EU member states`) are left alone. The list is \
        configurable (`terms` replaces it, `extraTerms` adds to it). With `presentResolution` on, \
        `this resolution` is flagged in favour of `the present resolution`, as the Editorial Manual \
        asks (off by default: Security Council texts say `this resolution`).

        Bad:
            1. *Requests* the secretary general to inform member states;
        Good:
            1. *Requests* the Secretary-General to inform Member States;
        """,
        defaultSeverity: .warning,
        triggering: [
            "The General Assembly,\n\n*Noting* the report,\n\n1. *Requests* the ↓Secretary General to inform ↓member states.\n",
            "The General Assembly,\n\n*Noting* that UN ↓member states disagree,\n\n1. *Urges* States to act.\n",
            "The General Assembly,\n\n*Noting* the work of the ↓Human Rights council,\n\n1. *Urges* ↓united nations bodies to act.\n",
        ],
        nonTriggering: [
            "The General Assembly,\n\n*Noting* the report of the Secretary-General,\n\n1. *Urges* Member States and the member states of the European Union, and EU member states, to act.\n",
            "The General Assembly,\n\n*Noting* THE GENERAL ASSEMBLY in capitals,\n\n1. *Requests* a report on this resolution.\n",
        ],
        corrections: [
            .init("The General Assembly,\n\n*Noting* the report,\n\n1. *Requests* the Secretary General to inform member states.\n",
                  "The General Assembly,\n\n*Noting* the report,\n\n1. *Requests* the Secretary-General to inform Member States.\n"),
        ]
    )

    struct Options: RuleOptions {
        /// The terms to check (replaces the built-in list when not empty).
        var terms: [String] = []
        var extraTerms: [String] = []
        /// Ask for `the present resolution` instead of `this resolution`.
        var presentResolution = false
    }

    static func validate(_ options: Options) throws {
        for (name, list) in [("terms", options.terms), ("extraTerms", options.extraTerms)] {
            for term in list where !term.unicodeScalars.contains(where: { CharacterSet.alphanumerics.contains($0) }) {
                throw RuleOptionsError("'\(name)' holds \"\(term)\", which has no letter or digit: a term is words, like \"Peacebuilding Commission\"")
            }
        }
    }

    let options: Options
    /// The terms by their first word, made once per run from the options.
    private let terms: TermTable

    init(options: Options) {
        self.options = options
        terms = TermTable(options)
    }

    private struct Term {
        var canonical: String
        var canonicalBytes: [UInt8]
        var words: [String]   // lower-cased words, hyphenated parts split
        var hashes: [UInt64]  // their `WordScanner.lowerHash`
    }

    /// Terms grouped by the hash of their first word, longest first; `this` leads to an
    /// empty group when `presentResolution` is on. Every word of a document is looked up here.
    private struct TermTable: Sendable {
        var groups: [[Term]] = []
        var byFirstWord: HashIndex
        /// Every word a match or its neighbours are compared with: the terms' words, those
        /// `refersToAnotherOrganisation` reads, and `this resolution` when asked for. A
        /// hyphenated word none of whose parts is one is read unsplit (see `SplitParts`).
        var termWords: HashIndex
        /// The first words' hashes, to turn most words away before `byFirstWord`.
        var firstWordFilter: WordFilter
        /// Every first word is a hit (`WordHits`): the document's hits can stand for a pass
        /// over its words.
        var firstWordsAreHits: Bool

        init(_ options: Options) {
            let terms = ((options.terms.isEmpty ? UNTerms.defaults : options.terms) + options.extraTerms).map { canonical in
                let words = UNTerms.words(canonical)
                return Term(canonical: canonical, canonicalBytes: Array(canonical.utf8), words: words, hashes: words.map(WordScanner.lowerHash))
            }.filter { !$0.words.isEmpty }
            var groupOf: [UInt64: Int] = [:]
            var firstWords: [(key: UInt64, value: Int)] = []
            var groups: [[Term]] = []
            func group(_ hash: UInt64) -> Int {
                if let group = groupOf[hash] { return group }
                groupOf[hash] = groups.count
                firstWords.append((key: hash, value: groups.count))
                groups.append([])
                return groups.count - 1
            }
            for term in terms.sorted(by: { $0.words.count > $1.words.count }) { groups[group(term.hashes[0])].append(term) }
            if options.presentResolution { _ = group(Hash.this) }
            self.groups = groups
            byFirstWord = HashIndex(firstWords)
            var words = terms.flatMap(\.hashes) + [Hash.of, Hash.the, Hash.united, Hash.nations, Hash.un, Hash.member]
            if options.presentResolution { words += [Hash.this, Hash.resolution] }
            termWords = HashIndex(words.map { (key: $0, value: 0) })
            firstWordFilter = WordFilter(firstWords.map(\.key))
            firstWordsAreHits = firstWords.allSatisfy { WordHits.filter.mayContain($0.key) }
        }
    }

    private enum Hash {
        static let this = WordScanner.lowerHash("this"), resolution = WordScanner.lowerHash("resolution")
        static let member = WordScanner.lowerHash("member"), un = WordScanner.lowerHash("un"), of = WordScanner.lowerHash("of")
        static let the = WordScanner.lowerHash("the"), united = WordScanner.lowerHash("united"), nations = WordScanner.lowerHash("nations")
    }

    /// The parts of a unit's words that hyphens join, so that "Secretary-General" and
    /// "Secretary General" line up, in buffers reused from unit to unit: the first `count`
    /// of `words` and `hashes`. Most units have no hyphen inside a word, and are read in the
    /// document's word arrays as they are.
    private struct SplitParts {
        private(set) var words: [WordScanner.Word] = []
        private(set) var hashes: [UInt64] = []
        private(set) var count = 0
        /// The hyphens inside words in the unit split last, in order.
        private var inside: [Hyphen] = []

        /// Whether splitting word `word` at its hyphens (none: false) can change what the
        /// unit matches. A match, and what is read around it, compares hashes with the
        /// words of `termWords` only, and a hyphenated word's hash (the hyphen hashed in) is
        /// none of them: when no part of it is one either, no match holds it or one of its
        /// parts, and every match elsewhere reads the same words. Only the word right before
        /// `member` is read by its bytes (an organisation in capitals: `EU member states`),
        /// so a hyphenated word there is split as before.
        private static func splitMatters(_ word: Int, _ words: UnsafeBufferPointer<WordScanner.Word>,
                                         _ hashes: UnsafeBufferPointer<UInt64>, _ bytes: [UInt8], _ termWords: HashIndex) -> Bool {
            let range = words[word].range
            guard bytes[range].contains(0x2D) else { return false }
            if termWords[hashes[word]] != nil { return true }
            if word + 1 < hashes.count, hashes[word + 1] == Hash.member { return true }
            var start = range.lowerBound
            for at in range where bytes[at] == 0x2D {
                if termWords[WordScanner.lowerHash(bytes[start..<at])] != nil { return true }
                start = at + 1
            }
            return termWords[WordScanner.lowerHash(bytes[start..<range.upperBound])] != nil
        }

        /// The parts loaded last and their hashes.
        func withParts(_ body: (UnsafeBufferPointer<WordScanner.Word>, UnsafeBufferPointer<UInt64>) -> Void) {
            words.withUnsafeBufferPointer { words in
                hashes.withUnsafeBufferPointer { hashes in
                    body(UnsafeBufferPointer(rebasing: words[..<count]), UnsafeBufferPointer(rebasing: hashes[..<count]))
                }
            }
        }

        /// A hyphen's offset and the index of its word, in 32 bits each (files are at most
        /// 64 MB): a paragraph of hyphenated letters holds one for every two bytes.
        private struct Hyphen {
            private var offsetBits: UInt32, wordBits: UInt32
            var offset: Int { Int(offsetBits) }
            var word: Int { Int(wordBits) }
            init(_ offset: Int, _ word: Int) {
                offsetBits = UInt32(truncatingIfNeeded: offset)
                wordBits = UInt32(truncatingIfNeeded: word)
            }
        }

        /// Splits the words of `unit` at the hyphens inside the words at `joined` (the
        /// positions of its joined words, in order: every word with a hyphen inside is one);
        /// false when none holds one, or when splitting cannot change what the unit matches
        /// (`splitMatters`), and nothing is split. The hyphens are gathered only then: most
        /// hyphenated words (`long-term`) do not matter.
        mutating func load(_ unit: TextUnit, _ unitWords: UnsafeBufferPointer<WordScanner.Word>, _ unitHashes: UnsafeBufferPointer<UInt64>,
                           joined: [Int], termWords: HashIndex) -> Bool {
            let bytes = unit.bytes
            guard joined.contains(where: { Self.splitMatters($0, unitWords, unitHashes, bytes, termWords) }) else { return false }
            inside.removeAll(keepingCapacity: true)
            for word in joined {
                for at in unitWords[word].range where bytes[at] == 0x2D { inside.append(Hyphen(at, word)) }
            }
            // Each hyphen inside a word adds one part: the buffers get room for all of them.
            let parts = unitWords.count + inside.count
            if words.count < parts {
                let room = max(parts, 2 * words.count)
                words = Array(repeating: WordScanner.Word(range: 0..<0), count: room)
                hashes = Array(repeating: 0, count: room)
            }
            let inside = inside   // read below while `words` and `hashes` are written
            var written = 0
            words.withUnsafeMutableBufferPointer { words in
                hashes.withUnsafeMutableBufferPointer { hashes in
                    /// Copies `unitWords[from..<to]` as they are, a block at a time.
                    func copy(_ from: Int, _ to: Int) {
                        guard to > from, let target = words.baseAddress, let targetHashes = hashes.baseAddress,
                              let source = unitWords.baseAddress, let sourceHashes = unitHashes.baseAddress else { return }
                        precondition(written + to - from <= words.count && to <= unitWords.count, "split buffers too small")
                        (target + written).update(from: source + from, count: to - from)
                        (targetHashes + written).update(from: sourceHashes + from, count: to - from)
                        written += to - from
                    }
                    func append(_ range: Range<Int>) {
                        precondition(written < words.count, "split buffers too small")
                        words[written] = WordScanner.Word(range: range)
                        hashes[written] = WordScanner.lowerHash(bytes[range])
                        written += 1
                    }
                    var copied = 0, next = 0
                    while next < inside.count {
                        let word = inside[next].word
                        copy(copied, word)
                        let range = unitWords[word].range
                        var start = range.lowerBound
                        while next < inside.count, inside[next].word == word {
                            append(start..<inside[next].offset)
                            start = inside[next].offset + 1
                            next += 1
                        }
                        append(start..<range.upperBound)
                        copied = word + 1
                    }
                    copy(copied, unitWords.count)
                }
            }
            count = written
            return true
        }
    }

    func check(_ document: Document, _ context: inout RuleContext) {
        let words = unitWords(document), units = textUnits(document)
        var split = SplitParts()
        var joined: [Int] = []
        words.words.withUnsafeBufferPointer { allWords in
            words.hashes.withUnsafeBufferPointer { allHashes in terms.firstWordFilter.withLookup { filter in
                guard terms.firstWordsAreHits else {
                    // Terms of the configuration's own: every unit, every word through the filter.
                    for (number, unit) in units.enumerated() {
                        let range = words.range(number)
                        let (unitWords, unitHashes) = (UnsafeBufferPointer(rebasing: allWords[range]), UnsafeBufferPointer(rebasing: allHashes[range]))
                        joined.removeAll(keepingCapacity: true)
                        for word in unitWords.indices where unitWords[word].joined { joined.append(word) }
                        if !joined.isEmpty, split.load(unit, unitWords, unitHashes, joined: joined, termWords: terms.termWords) {
                            split.withParts { parts, lower in check(unit, parts, lower, candidates: WordFilter.Passing(filter, lower), filter, &context) }
                        } else {
                            check(unit, unitWords, unitHashes, candidates: WordFilter.Passing(filter, unitHashes), filter, &context)
                        }
                    }
                    return
                }
                // The document's hits hold every first word and every joined word (a hyphen
                // inside a word makes it one): only the units with hits are read, and in them
                // only the hits.
                wordHits(document).withUnsafeBufferPointer { hits in
                    var next = 0, number = 0
                    while next < hits.count {
                        while words.ends[number + 1] <= Int(hits[next]) { number += 1 }
                        let range = words.range(number), first = next
                        var anyJoined = false
                        while next < hits.count, Int(hits[next]) < range.upperBound {
                            anyJoined = anyJoined || allWords[Int(hits[next])].joined
                            next += 1
                        }
                        let unit = units[number]
                        let unitHits = UnitHits(hits: UnsafeBufferPointer(rebasing: hits[first..<next]), start: range.lowerBound)
                        let (unitWords, unitHashes) = (UnsafeBufferPointer(rebasing: allWords[range]), UnsafeBufferPointer(rebasing: allHashes[range]))
                        if anyJoined {
                            joined.removeAll(keepingCapacity: true)
                            for word in unitHits where unitWords[word].joined { joined.append(word) }
                            if split.load(unit, unitWords, unitHashes, joined: joined, termWords: terms.termWords) {
                                split.withParts { parts, lower in check(unit, parts, lower, candidates: WordFilter.Passing(filter, lower), filter, &context) }
                                continue
                            }
                        }
                        check(unit, unitWords, unitHashes, candidates: unitHits, filter, &context)
                    }
                }
            } }
        }
    }

    /// A unit's hits, as positions among its own words.
    private struct UnitHits: Sequence, IteratorProtocol {
        var hits: UnsafeBufferPointer<Int32>.SubSequence
        /// The position of the unit's first word among the document's.
        let start: Int

        init(hits: UnsafeBufferPointer<Int32>, start: Int) {
            self.hits = hits[...]
            self.start = start
        }

        mutating func next() -> Int? { hits.popFirst().map { Int($0) - start } }
    }

    /// `parts` and `lower`: the unit's words with hyphenated ones split, and their `lowerHash`;
    /// `candidates`: ascending positions among them, every one that `filter` lets through
    /// among them (and perhaps others).
    private func check(_ unit: TextUnit, _ parts: UnsafeBufferPointer<WordScanner.Word>, _ lower: UnsafeBufferPointer<UInt64>,
                       candidates: some Sequence<Int>, _ filter: WordFilter.Lookup, _ context: inout RuleContext) {
        // Words before `next` are part of a term already reported.
        var next = 0
        for index in candidates where index >= next {
            next = index + 1
            guard filter.mayContain(lower[index]), let group = terms.byFirstWord.value(lower[index]) else { continue }
            // The bytes only for a word a term starts with: most candidates are not one.
            let bytes = unit.bytes
            if options.presentResolution, lower[index] == Hash.this, index + 1 < lower.count, lower[index + 1] == Hash.resolution {
                let range = parts[index].range.lowerBound..<parts[index + 1].range.upperBound
                let replacement = WordScanner.isCapitalized(bytes[parts[index].range]) ? "The present resolution" : "the present resolution"
                let fix = context.edit(in: unit.block, range: range, replacement: replacement).map { Fix("write \(quote(replacement))", edits: [$0]) }
                report(Message.presentResolution, unit, range, fix, &context)
                continue
            }
            for term in terms.groups[group] where index + term.words.count <= lower.count
                && term.hashes.indices.allSatisfy({ lower[index + $0] == term.hashes[$0] }) {
                let range = parts[index].range.lowerBound..<parts[index + term.words.count - 1].range.upperBound
                if Self.same(bytes, range, term.canonicalBytes) || WordScanner.isAllCapitals(bytes[range]) { break }
                // Beyond ASCII, canonically equivalent text (a decomposed é, a Kelvin sign) is the term as written.
                if !term.canonicalBytes.allSatisfy({ $0 < 0x80 }) || bytes[range].contains(where: { $0 >= 0x80 }),
                   String(decoding: bytes[range], as: UTF8.self) == term.canonical { break }
                // Only the gaps of the term itself: "Member States" across a line of other text is no match.
                if range.count > term.canonicalBytes.count + 2 { break }
                if refersToAnotherOrganisation(term, index: index, parts: parts, lower: lower, bytes: bytes) { break }
                let written = String(decoding: bytes[range], as: UTF8.self)
                let fix = context.edit(in: unit.block, range: range, replacement: term.canonical).map { Fix("write \(quote(term.canonical))", edits: [$0]) }
                report(Message.capitalise(written, term.canonical), unit, range, fix, &context)
                next = index + term.words.count
                break
            }
        }
    }

    /// `bytes[range]` is `canonical`, byte for byte.
    private static func same(_ bytes: [UInt8], _ range: Range<Int>, _ canonical: [UInt8]) -> Bool {
        range.count == canonical.count && canonical.indices.allSatisfy { bytes[range.lowerBound + $0] == canonical[$0] }
    }

    /// `member states of the European Union`, `EU member states`: other organisations' members.
    private func refersToAnotherOrganisation(_ term: Term, index: Int, parts: UnsafeBufferPointer<WordScanner.Word>,
                                             lower: UnsafeBufferPointer<UInt64>, bytes: [UInt8]) -> Bool {
        guard term.hashes.first == Hash.member else { return false }
        if index > 0, WordScanner.isAllCapitals(bytes[parts[index - 1].range]), lower[index - 1] != Hash.un { return true }
        let after = index + term.words.count
        if after + 2 < lower.count, lower[after] == Hash.of, lower[after + 1] == Hash.the {
            return !(lower[after + 2] == Hash.united && after + 3 < lower.count && lower[after + 3] == Hash.nations)
        }
        return false
    }

    private func report(_ message: String, _ unit: TextUnit, _ range: Range<Int>, _ fix: Fix?, _ context: inout RuleContext) {
        if let clause = unit.clause { context.report(message, clause: clause, range: range, fix: fix) }
        else { context.report(message, block: unit.block, range: range, fix: fix) }
    }

    enum Message {
        static func capitalise(_ written: String, _ canonical: String) -> String {
            "\(quote(written)) should be written \(quote(canonical))"
        }
        static let presentResolution = "write 'the present resolution' rather than 'this resolution' (UN Editorial Manual)"
    }
}
