import ClauseLint

/// An acronym's letters fit its expansion.
struct AcronymMismatchRule: Rule {
    static let description = RuleDescription(
        id: "acronym-mismatch",
        name: "Acronym does not fit its expansion",
        summary: "an acronym whose letters do not fit its expansion (United Nations Office on Drugs and Crime (UNDOC))",
        explanation: """
        The letters of an acronym appear, in order, as the initials of the words of its full \
        name; small words may be skipped (`Convention on the Elimination of All Forms of \
        Discrimination against Women (CEDAW)`), and a word may give more than its initial \
        (**Inter**national Criminal **Pol**ice Organization (INTERPOL)). Transposed letters \
        (`UNDOC`) and acronyms pasted after the wrong name are reported. Acronyms built from \
        another language's word order (MONUSCO, MINUSMA) are accepted.

        Bad:
            *Noting* the United Nations Office on Drugs and Crime (UNDOC),
        Good:
            *Noting* the United Nations Office on Drugs and Crime (UNODC),
        """,
        defaultSeverity: .warning,
        triggering: [
            "The General Assembly,\n\n*Noting* the United Nations Office on Drugs and Crime (↓UNDOC),\n\n1. *Requests* UNDOC to report.\n",
        ],
        nonTriggering: [
            "The General Assembly,\n\n*Recalling* the Convention on the Elimination of All Forms of Discrimination against Women (CEDAW) and the International Criminal Police Organization (INTERPOL),\n\n1. *Requests* the United Nations Office on Drugs and Crime (UNODC), non-governmental organizations (NGOs) and the Economic and Social Council (ECOSOC) to report.\n",
        ]
    )

    let options: NoOptions

    init(options: NoOptions) { self.options = options }

    func check(_ document: Document, _ context: inout RuleContext) {
        let index = AcronymIndex.of(document)
        for event in index.events {
            guard let definition = index.definition(event), !definition.fits else { continue }
            index.report(Message.mismatch(index.acronym(event), index.expansion(definition, of: event)), at: event, &context)
        }
    }

    enum Message {
        static func mismatch(_ acronym: String, _ expansion: String) -> String {
            MessageText.joined("the letters of '", acronym, "' do not fit its expansion '", expansion, "'")
        }
    }
}
