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

    let options: Options

    private struct Term {
        var canonical: String
        var words: [String]   // lower-cased words, hyphenated parts split
        var hashes: [UInt64]  // their `WordScanner.lowerHash`
    }

    private enum Hash {
        static let this = WordScanner.lowerHash("this"), resolution = WordScanner.lowerHash("resolution")
        static let member = WordScanner.lowerHash("member"), un = WordScanner.lowerHash("un"), of = WordScanner.lowerHash("of")
        static let the = WordScanner.lowerHash("the"), united = WordScanner.lowerHash("united"), nations = WordScanner.lowerHash("nations")
    }

    func check(_ document: Document, _ context: inout RuleContext) {
        let terms = ((options.terms.isEmpty ? UNTerms.defaults : options.terms) + options.extraTerms).map { canonical in
            let words = canonical.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init)
            return Term(canonical: canonical, words: words, hashes: words.map(WordScanner.lowerHash))
        }
        var byFirstWord: [UInt64: [Term]] = [:]
        for term in terms.sorted(by: { $0.words.count > $1.words.count }) { byFirstWord[term.hashes[0], default: []].append(term) }
        let filter = HashFilter(Array(byFirstWord.keys) + [Hash.this])
        for (unit, words) in zip(textUnits(document), unitWords(document)) {
            check(unit.block, bytes: unit.bytes, words: words, clause: unit.clause, byFirstWord: byFirstWord, filter: filter, &context)
        }
    }

    private func check(_ block: TextBlock, bytes: [UInt8], words: UnitWords, clause: Clause?, byFirstWord: [UInt64: [Term]], filter: HashFilter, _ context: inout RuleContext) {
        // Words with hyphenated parts split, so "Secretary-General" and "Secretary General" line up.
        var parts: [Range<Int>] = []
        var lower: [UInt64] = []
        parts.reserveCapacity(words.words.count)
        lower.reserveCapacity(words.words.count)
        for (word, hash) in zip(words.words, words.hashes) {
            var start = word.range.lowerBound
            for index in word.range where bytes[index] == 0x2D {
                parts.append(start..<index); lower.append(WordScanner.lowerHash(bytes[start..<index])); start = index + 1
            }
            parts.append(start..<word.range.upperBound)
            lower.append(start == word.range.lowerBound ? hash : WordScanner.lowerHash(bytes[start..<word.range.upperBound]))
        }
        var index = 0
        while index < parts.count {
            defer { index += 1 }
            guard filter.mayContain(lower[index]) else { continue }
            if options.presentResolution, lower[index] == Hash.this, index + 1 < parts.count, lower[index + 1] == Hash.resolution {
                let range = parts[index].lowerBound..<parts[index + 1].upperBound
                let replacement = WordScanner.isCapitalized(bytes[parts[index]]) ? "The present resolution" : "the present resolution"
                let fix = context.edit(in: block, range: range, replacement: replacement).map { Fix("write \(quote(replacement))", edits: [$0]) }
                report(Message.presentResolution, block, clause, range, fix, &context)
                continue
            }
            guard let candidates = byFirstWord[lower[index]] else { continue }
            for term in candidates where index + term.words.count <= parts.count
                && lower[index..<(index + term.words.count)].elementsEqual(term.hashes) {
                let range = parts[index].lowerBound..<parts[index + term.words.count - 1].upperBound
                let written = String(decoding: bytes[range], as: UTF8.self)
                if written == term.canonical || WordScanner.isAllCapitals(bytes[range]) { break }
                // Only the gaps of the term itself: "Member States" across a line of other text is no match.
                if range.count > term.canonical.utf8.count + 2 { break }
                if refersToAnotherOrganisation(term, index: index, lower: lower, parts: parts, bytes: bytes) { break }
                let fix = context.edit(in: block, range: range, replacement: term.canonical).map { Fix("write \(quote(term.canonical))", edits: [$0]) }
                report(Message.capitalise(written, term.canonical), block, clause, range, fix, &context)
                index += term.words.count - 1
                break
            }
        }
    }

    /// `member states of the European Union`, `EU member states`: other organisations' members.
    private func refersToAnotherOrganisation(_ term: Term, index: Int, lower: [UInt64], parts: [Range<Int>], bytes: [UInt8]) -> Bool {
        guard term.hashes.first == Hash.member else { return false }
        if index > 0, WordScanner.isAllCapitals(bytes[parts[index - 1]]), lower[index - 1] != Hash.un { return true }
        let after = index + term.words.count
        if after + 2 < parts.count, lower[after] == Hash.of, lower[after + 1] == Hash.the {
            return !(lower[after + 2] == Hash.united && after + 3 < parts.count && lower[after + 3] == Hash.nations)
        }
        return false
    }

    private func report(_ message: String, _ block: TextBlock, _ clause: Clause?, _ range: Range<Int>, _ fix: Fix?, _ context: inout RuleContext) {
        if let clause { context.report(message, clause: clause, range: range, fix: fix) }
        else { context.report(message, block: block, range: range, fix: fix) }
    }

    enum Message {
        static func capitalise(_ written: String, _ canonical: String) -> String {
            "\(quote(written)) should be written \(quote(canonical))"
        }
        static let presentResolution = "write 'the present resolution' rather than 'this resolution' (UN Editorial Manual)"
    }
}
