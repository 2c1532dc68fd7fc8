import ClauseLint

/// Families of words spelt differently in American and British English, and which
/// spelling each variety prefers. Oxford spelling (the UN's own) is British with -ize.
enum SpellingVariants {
    enum Variety: String, CaseIterable { case american, british, oxford }

    struct Entry {
        var family: String        // "labor/labour"
        var variant: Int          // 0: American, 1: British
        var counterpart: String   // the same word in the other spelling
        var isIzeFamily: Bool
    }

    /// The entry of each spelling, and its position keyed by the `WordScanner.lowerHash` of
    /// the spelling: the rule looks up every word of a document.
    static let entries: [Entry] = table.map(\.entry)
    static let byHash = HashIndex(hashes.enumerated().map { (key: $0.element, value: $0.offset) })
    /// The spellings' hashes, to turn most words away before `byHash`.
    static let filter = WordFilter(hashes)
    /// Each spelling's `WordScanner.lowerHash`, in the order of `table`: hashed once, from an
    /// array of its bytes (faster to walk than a String's UTF-8 view).
    private static let hashes = table.map { WordScanner.lowerHash(Array($0.word.utf8)) }

    /// Every lower-cased spelling (each once) with its family and variant. A list, not a
    /// dictionary: it is only read to build `byHash`.
    static let table: [(word: String, entry: Entry)] = {
        var table: [(word: String, entry: Entry)] = []
        func add(_ american: String, _ british: String, family: String, ize: Bool = false) {
            table.append((american, Entry(family: family, variant: 0, counterpart: british, isIzeFamily: ize)))
            table.append((british, Entry(family: family, variant: 1, counterpart: american, isIzeFamily: ize)))
        }
        func stems(_ american: String, _ british: String, suffixes: [String]) {
            for suffix in suffixes { add(american + suffix, british + suffix, family: "\(american)/\(british)") }
        }
        stems("labor", "labour", suffixes: ["", "s", "ed", "er", "ers", "ing"])
        add("program", "programme", family: "program/programme")
        add("programs", "programmes", family: "program/programme")
        stems("center", "centre", suffixes: ["", "s"])
        add("centered", "centred", family: "center/centre")
        stems("defense", "defence", suffixes: ["", "s"])
        stems("behavior", "behaviour", suffixes: ["", "s", "al"])
        stems("favor", "favour", suffixes: ["", "s", "ed", "able", "ably", "ite", "ites"])
        stems("honor", "honour", suffixes: ["", "s", "ed", "able"])
        stems("neighbor", "neighbour", suffixes: ["", "s", "ing", "hood", "hoods"])
        stems("color", "colour", suffixes: ["", "s", "ed"])
        stems("endeavor", "endeavour", suffixes: ["", "s", "ed"])
        stems("rumor", "rumour", suffixes: ["", "s"])
        stems("harbor", "harbour", suffixes: ["", "s"])
        add("analyze", "analyse", family: "analyze/analyse"); add("analyzed", "analysed", family: "analyze/analyse")
        add("analyzes", "analyses", family: "analyze/analyse"); add("analyzing", "analysing", family: "analyze/analyse")
        add("fulfill", "fulfil", family: "fulfill/fulfil"); add("fulfills", "fulfils", family: "fulfill/fulfil")
        add("fulfillment", "fulfilment", family: "fulfill/fulfil")
        add("judgment", "judgement", family: "judgment/judgement"); add("judgments", "judgements", family: "judgment/judgement")
        add("catalog", "catalogue", family: "catalog/catalogue"); add("catalogs", "catalogues", family: "catalog/catalogue")
        add("enroll", "enrol", family: "enroll/enrol"); add("enrollment", "enrolment", family: "enroll/enrol")
        add("licensing", "licencing", family: "licensing/licencing")
        let izeStems = ["organ", "recogn", "emphas", "real", "priorit", "util", "critic", "mobil", "harmon", "standard",
                        "minim", "maxim", "final", "stabil", "author", "legal", "categor", "summar", "central", "decentral",
                        "criminal", "decriminal", "capital", "apolog", "character", "special", "modern", "optim", "sensit",
                        "democrat", "monet", "incentiv", "digit", "institutional", "operational", "internal", "marginal",
                        "normal", "penal", "revital", "subsid", "synchron", "visual", "jeopard", "global", "rational"]
        // Verbs and nouns are separate families: "organized crime" is a term of art even
        // in texts that write "organisations".
        for stem in izeStems {
            for (american, british) in [("ize", "ise"), ("ized", "ised"), ("izes", "ises"), ("izing", "ising")] {
                add(stem + american, stem + british, family: "\(stem)ize/\(stem)ise", ize: true)
            }
            for (american, british) in [("ization", "isation"), ("izations", "isations"), ("izational", "isational")] {
                add(stem + american, stem + british, family: "\(stem)ization/\(stem)isation", ize: true)
            }
        }
        return table
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
