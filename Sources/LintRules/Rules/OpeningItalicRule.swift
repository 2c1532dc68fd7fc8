import ClauseLint

/// The opening phrase of each preambular and operative clause is italic, and only the phrase.
struct OpeningItalicRule: Rule {
    static let description = RuleDescription(
        id: "opening-italic",
        name: "Opening phrase in italics",
        summary: "the opening phrase of each preambular and operative clause is italic, and only the phrase",
        explanation: """
        UN and most MUN house styles set the opening phrase of every preambular and operative clause \
        in italics: *Recalling*, *Deeply concerned*, *Calls upon*. The rest of the clause is upright.

        When every clause of one kind in a resolution lacks italics (a converter dropped them, or the \
        drafter never set them), the rule reports once for that resolution with a count instead of once per \
        clause. When the input carries no emphasis at all (plain text), it says so once, as information, \
        because italics cannot be checked.

        Security Council texts italicise only the head word (*Recalling* also, *Calls* upon); that is accepted.

        Bad:
            Recalling its resolution 70/1,
            1. *Urges all Member States to act*;
        Good:
            *Recalling* its resolution 70/1,
            1. *Urges* all Member States to act;
        """,
        defaultSeverity: .warning,
        triggering: [
            "The General Assembly,\n\n*Recalling* its earlier work,\n\n↓Noting the report before it,\n\n1. *Urges* States to act.\n",
            "The General Assembly,\n\n*Recalling* its earlier work,\n\n1. *↓Urges all States to act at once and without delay in every region*.\n",
            "The General Assembly,\n\n*Recalling* its earlier work,\n\n1. *↓Further* requests States to act;\n\n2. *Urges* States to act.\n",
            "The General Assembly,\n\n↓Recalling its earlier work,\n\nNoting the report before it,\n\n1. *Urges* States to act.\n",
            "The General Assembly,\n\n↓Recalling its earlier work,\n\nNoting the report before it,\n\n1. Urges States to act.\n",
            "The General Assembly,\n\n↓Recalling the *2030 Agenda*,\n\nNoting the report before it,\n\n1. ↓Urges States to act.\n",
        ],
        nonTriggering: [
            "The General Assembly,\n\n*Recalling* its earlier work,\n\n*Noting* the report before it,\n\n1. *Urges* States to act.\n",
            "*The Security Council*,\n\n*Recalling* also its earlier work,\n\n1. *Calls* upon States to act.\n",
            "The General Assembly,\n\n*Reiterating its call* for restraint,\n\n1. *Reaffirms its commitment* to peace.\n",
            "The General Assembly,\n\n*Recalling* its earlier work,\n\n1. *Urges* States to act:\n\n(a) Promptly;\n\n(b) Fully.\n",
        ],
        corrections: [
            .init("The General Assembly,\n\n*Recalling* its earlier work,\n\nNoting the report,\n\n1. *Urges* States to act.\n",
                  "The General Assembly,\n\n*Recalling* its earlier work,\n\n*Noting* the report,\n\n1. *Urges* States to act.\n"),
        ]
    )

    struct Options: RuleOptions {
        /// Report once per resolution when a whole clause kind lacks italics.
        var aggregate = true
        var preambular = true
        var operative = true
    }

    let options: Options

    func check(_ document: Document, _ context: inout RuleContext) {
        let hasClauses = document.resolutions.contains { !$0.preamble.isEmpty || !$0.operative.isEmpty }
        guard hasClauses else { return }
        if document.emphasis == .absent {
            let first = document.resolutions.lazy.compactMap { $0.preamble.first ?? $0.operative.first }.first
            let offset = first?.block.map.source(first?.contentStart ?? 0) ?? document.resolutions[0].bodyOffset
            context.report(Message.noEmphasis, sourceRange: offset..<offset, severity: .info)
            return
        }
        let resolutions = document.resolutions
        // Each resolution's fields read in place: copying a whole resolution retains a dozen references.
        for index in resolutions.indices {
            if options.preambular { check(resolutions[index].preamble, kind: "preambular", &context) }
            if options.operative {
                let operative = resolutions[index].annexes.isEmpty ? resolutions[index].operative
                    : resolutions[index].operative + resolutions[index].annexes.flatMap(\.operative)
                check(operative, kind: "operative", &context)
            }
        }
    }

    private func check(_ clauses: [Clause], kind: String, _ context: inout RuleContext) {
        // What the rule needs of each phrase, in one read: a read copies the whole phrase out of
        // its clause, so the phrase itself is read again only for what is reported.
        let marks = clauses.map { clause -> (coverage: ItalicCoverage?, overruns: Bool) in
            guard let opening = clause.opening else { return (nil, false) }
            return (opening.italic, opening.italicOverrun != nil)
        }
        let coverages = marks.lazy.map(\.coverage)
        var withOpening = 0, plain = 0
        var firstPlain: Int?
        for (index, coverage) in coverages.enumerated() where coverage != nil {
            withOpening += 1
            if coverage == ItalicCoverage.none {
                plain += 1
                if firstPlain == nil { firstPlain = index }
            }
        }
        if options.aggregate, plain >= 2, plain == withOpening, let first = firstPlain, let opening = clauses[first].opening {
            context.report(Message.noneItalic(kind: kind, count: plain, example: opening.text),
                           clause: clauses[first], range: opening.range)
            for (clause, mark) in zip(clauses, marks) where mark.overruns { reportOverrun(clause, &context) }
            return
        }
        for (clause, mark) in zip(clauses, marks) {
            switch mark.coverage {
            case nil, .full?, .unknown?:
                break
            case .none?:
                guard let opening = clause.opening else { break }
                let fix = context.edit(in: clause.block, range: opening.range, replacement: MessageText.joined("*", opening.text, "*"))
                    .map { Fix(MessageText.joined("italicise '", opening.text, "'"), edits: [$0]) }
                context.report(Message.notItalic(opening.text), clause: clause, range: opening.range, fix: fix)
            case .partial?:
                guard let opening = clause.opening else { break }
                context.report(Message.partlyItalic(opening.text), clause: clause, range: opening.range)
            }
            if mark.overruns { reportOverrun(clause, &context) }
        }
    }

    private func reportOverrun(_ clause: Clause, _ context: inout RuleContext) {
        guard let opening = clause.opening, let overrun = opening.italicOverrun else { return }
        context.report(Message.overrun(opening.text), clause: clause, range: opening.range.lowerBound..<overrun.upperBound)
    }

    enum Message {
        static let noEmphasis = "the input carries no emphasis information, so italics of opening phrases cannot be checked"
        static func noneItalic(kind: String, count: Int, example: String) -> String {
            "none of the \(count) \(kind) opening phrases in this resolution is italic (first: \(quote(example)))"
        }
        static func notItalic(_ phrase: String) -> String { MessageText.joined("opening phrase '", phrase, "' is not italic") }
        static func partlyItalic(_ phrase: String) -> String { "opening phrase \(quote(phrase)) is only partly italic" }
        static func overrun(_ phrase: String) -> String { "italics run on past the opening phrase \(quote(phrase)) into the clause" }
    }
}
