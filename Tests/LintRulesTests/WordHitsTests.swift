import XCTest
import ClauseLint
@testable import LintRules

/// `WordHits` against its definition: every word whose hash the filter may contain and
/// every joined word is a hit, and nothing else.
final class WordHitsTests: XCTestCase {
    private func unitWords(_ texts: [String]) -> UnitWords {
        var words: [WordScanner.Word] = [], hashes: [UInt64] = [], ends = [0]
        for text in texts {
            let scanned = WordScanner.wordsAndHashes(Array(text.utf8))
            words += scanned.words
            hashes += scanned.hashes
            ends.append(words.count)
        }
        return UnitWords(words: words, hashes: hashes, ends: ends)
    }

    func testAgreesWithTheDefinitionOnRandomText() {
        let pieces = ["labour", "Labor", "programme", "Member", "states", "Secretary-General", "resolution", "RES", "res",
                      "long-term", "Member's", "the", "and", "of", "report", "x", "7", "é", " ", ", ", "-", "'", "/"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let texts = (0..<Int.random(in: 0...3, using: &generator)).map { _ in
                (0..<Int.random(in: 0...14, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            }
            let words = unitWords(texts)
            let expected = words.hashes.indices.filter { WordHits.filter.mayContain(words.hashes[$0]) || words.words[$0].joined }
            XCTAssertEqual(WordHits.positions(in: words).map(Int.init), expected, "\(texts)")
        }
    }

    func testDefaultFirstWordsAreTheTermsFirstWords() {
        XCTAssertEqual(UNTerms.defaultFirstWordHashes, UNTerms.defaults.map { WordScanner.lowerHash(UNTerms.words($0)[0]) })
    }

    func testEveryListedWordIsAHit() {
        let listed = SpellingVariants.hashes + UNTerms.defaultFirstWordHashes + CitationScanner.keywordHashes
        XCTAssertTrue(listed.allSatisfy(WordHits.filter.mayContain))
        let words = unitWords(["the labour of the Secretary-General and Member States under resolution 70/1"])
        let hits = Set(WordHits.positions(in: words).map(Int.init))
        // labour, Secretary-General (joined), Member, resolution.
        XCTAssertTrue(Set([1, 4, 6, 9]).isSubset(of: hits), "\(hits.sorted())")
    }
}

/// The spelling table, built from stems and endings, lists the same words with the same
/// families, variants and counterparts, in the same order, as the list it replaced.
final class SpellingVariantsTableTests: XCTestCase {
    /// The table as it was written before: every word spelt out.
    private static func previousTable() -> [(word: String, family: String, variant: Int, counterpart: String, ize: Bool)] {
        var table: [(word: String, family: String, variant: Int, counterpart: String, ize: Bool)] = []
        func add(_ american: String, _ british: String, family: String, ize: Bool = false) {
            table.append((american, family, 0, british, ize))
            table.append((british, family, 1, american, ize))
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
        for stem in izeStems {
            for (american, british) in [("ize", "ise"), ("ized", "ised"), ("izes", "ises"), ("izing", "ising")] {
                add(stem + american, stem + british, family: "\(stem)ize/\(stem)ise", ize: true)
            }
            for (american, british) in [("ization", "isation"), ("izations", "isations"), ("izational", "isational")] {
                add(stem + american, stem + british, family: "\(stem)ization/\(stem)isation", ize: true)
            }
        }
        return table
    }

    func testListsTheSameWords() {
        let previous = Self.previousTable()
        let table = SpellingVariants.table
        XCTAssertEqual(table.map(\.word), previous.map(\.word))
        XCTAssertEqual(table.map { SpellingVariants.families[$0.entry.family].name }, previous.map(\.family))
        XCTAssertEqual(table.map(\.entry.variant), previous.map(\.variant))
        XCTAssertEqual(table.map(\.entry.counterpart), previous.map(\.counterpart))
        XCTAssertEqual(table.map(\.entry.isIzeFamily), previous.map(\.ize))
        XCTAssertEqual(SpellingVariants.hashes, previous.map { WordScanner.lowerHash($0.word) })
        // Family by family in the order of their names.
        let byPlace = SpellingVariants.families.indices.sorted { SpellingVariants.placeByName[$0] < SpellingVariants.placeByName[$1] }
        XCTAssertEqual(byPlace.map { SpellingVariants.families[$0].name }, Set(previous.map(\.family)).sorted())
    }
}

/// The spelling rule in both modes: the less frequent spelling of each family in each scope,
/// and with `prefer`, every spelling of the other variety with its fix.
final class SpellingConsistencyOrderTests: XCTestCase {
    private let text = """
        Prose on organisations, organizations and organizations, labor and labour and labour.

        The General Assembly,

        *Noting* the programmes of regional organisations and the centres of labor,

        1. *Urges* organizations and programs to cooperate with organizations, centers and centres and labour unions.

        """

    func testMixedSpellingsInOrder() throws {
        let found = try LintHarness.lint(text, rules: ["spelling-consistency"])
        // In the order of the text, as the report sorts them; the same as before the table changed.
        XCTAssertEqual(found.map(\.message), [
            "'organisations' here, but 'organizations' elsewhere outside the resolutions (2 times): use one spelling",
            "'labor' here, but 'labour' elsewhere outside the resolutions (2 times): use one spelling",
            "'organisations' here, but 'organizations' elsewhere in this resolution (2 times): use one spelling",
            "'programs' here, but 'programmes' elsewhere in this resolution (1 time): use one spelling",
            "'centers' here, but 'centres' elsewhere in this resolution (2 times): use one spelling",
            "'labour' here, but 'labor' elsewhere in this resolution (1 time): use one spelling",
        ])
    }

    func testPreferredVariety() throws {
        let found = try LintHarness.lint(text, rules: ["spelling-consistency"], options: ["spelling-consistency": #"{"prefer":"oxford"}"#])
        XCTAssertEqual(found.map(\.message), [
            "'organisations' is not oxford spelling: write 'organizations'",
            "'labor' is not oxford spelling: write 'labour'",
            "'organisations' is not oxford spelling: write 'organizations'",
            "'labor' is not oxford spelling: write 'labour'",
            "'programs' is not oxford spelling: write 'programmes'",
            "'centers' is not oxford spelling: write 'centres'",
        ])
        XCTAssertEqual(found.compactMap(\.fix).count, found.count)
    }
}

/// The term rule reads the document's hits when every first word of its terms is one, and
/// every word otherwise: both find the same.
final class TermCapitalizationHitsTests: XCTestCase {
    func testHitsAndEveryWordAgree() throws {
        let text = """
            The General Assembly,

            *Noting* the report of the secretary-general, the Deputy Secretary General and the long-term plans of member states,

            1. *Requests* the Secretary-General, the secretary general's office, the EU-UN member states and the united nations to act;

            2. *Invites* Member States, member-states, UN member states and the member states of the United Nations to report.

            """
        let covered = try LintHarness.lint(text, rules: ["term-capitalization"])
        // A term whose first word is in no list: the rule reads every word.
        let everyWord = try LintHarness.lint(text, rules: ["term-capitalization"],
                                             options: ["term-capitalization": #"{"extraTerms":["Zyxwv Qrst"]}"#])
        XCTAssertEqual(covered.map(\.message), everyWord.map(\.message))
        XCTAssertEqual(covered.map(\.range), everyWord.map(\.range))
        XCTAssertGreaterThanOrEqual(covered.count, 6)
    }
}
