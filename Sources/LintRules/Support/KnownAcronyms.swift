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

extension KnownAcronyms {
    /// `notAcronyms.contains` for ASCII bytes, without making a String (an ASCII String
    /// equals another only byte for byte): each word packed into two integers, the words
    /// grouped by length.
    static func isNotAcronym(ascii bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count < notAcronymKeys.count else { return false }
        let key = PackedWord(bytes)
        for word in notAcronymKeys[bytes.count] where word == key { return true }
        return false
    }

    /// Up to sixteen bytes, eight to an integer.
    private struct PackedWord: Equatable {
        var low: UInt64 = 0
        var high: UInt64 = 0

        init(_ bytes: some Collection<UInt8>) {
            var shift: UInt64 = 0
            for byte in bytes {
                if shift < 64 { low |= UInt64(byte) << shift } else { high |= UInt64(byte) << (shift - 64) }
                shift += 8
            }
        }
    }

    /// Index: a word's length (at most sixteen).
    private static let notAcronymKeys: [[PackedWord]] = {
        var keys = [[PackedWord]](repeating: [], count: 17)
        for word in notAcronyms where word.utf8.count <= 16 { keys[word.utf8.count].append(PackedWord(word.utf8)) }
        return keys
    }()
}
