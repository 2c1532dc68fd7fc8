import ClauseLint

/// Sub-clauses are lettered a, b, c … and sub-sub-clauses numbered i, ii, iii … in
/// sequence, with one label style in each resolution.
struct SubclauseLabelsRule: Rule {
    static let description = RuleDescription(
        id: "subclause-labels",
        name: "Sub-clause labels",
        summary: "sub-clauses lettered a, b, c … and sub-sub-clauses i, ii, iii … in sequence, one label style per resolution",
        explanation: """
        Sub-clauses of an operative clause are lettered a, b, c …; their own sub-clauses take \
        lower-case roman numerals i, ii, iii …. Each list starts at a (or i) and runs without gaps. \
        One resolution uses one label style throughout: `(a)` in UN documents, `a.` at NMUN, `a)` at \
        THIMUN (set `style` to enforce one; by default the first label sets the style).

        Bad:
            1. *Urges* States to:
            (a) Share data;
            c. Train staff.
        Good:
            1. *Urges* States to:
            (a) Share data;
            (b) Train staff.
        """,
        defaultSeverity: .warning,
        triggering: [
            "The General Assembly,\n\n*Noting* the report,\n\n1. *Urges* States to:\n\n(a) Share data;\n\n↓(c) Train staff.\n",
            "The General Assembly,\n\n*Noting* the report,\n\n1. *Urges* States to:\n\n(a) Share data;\n\n↓b. Train staff.\n",
            "The General Assembly,\n\n*Noting* the report,\n\n1. *Urges* States to:\n\n↓(b) Share data;\n\n(c) Train staff.\n",
            "The General Assembly,\n\n*Noting* the report,\n\n1. *Urges* States to:\n\n(a) Share data by:\n\n(i) Meeting;\n\n↓(iii) Writing;\n\n(b) Train staff.\n",
        ],
        nonTriggering: [
            "The General Assembly,\n\n*Noting* the report,\n\n1. *Urges* States to:\n\n(a) Share data by:\n\n(i) Meeting;\n\n(ii) Writing;\n\n(b) Train staff.\n",
            "The General Assembly,\n\n*Noting* the report,\n\n1. *Urges* States to:\n\na. Share data;\n\nb. Train staff;\n\n2. *Invites* views:\n\na. From States;\n\nb. From others.\n",
            "The General Assembly,\n\n*Noting* the report,\n\n1. *Urges* States to:\n\n(a) A;\n\n(b) B;\n\n(c) C;\n\n(d) D;\n\n(e) E;\n\n(f) F;\n\n(g) G;\n\n(h) H;\n\n(i) I;\n\n(j) J.\n",
        ],
        corrections: [
            .init("The General Assembly,\n\n*Noting* the report,\n\n1. *Urges* States to:\n\n(a) Share data;\n\nb. Train staff.\n",
                  "The General Assembly,\n\n*Noting* the report,\n\n1. *Urges* States to:\n\n(a) Share data;\n\n(b) Train staff.\n"),
        ]
    )

    struct Options: RuleOptions {
        /// `any` (the first label sets the style), `(a)`, `a.` or `a)`.
        var style = "any"
    }

    let options: Options

    static func validate(_ options: Options) throws {
        guard options.style == "any" || style(named: options.style) != nil else {
            throw RuleOptionsError("'style' must be \"any\", \"(a)\", \"a.\" or \"a)\", not \"\(options.style)\"")
        }
    }

    func check(_ document: Document, _ context: inout RuleContext) {
        let required = Self.style(named: options.style)
        let resolutions = document.resolutions
        // Each resolution's fields read in place: copying a whole resolution retains a dozen references.
        for index in resolutions.indices {
            var style = required
            var styleExample = required.map { $0.render("a") }
            func walk(_ clause: Clause, depth: Int) {
                guard !clause.children.isEmpty else { return }
                var expectedOrdinal = 1
                let expectedFamily: LabelFamily = depth % 2 == 0 ? .lowerLetter : .lowerRoman
                var reportedFamily = false
                for child in clause.children {
                    guard let label = child.label else { continue }
                    if style == nil { style = label.style; styleExample = label.written }
                    if let style, label.style != style, !label.generated, let styleExample {
                        let wanted = style.render(label.value)
                        let fix = context.edit(in: child.block, range: label.range, replacement: wanted)
                            .map { Fix("relabel as \(quote(wanted))", edits: [$0]) }
                        context.report(Message.style(label.written, wanted: wanted, example: styleExample),
                                       clause: child, range: label.range, fix: fix)
                    }
                    let family = label.family == .upperLetter ? LabelFamily.lowerLetter
                        : label.family == .upperRoman ? .lowerRoman : label.family
                    // Read once: each read parses the label's value.
                    let ordinal = label.ordinal
                    if family != expectedFamily, !reportedFamily {
                        context.report(Message.family(label.written, expected: expectedFamily), clause: child, range: label.range)
                        reportedFamily = true
                    } else if family == expectedFamily, let ordinal, ordinal != expectedOrdinal {
                        let wanted = LabelSequence.value(at: expectedOrdinal, family: label.family)
                        context.report(Message.sequence(label.written, expected: (style ?? label.style).render(wanted)),
                                       clause: child, range: label.range)
                    }
                    expectedOrdinal = (ordinal ?? expectedOrdinal) + 1
                    walk(child, depth: depth + 1)
                }
            }
            // The top-level clauses, read in place (no list of every clause, nor of the lists, is made).
            func walk(_ list: [Clause]) {
                for clause in list where clause.kind != .subclause { walk(clause, depth: 0) }
            }
            walk(resolutions[index].preamble)
            walk(resolutions[index].operative)
            for annex in resolutions[index].annexes { walk(annex.operative) }
        }
    }

    static func style(named name: String) -> LabelStyle? {
        switch name {
        case "(a)": return .parenthesized
        case "a.": return .period
        case "a)": return .closingParenthesis
        default: return nil
        }
    }

    enum Message {
        static func style(_ written: String, wanted: String, example: String) -> String {
            "sub-clause label \(quote(written)) does not follow the resolution's label style \(quote(example)): write \(quote(wanted))"
        }
        static func family(_ written: String, expected: LabelFamily) -> String {
            expected == .lowerLetter
                ? "sub-clause label \(quote(written)) should be a letter (a, b, c …) at this level"
                : "sub-sub-clause label \(quote(written)) should be a roman numeral (i, ii, iii …) at this level"
        }
        static func sequence(_ written: String, expected: String) -> String {
            "sub-clause label \(quote(written)) is out of sequence, expected \(quote(expected))"
        }
    }
}
