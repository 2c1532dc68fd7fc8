/// Terms the UN Editorial Manual capitalises in a fixed way.
enum UNTerms {
    static let defaults = [
        "Member States", "Member State", "Secretary-General", "Security Council", "General Assembly",
        "United Nations", "Economic and Social Council", "Human Rights Council", "International Court of Justice",
        "Charter of the United Nations", "Sustainable Development Goals", "Deputy Secretary-General",
        "High Commissioner for Refugees", "High Commissioner for Human Rights",
    ]

    /// A term's words, lower-cased, with hyphenated parts split: "Secretary-General" is
    /// "secretary" and "general", as the term rule matches it.
    static func words(_ term: String) -> [String] {
        term.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init)
    }

    /// The `WordScanner.lowerHash` of each default term's first word (`words(_:)`), read from
    /// its bytes: the defaults are ASCII, which `lowerHash` lower-cases as `lowercased()` does.
    static let defaultFirstWordHashes: [UInt64] = defaults.map { term in
        WordScanner.lowerHash(term.utf8.drop { $0 == 0x20 || $0 == 0x2D }.prefix { $0 != 0x20 && $0 != 0x2D })
    }
}
