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

    static func validate(_ options: Options) throws {
        guard options.prefer == "any" || SpellingVariants.Variety(rawValue: options.prefer) != nil else {
            throw RuleOptionsError("'prefer' must be \"any\", \"american\", \"british\" or \"oxford\", not \"\(options.prefer)\"")
        }
    }

    /// One variant spelling found: which text unit it is in (an index, so a document with
    /// a million of them holds no copies of its paragraphs), where, and what it is.
    private struct Occurrence {
        var unit: Int
        var range: Range<Int>
        var written: String
        var entry: SpellingVariants.Entry
    }

    func check(_ document: Document, _ context: inout RuleContext) {
        var scopes: [Int: [Occurrence]] = [:]   // resolution index, -1 for prose outside
        let units = textUnits(document)
        let table = SpellingVariants.byHash, filter = SpellingVariants.filter
        let allWords = unitWords(document)
        // One pass over the document's word hashes: the unit is looked for only on a hit.
        var unitIndex = 0
        allWords.hashes.withUnsafeBufferPointer { hashes in filter.withLookup { filter in
            // By hash: most words are in no variant pair, and need no String.
            var position = filter.next(in: hashes, from: 0)
            while position < hashes.count {
                defer { position = filter.next(in: hashes, from: position + 1) }
                guard let found = table.value(hashes[position]) else { continue }
                while allWords.ends[unitIndex + 1] <= position { unitIndex += 1 }
                let unit = units[unitIndex], bytes = unit.bytes
                if isProperName(position, in: allWords.range(unitIndex), allWords, bytes) { continue }
                let range = allWords.words[position].range
                scopes[unit.resolution ?? -1, default: []].append(Occurrence(unit: unitIndex, range: range,
                                                                              written: String(decoding: bytes[range], as: UTF8.self),
                                                                              entry: SpellingVariants.entries[found]))
            }
        } }
        let variety = SpellingVariants.Variety(rawValue: options.prefer)
        for key in scopes.keys.sorted() {
            let occurrences = scopes[key] ?? []
            let scopeName = key < 0 ? "outside the resolutions" : "in this resolution"
            if let variety {
                for occurrence in occurrences where occurrence.entry.variant != SpellingVariants.preferred(occurrence.entry, by: variety) {
                    let replacement = matchingCase(occurrence.entry.counterpart, like: occurrence.written)
                    let fix = context.edit(in: units[occurrence.unit].block, range: occurrence.range, replacement: replacement)
                        .map { Fix("write \(quote(replacement))", edits: [$0]) }
                    report(Message.variety(occurrence.written, replacement, variety.rawValue), units[occurrence.unit], occurrence, fix, &context)
                }
                continue
            }
            var byFamily: [String: [Occurrence]] = [:]
            for occurrence in occurrences { byFamily[occurrence.entry.family, default: []].append(occurrence) }
            for family in byFamily.keys.sorted() {
                let list = byFamily[family] ?? []
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
