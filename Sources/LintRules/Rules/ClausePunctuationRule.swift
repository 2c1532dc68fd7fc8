import Foundation
import ClauseLint

/// Clauses end with the punctuation their place in the resolution calls for, and a
/// resolution, being one sentence, has no full stop inside a clause.
struct ClausePunctuationRule: Rule {
    static let description = RuleDescription(
        id: "clause-punctuation",
        name: "Clause punctuation",
        summary: "preambular clauses end with ',', operative with ';', the last with '.', a clause introducing sub-clauses with ':'",
        explanation: """
        A resolution is a single sentence. Each preambular clause ends with a comma; each operative \
        clause with a semicolon; the last operative clause of the resolution (and of each annex) with a \
        full stop. A clause that introduces sub-clauses ends with a colon; sub-clauses end with a \
        semicolon (`; and` before the last is fine) and the last sub-clause of the last clause with the \
        full stop. A full stop inside a clause breaks the sentence; abbreviations (No., e.g., U.S., vol.) \
        and decimals are not full stops.

        Bad:
            *Recalling* its resolution 70/1;
            1. *Urges* States to act.
            2. *Requests* a report,
        Good:
            *Recalling* its resolution 70/1,
            1. *Urges* States to act;
            2. *Requests* a report.
        """,
        defaultSeverity: .warning,
        triggering: [
            "The General Assembly,\n\n*Recalling* its resolution 70/1↓;\n\n1. *Urges* States to act.\n",
            "The General Assembly,\n\n*Recalling* its resolution 70/1,\n\n1. *Urges* States to act↓.\n\n2. *Requests* a report.\n",
            "The General Assembly,\n\n*Recalling* its resolution 70/1,\n\n1. *Urges* States to act;\n\n2. *Requests* a report↓,\n",
            "The General Assembly,\n\n*Recalling* its resolution 70/1,\n\n1. *Urges* States to act by↓;\n\n(a) Sharing data;\n\n(b) Training staff.\n",
            "The General Assembly,\n\n*Recalling* its resolution 70/1,\n\n1. *Urges* States to act now↓. They must.\n",
            "The General Assembly,\n\n*Recalling* its resolution 70/1,\n\n1. *Urges* States to act now↓\n",
        ],
        nonTriggering: [
            "The General Assembly,\n\n*Recalling* its resolution 70/1,\n\n1. *Urges* States to act;\n\n2. *Requests* a report.\n",
            "The General Assembly,\n\n*Recalling* vol. 2225, No. 39574, and the U.S. statement of 5.2 per cent,\n\n1. *Urges* States, e.g. Chile, to act.\n",
            "The General Assembly,\n\n*Recalling* its resolution 70/1,\n\n1. *Urges* States to act by:\n\n(a) Sharing data; and\n\n(b) Training staff;\n\n2. *Requests* a report.\n",
            "The General Assembly,\n\n*Recalling* its resolution 70/1,\n\n1. *Urges* States to act.\n\nANNEX\n\n1. *Decides* to meet again.\n",
        ],
        corrections: [
            .init("The General Assembly,\n\n*Recalling* its resolution 70/1;\n\n1. *Urges* States to act\n",
                  "The General Assembly,\n\n*Recalling* its resolution 70/1,\n\n1. *Urges* States to act.\n"),
        ]
    )

    struct Options: RuleOptions {
        /// Also flag full stops inside a clause.
        var fullStops = true
    }

    let options: Options

    func check(_ document: Document, _ context: inout RuleContext) {
        let resolutions = document.resolutions
        // Each resolution's fields read in place: copying a whole resolution retains a dozen references.
        for index in resolutions.indices {
            for clause in resolutions[index].preamble { check(clause, final: .comma, &context) }
            // The operative part, then each annex's: each ends the resolution's sentence or the annex's.
            checkOperative(resolutions[index].operative, &context)
            for annex in resolutions[index].annexes { checkOperative(annex.operative, &context) }
        }
    }

    private func checkOperative(_ part: [Clause], _ context: inout RuleContext) {
        let last = part.count - 1
        for (index, clause) in part.enumerated() {
            check(clause, final: index == last ? .fullStop : .semicolon, &context)
        }
    }

    /// `final`: what the clause ends with when it has no sub-clauses (its last
    /// sub-clause inherits it; the others end with ';').
    private func check(_ clause: Clause, final: Ending, _ context: inout RuleContext) {
        let children = clause.children
        let expected = children.isEmpty ? final : .colon
        let end = clause.end
        if !expected.accepts(end) {
            report(clause, end: end, expected: expected, &context)
        }
        if options.fullStops { checkFullStops(clause, &context) }
        let last = children.count - 1
        for (index, child) in children.enumerated() {
            check(child, final: index == last ? final : .semicolon, &context)
        }
    }

    private func report(_ clause: Clause, end: String, expected: Ending, _ context: inout RuleContext) {
        let kind: String
        switch clause.kind {
        case .preambular: kind = "preambular clause"
        case .operative: kind = "operative clause"
        case .subclause: kind = "sub-clause"
        }
        let range = end.isEmpty ? clause.endRange.lowerBound..<clause.endRange.lowerBound : clause.endRange
        var fix: Fix?
        if let edit = context.edit(in: clause.block, range: range, replacement: expected.text) {
            fix = Fix(expected.fixTitle, edits: [edit])
        }
        let message = end.isEmpty
            ? Message.missing(kind: kind, expected: expected.text, why: expected.reason)
            : Message.wrong(kind: kind, found: end, expected: expected.text, why: expected.reason)
        context.report(message, clause: clause, range: range, fix: fix)
    }

    /// Reports the first full stop inside the clause, with a count when there are more.
    private func checkFullStops(_ clause: Clause, _ context: inout RuleContext) {
        var text = clause.text
        let contentStart = clause.contentStart
        let end = clause.endRange.lowerBound
        // Over the text's own bytes: a copy per clause cost more than the search.
        let (first, count): (Int, Int) = text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return (0, 0) }
            let stop = min(end, bytes.count)
            // Full stops count from the end of the opening phrase, read only once the clause has a
            // dot: reading the phrase copies it out of the clause, and most clauses have none.
            var from: Int?
            var first = 0, count = 0
            var index = max(0, contentStart)
            // From full stop to full stop (memchr): most clauses have none before their end.
            while index < stop, let pointer = memchr(base + index, 0x2E, stop - index) {
                let dot = base.distance(to: pointer.assumingMemoryBound(to: UInt8.self))
                index = dot + 1
                if from == nil { from = max(contentStart, clause.opening?.range.upperBound ?? 0) }
                guard let from, dot >= from else { continue }
                if dot + 2 < bytes.count, bytes[dot + 1] == 0x20,
                   Self.startsSentence(bytes[dot + 2]), !Abbreviations.endsAbbreviation(bytes, dotAt: dot) {
                    if count == 0 { first = dot }
                    count += 1
                }
            }
            return (first, count)
        }
        guard count > 0 else { return }
        context.report(Message.fullStop(count: count), clause: clause, range: first..<(first + 1))
    }

    private static func startsSentence(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }

    /// The punctuation a clause may be expected to end with.
    enum Ending {
        case comma, semicolon, fullStop, colon

        var text: String {
            switch self {
            case .comma: return ","
            case .semicolon: return ";"
            case .fullStop: return "."
            case .colon: return ":"
            }
        }

        /// The fix's title, written out so that no reported clause builds it.
        var fixTitle: String {
            switch self {
            case .comma: return "end with ','"
            case .semicolon: return "end with ';'"
            case .fullStop: return "end with '.'"
            case .colon: return "end with ':'"
            }
        }

        /// Why the clause must end so, for the message (empty when it goes without saying).
        var reason: String {
            switch self {
            case .colon: return "it introduces sub-clauses"
            case .fullStop: return "it ends the resolution"
            case .comma, .semicolon: return ""
            }
        }

        func accepts(_ end: String) -> Bool {
            if end == text { return true }
            // "; and" / "; or" before the last item of a list.
            return self == .semicolon && (end == "; and" || end == "; or")
        }
    }

    enum Message {
        static func wrong(kind: String, found: String, expected: String, why: String) -> String {
            MessageText.joined(kind, " ends with '", found, "', expected '", expected, "'", why.isEmpty ? "" : " (", why, why.isEmpty ? "" : ")")
        }
        static func missing(kind: String, expected: String, why: String) -> String {
            MessageText.joined(kind, " has no closing punctuation, expected '", expected, "'", why.isEmpty ? "" : " (", why, why.isEmpty ? "" : ")")
        }
        static func fullStop(count: Int) -> String {
            (count == 1 ? "full stop inside a clause" : "\(count) full stops inside a clause")
                + ": a resolution is one sentence, use ';' or ',' instead"
        }
    }
}
