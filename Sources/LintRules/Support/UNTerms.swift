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

    /// The `WordScanner.lowerHash` of each default term's first word.
    static let defaultFirstWordHashes: [UInt64] = defaults.compactMap { words($0).first.map { WordScanner.lowerHash($0) } }
}
