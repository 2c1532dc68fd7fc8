import ClauseLint

/// The opening phrase of each clause is in the phrase lists (or shares its head word
/// with a listed phrase).
struct UnknownOpeningPhraseRule: Rule {
    static let description = RuleDescription(
        id: "unknown-opening-phrase",
        name: "Unknown opening phrase",
        summary: "the opening phrase is in neither phrase list (lists configurable; info by default)",
        explanation: """
        Conferences publish lists of accepted preambular and operative phrases. A phrase in \
        neither list is often a typo (`Uges`), an invented form (`Sympathizing`) or a sentence \
        that is not a clause at all. Real resolutions use open variations, so this is information, \
        not an error: a phrase counts as known when it is listed (with modifiers such as *Also*, \
        *Further*, *Strongly* and suffixes such as *also*), when its head word heads a listed phrase \
        (*Expressing grave alarm* ← *Expressing concern*), or when it is the participle of a listed \
        operative verb (*Calling upon*). Add your conference's phrases in the configuration.

        Bad:
            1. *Uges* Member States to act;
        Good:
            1. *Urges* Member States to act;
        """,
        defaultSeverity: .info,
        triggering: [
            "The General Assembly,\n\n*↓Sympathizing* with the victims,\n\n1. *Urges* States to act.\n",
            "The General Assembly,\n\n*Noting* the report,\n\n1. *↓Uges* States to act.\n",
        ],
        nonTriggering: [
            "The General Assembly,\n\n*Expressing grave alarm* at the violence,\n\n*Calling upon* all parties to stop,\n\n*Recalling further* its resolutions,\n\n1. *Strongly urges* States to act;\n\n2. *Reiterates its call* for restraint.\n",
        ]
    )

    let options: NoOptions

    init(options: NoOptions) { self.options = options }

    func check(_ document: Document, _ context: inout RuleContext) {
        let lexicon = document.lexicon
        func check(_ clauses: [Clause]) {
            for clause in clauses {
                // A listed phrase (nearly all) is settled without copying the phrase out of its clause.
                if clause.opening?.match?.known == true { continue }
                guard let opening = clause.opening else { continue }
                if let match = opening.match {
                    if lexicon.isRecognized(match) { continue }
                    // Wrong kinds and forms are clause-kind's and operative-verb-form's findings.
                    let kind: PhraseKind = clause.kind == .preambular ? .preambular : .operative
                    if match.kind != kind || (kind == .operative && match.form != .thirdPerson) { continue }
                }
                // An italic phrase longer than the listed one it starts with is the author's wording.
                if let match = lexicon.match(Substring(opening.text)), lexicon.isRecognized(match) { continue }
                let kind = clause.kind == .preambular ? "preambular" : "operative"
                context.report(Message.unknown(opening.text, kind: kind), clause: clause, range: opening.range)
            }
        }
        let resolutions = document.resolutions
        // Each resolution's fields read in place: copying a whole resolution retains a dozen references.
        for index in resolutions.indices {
            check(resolutions[index].preamble)
            check(resolutions[index].operative)
            for annex in resolutions[index].annexes { check(annex.operative) }
        }
    }

    enum Message {
        static func unknown(_ phrase: String, kind: String) -> String {
            "opening phrase \(quote(phrase)) is in neither phrase list: check the spelling, or add it to the \(kind) phrases in the configuration"
        }
    }
}
