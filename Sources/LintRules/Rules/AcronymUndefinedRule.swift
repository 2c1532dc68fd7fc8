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

    func check(_ document: Document, _ context: inout RuleContext) {
        let index = AcronymIndex.of(document)
        for key in index.scopes.keys.sorted() {
            let events = index.scopes[key] ?? []
            var defined = Set<String>()
            var reported = Set<String>()
            let definedSomewhere = Set(events.compactMap { $0.definition != nil ? $0.acronym : nil })
            // Uses counted in one pass: counting per acronym would be quadratic in a text of acronyms.
            var uses: [String: Int] = [:]
            for event in events where event.definition == nil && !event.inTitle { uses[event.acronym, default: 0] += 1 }
            for event in events {
                if event.definition != nil { defined.insert(event.acronym); continue }
                guard !event.inTitle, !defined.contains(event.acronym), !reported.contains(event.acronym),
                      !AcronymIndex.isKnown(event.acronym, known) else { continue }
                reported.insert(event.acronym)
                let scope = key < 0 ? "outside the resolutions" : "in this resolution"
                AcronymIndex.report(definedSomewhere.contains(event.acronym)
                                    ? Message.beforeDefinition(event.written)
                                    : Message.neverDefined(event.written, uses: uses[event.acronym] ?? 1, scope: scope), at: event, &context)
            }
        }
    }

    enum Message {
        static func beforeDefinition(_ acronym: String) -> String { "\(quote(acronym)) is used before it is defined" }
        static func neverDefined(_ acronym: String, uses: Int, scope: String) -> String {
            "\(quote(acronym)) is never spelled out \(scope)" + (uses > 1 ? " (used \(uses) times)" : "") + ": write the full name followed by (\(acronym)) at its first use"
        }
    }
}
