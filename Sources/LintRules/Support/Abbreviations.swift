/// Words that end in a full stop without ending a sentence.
enum Abbreviations {
    static let words: Set<String> = [
        "no", "nos", "e.g", "i.e", "etc", "vol", "vols", "art", "arts", "para", "paras", "p", "pp", "mr", "mrs", "ms",
        "dr", "prof", "st", "inc", "ltd", "co", "corp", "jr", "sr", "cf", "al", "fig", "ch", "chap", "sect", "sec",
        "ed", "eds", "op", "cit", "approx", "est", "rev", "add", "corr", "gen", "ibid", "viz", "vs", "v", "jan",
        "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "u.s", "u.k", "u.n", "a.m", "p.m", "h.e",
        "res", "doc", "docs", "supp", "annex", "ltd", "govt", "dept", "univ", "assn", "int'l", "nat'l",
    ]

    /// True when the `.` at `dotAt` closes an abbreviation, an initial or a number.
    static func endsAbbreviation(_ bytes: UnsafeBufferPointer<UInt8>, dotAt: Int) -> Bool {
        var start = dotAt
        while start > 0, bytes[start - 1] != 0x20, bytes[start - 1] != 0x28 { start -= 1 }
        let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<dotAt]), as: UTF8.self)
        if word.isEmpty { return false }
        let lower = word.lowercased()
        if words.contains(lower) { return true }
        // Initials and dotted forms: "J.", "U.S.", "E/CN.15".
        if word.count == 1, word.first?.isUppercase == true { return true }
        if lower.contains("." as Character) { return true }
        // "No. 5", "1." inside a list of numbers.
        if word.allSatisfy(\.isNumber) { return false }
        return false
    }
}
