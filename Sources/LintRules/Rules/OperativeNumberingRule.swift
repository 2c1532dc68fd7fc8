import ClauseLint

/// Operative clauses are numbered 1, 2, 3 … with no gap, repeat or restart, in the
/// resolution and in each annex.
struct OperativeNumberingRule: Rule {
    static let description = RuleDescription(
        id: "operative-numbering",
        name: "Operative numbering",
        summary: "operative clauses are numbered 1, 2, 3 … with no gap, repeat or restart (per resolution and per annex)",
        explanation: """
        Operative clauses carry consecutive numbers from 1, so that later texts can cite \
        "paragraph 4 of resolution 27/2". A gap, a repeated number or a restart usually means a \
        clause was deleted, pasted twice or merged from another draft. Annexes number their own \
        operative clauses from 1. A resolution whose operative clauses carry no numbers at all is \
        reported once.

        Bad:
            1. *Urges* States to act;
            3. *Requests* a report.
        Good:
            1. *Urges* States to act;
            2. *Requests* a report.
        """,
        defaultSeverity: .error,
        triggering: [
            "The General Assembly,\n\n*Noting* the report,\n\n1. *Urges* States to act;\n\n↓3. *Requests* a report.\n",
            "The General Assembly,\n\n*Noting* the report,\n\n1. *Urges* States to act;\n\n↓1. *Requests* a report.\n",
            "The General Assembly,\n\n*Noting* the report,\n\n1. *Urges* States to act;\n\n2. *Invites* views;\n\n↓2. *Requests* a report.\n",
            "The General Assembly,\n\n*Noting* the report,\n\n*↓Urges* States to act;\n\n*Requests* a report.\n",
        ],
        nonTriggering: [
            "The General Assembly,\n\n*Noting* the report,\n\n1. *Urges* States to act;\n\n2. *Requests* a report.\n",
            "The General Assembly,\n\n*Noting* the report,\n\n1. *Urges* States to act.\n\nAnnex\n\n1. *Decides* to meet;\n\n2. *Requests* a report.\n",
        ]
    )

    let options: NoOptions

    init(options: NoOptions) { self.options = options }

    func check(_ document: Document, _ context: inout RuleContext) {
        let resolutions = document.resolutions
        // Each resolution's fields read in place: copying a whole resolution retains a dozen references.
        for index in resolutions.indices {
            if resolutions[index].unnumberedOperatives, let first = resolutions[index].operative.first {
                context.report(Message.unnumbered(resolutions[index].operative.count), clause: first,
                               range: first.contentStart..<(first.opening?.range.upperBound ?? first.contentStart))
            } else {
                check(resolutions[index].operative, &context)
            }
            for annex in resolutions[index].annexes { check(annex.operative, &context) }
        }
    }

    private func check(_ clauses: [Clause], _ context: inout RuleContext) {
        var expected = 1
        var previous: Int?
        for clause in clauses {
            // Fields read one by one: copying a whole label out of its clause costs more than the check.
            guard clause.label?.family == .decimal, let value = clause.label?.value, let number = Int(value) else {
                context.report(Message.missing(expected), clause: clause,
                               range: clause.contentStart..<(clause.opening?.range.upperBound ?? clause.contentStart))
                previous = expected
                expected += 1
                continue
            }
            if number != expected {
                let range = clause.label.map { $0.range.isEmpty ? 0..<0 : $0.range } ?? 0..<0
                let message: String
                if number == previous { message = Message.repeated(number, expected: expected) }
                else if number == 1 { message = Message.restart(expected: expected) }
                else if number > expected { message = Message.gap(number, expected: expected) }
                else { message = Message.outOfOrder(number, expected: expected) }
                context.report(message, clause: clause, range: range)
            }
            previous = number
            expected = number + 1
        }
    }

    enum Message {
        static func unnumbered(_ count: Int) -> String {
            count == 1 ? "the operative clause is not numbered: number it 1"
                : "the \(count) operative clauses are not numbered: number them 1 to \(count)"
        }
        static func missing(_ expected: Int) -> String { "operative clause has no number, expected \(expected)" }
        static func repeated(_ number: Int, expected: Int) -> String { "operative clause number \(number) is repeated, expected \(expected)" }
        static func restart(expected: Int) -> String { "operative numbering restarts at 1, expected \(expected)" }
        static func gap(_ number: Int, expected: Int) -> String {
            number == expected + 1 ? "operative clause \(number) follows \(expected - 1): number \(expected) is missing"
                : "operative clause \(number) follows \(expected - 1): numbers \(expected) to \(number - 1) are missing"
        }
        static func outOfOrder(_ number: Int, expected: Int) -> String { "operative clause numbered \(number) out of order, expected \(expected)" }
    }
}
