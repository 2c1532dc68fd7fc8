import ClauseLint

/// Families of words spelt differently in American and British English, and which
/// spelling each variety prefers. Oxford spelling (the UN's own) is British with -ize.
enum SpellingVariants {
    enum Variety: String, CaseIterable { case american, british, oxford }

    /// Words that differ in the same way: the two stems, and each word as a pair of
    /// endings (`labor`/`labour` with `s`/`s`, `ed`/`ed`…). Words are made from their parts
    /// only when a finding needs one, so building the tables makes no Strings.
    struct Family {
        var american: String
        var british: String
        var endings: [(american: String, british: String)]
        var isIzeFamily: Bool

        /// "labor/labour": the family's first pair of words.
        var name: String { word(0, variant: 0) + "/" + word(0, variant: 1) }

        func word(_ ending: Int, variant: Int) -> String {
            variant == 0 ? american + endings[ending].american : british + endings[ending].british
        }
    }

    struct Entry {
        var family: Int           // position in `families`
        var ending: Int           // position in the family's `endings`
        var variant: Int          // 0: American, 1: British

        var word: String { families[family].word(ending, variant: variant) }
        /// The same word in the other spelling.
        var counterpart: String { families[family].word(ending, variant: 1 - variant) }
        var isIzeFamily: Bool { families[family].isIzeFamily }
    }

    /// The entry of each spelling, and its position keyed by the `WordScanner.lowerHash` of
    /// the spelling: the rule looks up every word of a document.
    static let entries: [Entry] = listed.entries
    static let byHash = HashIndex(listed.hashes.enumerated().map { (key: $0.element, value: $0.offset) })
    /// The spellings' hashes, to turn most words away before `byHash`.
    static let filter = WordFilter(listed.hashes)
    /// Each spelling's `WordScanner.lowerHash`, in the order of `entries`.
    static var hashes: [UInt64] { listed.hashes }

    /// Every lower-cased spelling (each once) with its entry, family by family, American
    /// before British; for tests and readers, the rule reads `entries` and `byHash`.
    static var table: [(word: String, entry: Entry)] { entries.map { ($0.word, $0) } }

    /// Each family's place when the families are in the order of their names: a scope's
    /// findings come family by family in that order. Made the first time a scope mixes
    /// spellings.
    static let placeByName: [Int] = {
        let names = families.map(\.name)
        var places = [Int](repeating: 0, count: families.count)
        for (place, family) in families.indices.sorted(by: { names[$0] < names[$1] }).enumerated() { places[family] = place }
        return places
    }()

    /// Each spelling's entry and `WordScanner.lowerHash`, in the same order: a stem is
    /// hashed once, and each ending after it.
    private static let listed: (entries: [Entry], hashes: [UInt64]) = {
        var entries: [Entry] = [], hashes: [UInt64] = []
        let seed = WordScanner.lowerHash([UInt8]())
        /// Over the String's own contiguous bytes: a literal's are, and its UTF-8 view is slower to walk.
        func hash(_ text: String, after hash: UInt64) -> UInt64 {
            var text = text
            return text.withUTF8 { WordScanner.lowerHash($0, after: hash) }
        }
        for (number, family) in families.enumerated() {
            let stems = (hash(family.american, after: seed), hash(family.british, after: seed))
            for (ending, pair) in family.endings.enumerated() {
                entries.append(Entry(family: number, ending: ending, variant: 0))
                hashes.append(hash(pair.american, after: stems.0))
                entries.append(Entry(family: number, ending: ending, variant: 1))
                hashes.append(hash(pair.british, after: stems.1))
            }
        }
        return (entries, hashes)
    }()

    static let families: [Family] = {
        var families: [Family] = []
        func stems(_ american: String, _ british: String, _ endings: [String]) {
            families.append(Family(american: american, british: british, endings: endings.map { ($0, $0) }, isIzeFamily: false))
        }
        func pairs(_ american: String, _ british: String, _ endings: [(String, String)], ize: Bool = false) {
            families.append(Family(american: american, british: british, endings: endings.map { (american: $0.0, british: $0.1) }, isIzeFamily: ize))
        }
        stems("labor", "labour", ["", "s", "ed", "er", "ers", "ing"])
        stems("program", "programme", ["", "s"])
        pairs("center", "centre", [("", ""), ("s", "s"), ("ed", "d")])
        stems("defense", "defence", ["", "s"])
        stems("behavior", "behaviour", ["", "s", "al"])
        stems("favor", "favour", ["", "s", "ed", "able", "ably", "ite", "ites"])
        stems("honor", "honour", ["", "s", "ed", "able"])
        stems("neighbor", "neighbour", ["", "s", "ing", "hood", "hoods"])
        stems("color", "colour", ["", "s", "ed"])
        stems("endeavor", "endeavour", ["", "s", "ed"])
        stems("rumor", "rumour", ["", "s"])
        stems("harbor", "harbour", ["", "s"])
        pairs("analy", "analy", [("ze", "se"), ("zed", "sed"), ("zes", "ses"), ("zing", "sing")])
        pairs("fulfil", "fulfil", [("l", ""), ("ls", "s"), ("lment", "ment")])
        pairs("judg", "judg", [("ment", "ement"), ("ments", "ements")])
        pairs("catalog", "catalog", [("", "ue"), ("s", "ues")])
        pairs("enrol", "enrol", [("l", ""), ("lment", "ment")])
        pairs("licen", "licen", [("sing", "cing")])
        let izeStems = ["organ", "recogn", "emphas", "real", "priorit", "util", "critic", "mobil", "harmon", "standard",
                        "minim", "maxim", "final", "stabil", "author", "legal", "categor", "summar", "central", "decentral",
                        "criminal", "decriminal", "capital", "apolog", "character", "special", "modern", "optim", "sensit",
                        "democrat", "monet", "incentiv", "digit", "institutional", "operational", "internal", "marginal",
                        "normal", "penal", "revital", "subsid", "synchron", "visual", "jeopard", "global", "rational"]
        // Verbs and nouns are separate families: "organized crime" is a term of art even
        // in texts that write "organisations".
        for stem in izeStems {
            pairs(stem, stem, [("ize", "ise"), ("ized", "ised"), ("izes", "ises"), ("izing", "ising")], ize: true)
            pairs(stem, stem, [("ization", "isation"), ("izations", "isations"), ("izational", "isational")], ize: true)
        }
        return families
    }()

    /// The variant (0 American, 1 British) a variety prefers for a family.
    static func preferred(_ entry: Entry, by variety: Variety) -> Int {
        switch variety {
        case .american: return 0
        case .british: return 1
        case .oxford: return entry.isIzeFamily ? 0 : 1
        }
    }
}
