/// Acronyms that need no definition: those the UN itself leaves unexpanded, and
/// everyday ones. Configurable through each acronym rule's `known` option.
enum KnownAcronyms {
    static let defaults = [
        "UN", "UNESCO", "UNICEF", "UNAIDS", "UNRWA", "NATO", "COVID", "COVID-19", "HIV", "AIDS", "HIV/AIDS", "SARS",
        "US", "USA", "UK", "ID", "IDs", "TV", "CEO", "GDP", "USD", "EUR", "GBP", "PDF", "URL", "OK", "AM", "PM",
        "DNA", "IT", "ICT", "PhD", "LGBT", "LGBTI", "LGBTQ", "LGBTQ+", "II", "YMCA", "ISIL",
    ]

    /// Acronyms whose letters follow another language's word order (MONUSCO, MINUSMA):
    /// correct although their English expansion does not fit.
    static let foreignOrder: Set<String> = [
        "MONUSCO", "MINUSMA", "MINUSCA", "MINURSO", "MINUSTAH", "MONUC", "ONUB", "MINURCAT", "UNITAMS", "BINUH",
        "INTERPOL", "FRONTEX", "ECOWAS", "CARICOM", "MERCOSUR", "OHCHR", "UNHCR", "UNOCHA", "OCHA", "UNFPA",
        "UNICEF", "ICRC", "IFRC", "ASEAN", "OPEC", "OSCE", "FATF", "WIPO", "UNMIK", "UNFICYP", "UNIFIL", "UNDOF", "IAEA",
    ]

    /// Common all-capital words that are not acronyms.
    static let notAcronyms: Set<String> = [
        "ANNEX", "ANNEXES", "NOTE", "DRAFT", "RESOLUTION", "RESOLUTIONS", "ADDENDUM", "CORRIGENDUM", "APPENDIX",
        "THE", "AND", "OF", "FOR", "TO", "IN", "ON", "A", "AN", "OR", "BY", "WITH", "NOT", "ALL", "NO", "NEW", "I",
        "CHAPTER", "ARTICLE", "PART", "SECTION", "TABLE", "FIGURE", "TOPIC", "CODE", "COMMITTEE", "AGENDA",
    ]
}
