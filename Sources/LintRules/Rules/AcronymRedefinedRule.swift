import ClauseLint

/// An acronym is defined once per resolution, with one expansion.
struct AcronymRedefinedRule: Rule {
    static let description = RuleDescription(
        id: "acronym-redefined",
        name: "Acronym defined twice",
        summary: "an acronym defined twice, or defined with two different expansions",
        explanation: """
        Once an acronym is spelled out, later clauses use it bare. A second definition is \
        redundant; a second definition with a different expansion means one of them is wrong \
        (or two bodies share letters and one needs another abbreviation). Each resolution is its \
        own scope, so the same definition in two resolutions of an archive is correct.

        Bad:
            *Noting* the United Nations Office on Drugs and Crime (UNODC),
            1. *Requests* the United Nations Office on Drugs and Crime (UNODC) to report;
        Good:
            *Noting* the United Nations Office on Drugs and Crime (UNODC),
            1. *Requests* UNODC to report;
        """,
        defaultSeverity: .warning,
        triggering: [
            "The General Assembly,\n\n*Noting* the Human Rights Education (HRE) programme,\n\n1. *Supports* Human Rights Education (↓HRE).\n",
            "The General Assembly,\n\n*Noting* the Human Rights Education (HRE) programme,\n\n1. *Supports* Higher Research Exchange (↓HRE).\n",
        ],
        nonTriggering: [
            "Code: A/1/1\n\nThe General Assembly,\n\n*Noting* Human Rights Education (HRE),\n\n1. *Supports* HRE.\n\nCode: A/1/2\n\nThe General Assembly,\n\n*Noting* Human Rights Education (HRE),\n\n1. *Supports* HRE.\n",
        ]
    )

    let options: NoOptions

    init(options: NoOptions) { self.options = options }

    func check(_ document: Document, _ context: inout RuleContext) {
        let index = AcronymIndex.of(document)
        // Only a definition can be one again.
        guard !index.definitions.isEmpty else { return }
        // Per acronym, the definition later ones are compared with: the number of its scope
        // (its position in `scopes` plus one; 0 for none yet) and its position in `events`.
        // Both in temporary memory: a document has a handful of acronyms, and making two
        // arrays cost more than the rest of the check.
        withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * index.acronymCount) { table in
            table.initialize(repeating: 0)
            check(index, earlierScope: UnsafeMutableBufferPointer(rebasing: table[..<index.acronymCount]),
                  earlierEvent: UnsafeMutableBufferPointer(rebasing: table[index.acronymCount...]), &context)
        }
    }

    private func check(_ index: AcronymIndex, earlierScope: UnsafeMutableBufferPointer<Int>, earlierEvent: UnsafeMutableBufferPointer<Int>,
                       _ context: inout RuleContext) {
        for (scopeNumber, scope) in zip(1..., index.scopes) {
            for position in scope.events {
                let event = index.events[position]
                guard let definition = index.definition(event) else { continue }
                let earlier = earlierScope[event.id] == scopeNumber ? index.events[earlierEvent[event.id]] : nil
                // A definition in a title may be repeated in the text under it.
                guard let earlier, let earlierDefinition = index.definition(earlier), !earlier.inTitle else {
                    earlierScope[event.id] = scopeNumber
                    earlierEvent[event.id] = position
                    continue
                }
                if event.inTitle { continue }
                let line = context.document.location(of: index.offset(earlier)).line
                let acronym = index.acronym(event)
                let expansion = index.expansion(definition, of: event), earlierExpansion = index.expansion(earlierDefinition, of: earlier)
                if normalized(earlierExpansion) == normalized(expansion) {
                    index.report(Message.again(acronym, line: line), at: event, &context)
                } else {
                    index.report(Message.different(acronym, expansion, earlierExpansion, line: line), at: event, &context)
                }
            }
        }
    }

    private func normalized(_ expansion: String) -> String {
        AcronymMatcher.expansionWords(expansion).map { String(String.UnicodeScalarView($0)) }
            .map { $0.hasSuffix("s") ? String($0.dropLast()) : $0 }.joined(separator: " ")
    }

    enum Message {
        static func again(_ acronym: String, line: Int) -> String {
            MessageText.joined("'", acronym, "' is defined again (first defined on line ", String(line), "): use the acronym alone")
        }
        static func different(_ acronym: String, _ expansion: String, _ earlier: String, line: Int) -> String {
            MessageText.joined("'", acronym, "' is defined as '", expansion, "' here but as '", earlier, "' on line ", String(line))
        }
    }
}
