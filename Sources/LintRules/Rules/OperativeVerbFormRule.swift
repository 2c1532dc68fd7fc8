import ClauseLint

/// An operative clause opens with a verb in the third person singular present.
struct OperativeVerbFormRule: Rule {
    static let description = RuleDescription(
        id: "operative-verb-form",
        name: "Operative verb form",
        summary: "an operative clause opens with a third-person singular present verb (Encourages, not Encourage or Encouraging)",
        explanation: """
        The subject of every operative clause is the body adopting the resolution ("The General \
        Assembly … *Encourages* …"), so the verb is third person singular present: *Encourages*, \
        *Calls upon*, *Requests*. Drafts often carry the base form (`Encourage`, `Utilize`) or a \
        participle (`Encouraging`) left over from a preambular clause. Preambular phrases in the \
        operative part are reported by `clause-kind` instead.

        Bad:
            1. *Encourage* Member States to share data;
            2. *Recommending* a review;
        Good:
            1. *Encourages* Member States to share data;
            2. *Recommends* a review;
        """,
        defaultSeverity: .warning,
        triggering: [
            "The General Assembly,\n\n*Noting* the report,\n\n1. *↓Encourage* States to act;\n\n2. *Urges* States to act.\n",
            "The General Assembly,\n\n*Noting* the report,\n\n1. *↓Strongly recommend* a review;\n\n2. *Urges* States to act.\n",
            "The General Assembly,\n\n*Noting* the report,\n\n1. *↓Recommending* a review;\n\n2. *Urges* States to act.\n",
            "The General Assembly,\n\n*Noting* the report,\n\n1. ↓The United Nations will provide funding;\n\n2. *Urges* States to act.\n",
        ],
        nonTriggering: [
            "The General Assembly,\n\n*Noting* the report,\n\n1. *Encourages* States to act;\n\n2. *Once again urges* States to act;\n\n3. *Highlights* the need.\n",
            "The General Assembly,\n\n*Noting* the report,\n\n1. *Urges* States to act by:\n\n(a) Encourage dialogue;\n\n(b) The United Nations will fund it.\n",
        ],
        corrections: [
            .init("The General Assembly,\n\n*Noting* the report,\n\n1. *Encourage* States to act.\n",
                  "The General Assembly,\n\n*Noting* the report,\n\n1. *Encourages* States to act.\n"),
        ]
    )

    let options: NoOptions

    init(options: NoOptions) { self.options = options }

    func check(_ document: Document, _ context: inout RuleContext) {
        let lexicon = document.lexicon
        let resolutions = document.resolutions
        // Each resolution's fields read in place: copying a whole resolution retains a dozen references.
        for index in resolutions.indices {
            // The operative part and each annex's in turn: joining them copied every clause.
            check(resolutions[index].operative, lexicon, &context)
            for annex in resolutions[index].annexes { check(annex.operative, lexicon, &context) }
        }
    }

    private func check(_ clauses: [Clause], _ lexicon: PhraseLexicon, _ context: inout RuleContext) {
        for clause in clauses {
            guard let opening = clause.opening, let match = opening.match else {
                let firstWord = clause.content.prefix { $0 != " " }.utf8.count
                let range = clause.contentStart..<(clause.contentStart + firstWord)
                context.report(Message.noVerb(clause.quotedStart), clause: clause, range: range)
                continue
            }
            switch match.form {
            case .thirdPerson:
                continue
            case .baseForm:
                guard let third = lexicon.thirdPerson(of: match.head) else { continue }
                let wanted = replacingHead(of: opening.text, head: match.head, with: third)
                let fix = context.edit(in: clause.block, range: opening.range, replacement: wanted)
                    .map { Fix("write \(quote(wanted))", edits: [$0]) }
                context.report(Message.baseForm(opening.text, wanted: wanted), clause: clause, range: opening.range, fix: fix)
            case .presentParticiple, .pastParticipleOrAdjective:
                // Listed preambular phrases are clause-kind's finding.
                if match.kind == .preambular, lexicon.isListed(match) { continue }
                let wanted = lexicon.thirdPerson(ofParticiple: match.head).map { replacingHead(of: opening.text, head: match.head, with: $0) }
                context.report(Message.participle(opening.text, wanted: wanted), clause: clause, range: opening.range)
            }
        }
    }

    enum Message {
        static func baseForm(_ phrase: String, wanted: String) -> String {
            "operative clause opens with \(quote(phrase)): use the third person singular, \(quote(wanted))"
        }
        static func participle(_ phrase: String, wanted: String?) -> String {
            "operative clause opens with the participle \(quote(phrase)): use a verb in the third person singular"
                + (wanted.map { " such as \(quote($0))" } ?? "")
        }
        static func noVerb(_ start: String) -> String {
            "operative clause opens with \(quote(start)), not with a verb: start with a verb such as 'Urges' or 'Requests'"
        }
    }
}
