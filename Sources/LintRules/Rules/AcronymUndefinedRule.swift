import ClauseLint

/// An acronym is spelled out as `Full Name (ACR)` before it is first used.
struct AcronymUndefinedRule: Rule {
    static let description = RuleDescription(
        id: "acronym-undefined",
        name: "Undefined acronym",
        summary: "an acronym used before it is spelled out as Full Name (ACR), or never spelled out",
        explanation: """
        A resolution must stand alone: every acronym is spelled out at its first use, as \
        `United Nations Office on Drugs and Crime (UNODC)`, and used bare afterwards. Each \
        resolution is its own scope, even inside an archive or a report; the prose outside \
        resolutions is one more scope. Plurals and possessives (`NGOs`, `NCB's`) count as their \
        acronym. Acronyms the UN itself leaves unexpanded (UNESCO, UNICEF, COVID-19, HIV/AIDS) and \
        everyday ones (US, GDP) need no definition: the `known` option replaces that list and \
        `extraKnown` adds to it (a conference's own committees, say). Document \
        symbols (`A/RES/64/293`), roman numerals and words in all-capital headings are not acronyms. \
        Each acronym is reported once per scope, at its first use.

        Bad:
            1. *Requests* UNODC to report;
        Good:
            1. *Requests* the United Nations Office on Drugs and Crime (UNODC) to report;
        """,
        defaultSeverity: .warning,
        triggering: [
            "The General Assembly,\n\n*Noting* the work of ↓UNODC,\n\n1. *Requests* the United Nations Office on Drugs and Crime (UNODC) to report.\n",
            "The General Assembly,\n\n*Noting* the work of ↓NGOs,\n\n1. *Requests* NGOs to report.\n",
            "Code: A/1/1\n\nThe General Assembly,\n\n*Noting* the Global Firearms Programme (GFP),\n\n1. *Supports* GFP.\n\nCode: A/1/2\n\nThe General Assembly,\n\n*Noting* the ↓GFP's work,\n\n1. *Supports* it.\n",
        ],
        nonTriggering: [
            "The General Assembly,\n\n*Noting* the work of non-governmental organizations (NGOs) and of UNICEF,\n\n1. *Requests* NGOs and the NGO's partners to report to A/RES/64/293 under Article II.\n",
            "The General Assembly,\n\n*Recalling* the [Fight Online Sex Trafficking Act](#) (FOSTA) and Internet Service Providers (ISPs),\n\n1. *Urges* ISPs to apply FOSTA.\n\nANNEX\n\n1. *Decides* to act.\n",
            "# STOP THE TRAFFIK CAMPAIGN\n\nThe campaign is run by volunteers.\n",
        ]
    )

    struct Options: RuleOptions {
        /// Acronyms that need no definition.
        var known: [String] = KnownAcronyms.defaults
        /// Acronyms added to `known`, so a configuration need not repeat the whole list.
        var extraKnown: [String] = []
    }

    let options: Options
    /// `known` and `extraKnown` as one set, made once for every document the rule checks.
    private let known: Set<String>

    init(options: Options) {
        self.options = options
        known = Set(options.known + options.extraKnown)
    }

    /// What a scope says of one acronym; `scope` is the number of the scope it is about.
    private struct AcronymState {
        var scope = 0
        var definedSomewhere = false
        var definedSoFar = false
        var reported = false
        /// Uses outside titles, counted in one pass: counting per acronym would be quadratic
        /// in a text of acronyms.
        var uses = 0
    }

    func check(_ document: Document, _ context: inout RuleContext) {
        let index = AcronymIndex.of(document)
        // Both tables in temporary memory: a document has a handful of acronyms, and making
        // two arrays cost more than the rest of the check.
        withUnsafeTemporaryAllocation(of: AcronymState.self, capacity: index.acronymCount) { states in
            // Whether each acronym is on the allow-list, looked up at most once: 0 not yet, 1 yes, 2 no.
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: index.acronymCount) { allowed in
                states.initialize(repeating: AcronymState())
                allowed.initialize(repeating: 0)
                check(index, states, allowed, &context)
            }
        }
    }

    private func check(_ index: AcronymIndex, _ states: UnsafeMutableBufferPointer<AcronymState>,
                       _ allowed: UnsafeMutableBufferPointer<UInt8>, _ context: inout RuleContext) {
        for (scopeNumber, scope) in zip(1..., index.scopes) {
            let events = index.events[scope.events]
            for event in events {
                if states[event.id].scope != scopeNumber { states[event.id] = AcronymState(scope: scopeNumber) }
                if event.isDefinition { states[event.id].definedSomewhere = true } else if !event.inTitle { states[event.id].uses += 1 }
            }
            for event in events {
                if event.isDefinition { states[event.id].definedSoFar = true; continue }
                guard !event.inTitle, !states[event.id].definedSoFar, !states[event.id].reported else { continue }
                if allowed[event.id] == 0 { allowed[event.id] = AcronymIndex.isKnown(index.acronym(event), known) ? 1 : 2 }
                guard allowed[event.id] == 2 else { continue }
                states[event.id].reported = true
                let scopeName = scope.key < 0 ? "outside the resolutions" : "in this resolution"
                let written = index.written(event)
                index.report(states[event.id].definedSomewhere
                             ? Message.beforeDefinition(written)
                             : Message.neverDefined(written, uses: states[event.id].uses, scope: scopeName), at: event, &context)
            }
        }
    }

    enum Message {
        static func beforeDefinition(_ acronym: String) -> String { MessageText.joined("'", acronym, "' is used before it is defined") }
        static func neverDefined(_ acronym: String, uses: Int, scope: String) -> String {
            let repeated = uses > 1
            return MessageText.joined("'", acronym, "' is never spelled out ", scope, repeated ? " (used " : "", repeated ? String(uses) : "",
                                      repeated ? " times)" : "", ": write the full name followed by (", acronym, ") at its first use")
        }
    }
}
