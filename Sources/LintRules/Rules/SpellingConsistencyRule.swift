import ClauseLint

/// One resolution does not mix spellings of one word (labor/labour); optionally one
/// variety of English is enforced.
struct SpellingConsistencyRule: Rule {
    static let description = RuleDescription(
        id: "spelling-consistency",
        name: "Consistent spelling",
        summary: "one document mixes spellings of one word (labor/labour, program/programme); optionally enforce one variety",
        explanation: """
        Drafts merged from several delegations mix American and British spellings: `labor` in one \
        clause, `labour` in the next; `programs` and `programmes`; `organizations` and \
        `organisations`. Each resolution is checked on its own (and the prose around resolutions as \
        one more scope); the less frequent spelling is reported. Proper names keep their own \
        spelling (`International Labour Organization`, `World Health Organization`). With `prefer` \
        set to `american`, `british` or `oxford` (British spelling with -ize, the UN's own style), \
        every spelling of the other variety is reported and can be fixed.

        Bad:
            1. *Urges* States to protect labour rights and to fund labor inspections;
        Good:
            1. *Urges* States to protect labour rights and to fund labour inspections;
        """,
        defaultSeverity: .warning,
        triggering: [
            "The General Assembly,\n\n*Noting* labour rights and labour law,\n\n1. *Urges* States to fund ↓labor inspections.\n",
            "The General Assembly,\n\n*Noting* the programmes of regional ↓organisations,\n\n1. *Urges* organizations and programmes to cooperate with organizations.\n",
        ],
        nonTriggering: [
            "The General Assembly,\n\n*Noting* the work of the International Labour Organization,\n\n1. *Urges* States to protect labor rights.\n",
            "The General Assembly,\n\n*Noting* labour rights,\n\n1. *Urges* States to act.\n\nCode: X/1/2\n\nThe General Assembly,\n\n*Noting* labor rights,\n\n1. *Urges* States to act.\n",
        ]
    )

    struct Options: RuleOptions {
        /// `any`, `american`, `british` or `oxford`.
        var prefer = "any"
    }

    let options: Options
    /// The variety `prefer` names, nil for `any`: read once, not for every document.
    private let variety: SpellingVariants.Variety?

    init(options: Options) {
        self.options = options
        variety = SpellingVariants.Variety(rawValue: options.prefer)
    }

    static func validate(_ options: Options) throws {
        guard options.prefer == "any" || SpellingVariants.Variety(rawValue: options.prefer) != nil else {
            throw RuleOptionsError("'prefer' must be \"any\", \"american\", \"british\" or \"oxford\", not \"\(options.prefer)\"")
        }
    }

    /// One variant spelling found: which text unit it is in (an index, so a document with
    /// a million of them holds no copies of its paragraphs), its scope (the resolution's
    /// index, -1 for prose outside), where, and what it is.
    private struct Occurrence {
        var unit: Int
        var scope: Int
        var range: Range<Int>
        var written: String
        var entry: SpellingVariants.Entry
    }

    func check(_ document: Document, _ context: inout RuleContext) {
        var occurrences: [Occurrence] = []   // in document order
        let units = textUnits(document)
        let table = SpellingVariants.byHash, filter = SpellingVariants.filter
        let allWords = unitWords(document)
        // The document's hits (`WordHits`) hold every word of the variant pairs: the unit
        // is looked for only when one is found.
        var unitIndex = 0
        allWords.hashes.withUnsafeBufferPointer { hashes in filter.withLookup { filter in
            for hit in wordHits(document) {
                let position = Int(hit)
                // By hash: most hits are words of other lists, and need no String.
                guard filter.mayContain(hashes[position]), let found = table.value(hashes[position]) else { continue }
                while allWords.ends[unitIndex + 1] <= position { unitIndex += 1 }
                let unit = units[unitIndex], bytes = unit.bytes
                if isProperName(position, in: allWords.range(unitIndex), allWords, bytes) { continue }
                let range = allWords.words[position].range
                occurrences.append(Occurrence(unit: unitIndex, scope: unit.resolution ?? -1, range: range,
                                              written: String(decoding: bytes[range], as: UTF8.self),
                                              entry: SpellingVariants.entries[found]))
            }
        } }
        guard !occurrences.isEmpty else { return }
        // Scope after scope in key order, each in document order.
        let order = occurrences.indices.sorted { (occurrences[$0].scope, $0) < (occurrences[$1].scope, $1) }
        var first = 0
        while first < order.count {
            let key = occurrences[order[first]].scope
            var end = first + 1
            while end < order.count, occurrences[order[end]].scope == key { end += 1 }
            let scope = order[first..<end].map { occurrences[$0] }
            first = end
            if let variety {
                for occurrence in scope where occurrence.entry.variant != SpellingVariants.preferred(occurrence.entry, by: variety) {
                    let replacement = matchingCase(occurrence.entry.counterpart, like: occurrence.written)
                    let fix = context.edit(in: units[occurrence.unit].block, range: occurrence.range, replacement: replacement)
                        .map { Fix("write \(quote(replacement))", edits: [$0]) }
                    report(Message.variety(occurrence.written, replacement, variety.rawValue), units[occurrence.unit], occurrence, fix, &context)
                }
            } else {
                reportMixed(scope, scopeName: key < 0 ? "outside the resolutions" : "in this resolution", units, &context)
            }
        }
    }

    /// In one scope's occurrences (in document order), family after family in the order of
    /// their names, the less frequent spelling of each family that has both.
    private func reportMixed(_ occurrences: [Occurrence], scopeName: String, _ units: [TextUnit], _ context: inout RuleContext) {
        // Mostly a scope writes one variety throughout: no family can have both spellings.
        guard occurrences.contains(where: { $0.entry.variant == 0 }), occurrences.contains(where: { $0.entry.variant == 1 }) else { return }
        let places = SpellingVariants.placeByName
        // Family by family, each in document order.
        let order = occurrences.indices.sorted {
            (places[occurrences[$0].entry.family], $0) < (places[occurrences[$1].entry.family], $1)
        }
        var first = 0
        while first < order.count {
            let family = occurrences[order[first]].entry.family
            var end = first + 1
            while end < order.count, occurrences[order[end]].entry.family == family { end += 1 }
            let list = order[first..<end].map { occurrences[$0] }
            first = end
            let counts = [0, 1].map { variant in list.filter { $0.entry.variant == variant }.count }
            guard counts[0] > 0, counts[1] > 0 else { continue }
            // The less frequent spelling is the stray one; on a tie, the one that appears later.
            let firstSeen = [0, 1].map { variant in list.firstIndex { $0.entry.variant == variant } ?? 0 }
            let stray = counts[0] != counts[1] ? (counts[0] < counts[1] ? 0 : 1) : (firstSeen[0] > firstSeen[1] ? 0 : 1)
            let usual = list.first { $0.entry.variant != stray }?.written.lowercased() ?? ""
            for occurrence in list where occurrence.entry.variant == stray {
                report(Message.mixed(occurrence.written, usual: usual, count: counts[1 - stray], scope: scopeName), units[occurrence.unit], occurrence, nil, &context)
            }
        }
    }

    /// A capitalised word next to another capitalised word (small joining words skipped:
    /// `Organization for Security`) is part of a name.
    private func isProperName(_ position: Int, in unit: Range<Int>, _ words: UnitWords, _ bytes: [UInt8]) -> Bool {
        let word = bytes[words.words[position].range]
        guard WordScanner.isCapitalized(word) else { return false }
        if WordScanner.isAllCapitals(word) { return true }
        for direction in [-1, 1] {
            var index = position + direction
            if unit.contains(index), Self.smallWords.contains(words.hashes[index]) { index += direction }
            if unit.contains(index), WordScanner.isCapitalized(bytes[words.words[index].range]) { return true }
        }
        return false
    }

    /// Joining words inside a name, as `WordScanner.lowerHash` values.
    private static let smallWords = ["of", "for", "and", "the", "on", "in", "against", "to", "de"].map(WordScanner.lowerHash)

    private func report(_ message: String, _ unit: TextUnit, _ occurrence: Occurrence,
                        _ fix: Fix?, _ context: inout RuleContext) {
        if let clause = unit.clause { context.report(message, clause: clause, range: occurrence.range, fix: fix) }
        else { context.report(message, block: unit.block, range: occurrence.range, fix: fix) }
    }

    enum Message {
        static func mixed(_ written: String, usual: String, count: Int, scope: String) -> String {
            "\(quote(written)) here, but \(quote(usual)) elsewhere \(scope) (\(count) time\(count == 1 ? "" : "s")): use one spelling"
        }
        static func variety(_ written: String, _ wanted: String, _ variety: String) -> String {
            "\(quote(written)) is not \(variety) spelling: write \(quote(wanted))"
        }
    }
}
