import ClauseLint

/// A clause opens with a phrase of its own kind: no operative verb in the preamble,
/// no preambular phrase in the operative part.
struct ClauseKindRule: Rule {
    static let description = RuleDescription(
        id: "clause-kind",
        name: "Clause kind",
        summary: "an operative phrase opening a preambular clause, or a preambular phrase opening an operative clause",
        explanation: """
        Preambular clauses give reasons and open with a participle or adjective phrase \
        (*Recalling*, *Deeply concerned*, *Having considered*); operative clauses act and open \
        with a verb in the third person singular (*Urges*, *Calls upon*, *Further requests*). An \
        operative verb in the preamble usually means a clause was put in the wrong part of the \
        resolution, or its opening was not turned into a participle. Operative forms are \
        recognised by shape too, so `Delineates` in the preamble is flagged although it is in no list.

        Bad:
            *Encourages* Member States to share data,
            1. *Recognizing* the role of civil society;
        Good:
            *Encouraging* Member States to share data,
            1. *Recognizes* the role of civil society;
        """,
        defaultSeverity: .warning,
        triggering: [
            "The General Assembly,\n\n*↓Further requests* financial support,\n\n1. *Urges* States to act.\n",
            "The General Assembly,\n\n*↓Delineates* the tasks of the group,\n\n1. *Urges* States to act.\n",
            "The General Assembly,\n\n*Noting* the report,\n\n1. *↓Recognizing* the role of civil society;\n\n2. *Urges* States to act.\n",
            "The General Assembly,\n\n*Noting* the report,\n\n↓Regret that funding fell,\n\n1. *Urges* States to act.\n",
        ],
        nonTriggering: [
            "The General Assembly,\n\n*Recalling also* its resolutions,\n\n*Having considered* the report,\n\n1. *Also calls upon* States to act;\n\n2. *Expresses its appreciation* to donors.\n",
            "The General Assembly,\n\n*Noting* the report,\n\n1. *Urges* States to act by:\n\n(a) Recognizing the role of civil society;\n\n(b) Sharing data.\n",
        ]
    )

    let options: NoOptions

    init(options: NoOptions) { self.options = options }

    func check(_ document: Document, _ context: inout RuleContext) {
        let lexicon = document.lexicon
        let resolutions = document.resolutions
        // Each resolution's fields read in place: copying a whole resolution retains a dozen references.
        for index in resolutions.indices {
            // The kind is read first: copying a whole phrase out of its clause costs more than the rest.
            for clause in resolutions[index].preamble {
                guard clause.opening?.match?.kind == .operative, let opening = clause.opening, let match = opening.match else { continue }
                let suggestion = PhraseLexicon.participle(ofThirdPerson: thirdPerson(match, lexicon))
                context.report(Message.operativeInPreamble(opening.text, suggestion: replacingHead(of: opening.text, head: match.head, with: suggestion)),
                               clause: clause, range: opening.range)
            }
            // The operative part and each annex's in turn: joining them copied every clause.
            checkOperative(resolutions[index].operative, lexicon, &context)
            for annex in resolutions[index].annexes { checkOperative(annex.operative, lexicon, &context) }
        }
    }

    private func checkOperative(_ clauses: [Clause], _ lexicon: PhraseLexicon, _ context: inout RuleContext) {
        for clause in clauses {
            guard clause.opening?.match?.kind == .preambular, let opening = clause.opening, let match = opening.match,
                  lexicon.isListed(match) else { continue }
            let suggestion = lexicon.thirdPerson(ofParticiple: match.head)
                .map { replacingHead(of: opening.text, head: match.head, with: $0) }
            context.report(Message.preambularInOperative(opening.text, suggestion: suggestion), clause: clause, range: opening.range)
        }
    }

    private func thirdPerson(_ match: OpeningMatch, _ lexicon: PhraseLexicon) -> String {
        match.form == .baseForm ? (lexicon.thirdPerson(of: match.head) ?? match.head + "s") : match.head
    }

    enum Message {
        static func operativeInPreamble(_ phrase: String, suggestion: String) -> String {
            "operative phrase \(quote(phrase)) opens a preambular clause: use a preambular form such as \(quote(suggestion)), or move the clause to the operative part"
        }
        static func preambularInOperative(_ phrase: String, suggestion: String?) -> String {
            "preambular phrase \(quote(phrase)) opens an operative clause: use an operative verb"
                + (suggestion.map { " such as \(quote($0))" } ?? "") + ", or move the clause to the preamble"
        }
    }
}
