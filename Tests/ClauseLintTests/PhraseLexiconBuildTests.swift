import XCTest
@testable import ClauseLint

/// The lexicon builds its lists and table from bytes: the same lists the string reading gave
/// (lower-cased, words joined by single spaces), and phrases found in the table.
final class PhraseLexiconBuildTests: XCTestCase {
    /// The string reading the lexicon used before it read bytes.
    static func reference(_ phrase: String) -> String {
        phrase.lowercased().split(separator: " ").joined(separator: " ")
    }

    func testNormalizedAgreesWithStringReading() {
        for phrase in ["Recalling", "  Noting   with  CONCERN ", "Réaffirmant", "ÉTATS  Membres", "İstanbul", "Ωmega Also",
                       "", "   ", "Calls\tupon", "A  b", "Deeply\u{301} concerned"] {
            XCTAssertEqual(String(decoding: PhraseLexicon.normalized(phrase), as: UTF8.self), Self.reference(phrase), phrase)
        }
    }

    func testListsAreNormalized() {
        let lexicon = PhraseLexicon(preambular: ["  Noting   with  CONCERN ", "Réaffirmant", "Also noting"],
                                    operative: ["Calls upon", "URGES", "Calls upon"], modifiers: ["Also", "Once  again"])
        XCTAssertEqual(lexicon.preambular, ["noting with concern", "réaffirmant", "also noting"])
        XCTAssertEqual(lexicon.operative, ["calls upon", "urges"])
        XCTAssertEqual(lexicon.modifiers, ["also", "once again"])
        // A head is the first word that is not a modifier.
        XCTAssertEqual(lexicon.preambularHeads, ["noting", "réaffirmant"])
        XCTAssertEqual(lexicon.operativeHeads, ["calls", "urges"])
        XCTAssertEqual(lexicon.longestPhrase, 3)
    }

    func testTableFindsListedPhrasesAndNearMisses() {
        let lexicon = PhraseLexicon(preambular: ["Noting with deep concern", "Réaffirmant"], operative: ["Calls upon"], modifiers: ["Also"])
        let long = lexicon.match(Substring("Noting with deep concern that the"))
        XCTAssertEqual(long?.known, true)
        XCTAssertEqual(long?.kind, .preambular)
        XCTAssertEqual(long?.length, "Noting with deep concern".utf8.count)
        XCTAssertEqual(lexicon.match(Substring("RÉAFFIRMANT sa résolution"))?.known, true)
        XCTAssertEqual(lexicon.match(Substring("Also calls upon States"))?.kind, .operative)
        XCTAssertEqual(lexicon.match(Substring("Also calls upon States"))?.known, true)
        // The first words of a listed phrase are not a phrase of their own.
        XCTAssertNotEqual(lexicon.match(Substring("Noting with deep regret"))?.known, true)
        XCTAssertNil(lexicon.match(Substring("The Assembly notes")))
    }

    /// A modifier test asks for the modifier bit only: a listed phrase that is no modifier is
    /// not one, and a word that is both still reads as a modifier before a phrase.
    func testModifiersAndPhrasesSharingWords() {
        let lexicon = PhraseLexicon(preambular: ["Recalling", "Further recalling", "Also"], operative: ["Notes", "Strongly urges"],
                                    modifiers: ["Also", "Further", "Strongly", "Once again", "Éminemment"])
        for (text, head, kind) in [("Recalling its resolution", "recalling", PhraseKind.preambular),
                                   ("Further recalling its", "recalling", .preambular),
                                   // "Also" is a phrase here as well: read from the first word, it is the longest one.
                                   ("Also notes that", "also", .preambular),
                                   ("Once again notes", "notes", .operative),
                                   ("Éminemment notes", "notes", .operative),
                                   ("Strongly urges all", "urges", .operative),
                                   ("Also, the", "also", .preambular)] {
            let match = lexicon.match(Substring(text))
            XCTAssertEqual(match?.head, head, text)
            XCTAssertEqual(match?.kind, kind, text)
            XCTAssertEqual(match?.known, true, text)
        }
        // A modifier alone before no phrase is no opening.
        XCTAssertNotEqual(lexicon.match(Substring("Strongly worded letters"))?.known, true)
    }

    func testStandardTableAgreesWithItsSets() {
        let lexicon = PhraseLexicon.standard
        for phrase in lexicon.preambular.union(lexicon.operative) {
            let words = phrase.split(separator: " ")
            let capitalized = words[0].prefix(1).uppercased() + words[0].dropFirst() + (words.count > 1 ? " " + words.dropFirst().joined(separator: " ") : "")
            guard let match = lexicon.match(Substring(capitalized + " x")) else { return XCTFail(phrase) }
            XCTAssertTrue(match.known, phrase)
            XCTAssertGreaterThanOrEqual(match.length, capitalized.utf8.count, phrase)
        }
    }
}

/// The head of a listed opening is copied from the lexicon's listed heads: the same string and
/// form as read from the paragraph's bytes.
final class ListedHeadsTests: XCTestCase {
    func read(_ text: String) -> LeadingWords {
        var words = LeadingWords()
        words.read(Substring(text), limit: 8)
        return words
    }

    func testListedHeadsAreFound() {
        let heads = ListedHeads([["recalling", "concerned"], ["calls", "réaffirme", "recalling"]])
        let words = read("Recalling CALLS Réaffirme concerned")
        XCTAssertEqual(heads.word(words, 0)?.text, "recalling")
        XCTAssertEqual(heads.word(words, 0)?.isParticiple, true)
        XCTAssertEqual(heads.word(words, 1)?.text, "calls")
        XCTAssertEqual(heads.word(words, 1)?.isParticiple, false)
        XCTAssertEqual(heads.word(words, 2)?.text, "réaffirme")
        XCTAssertEqual(heads.word(words, 3)?.isParticiple, false)
    }

    func testOtherWordsAreNotFound() {
        let heads = ListedHeads([["recalling"], ["calls"]])
        let words = read("Recall call callss recallings")
        for position in 0..<4 { XCTAssertNil(heads.word(words, position), "\(position)") }
    }

    func testMatchHeadsAgreeWithTheirWords() {
        let lexicon = PhraseLexicon(preambular: ["Deeply concerned", "Recalling", "Noting with concern"],
                                    operative: ["Calls upon", "Also urges"], modifiers: ["Also", "Deeply"])
        for (text, head, form) in [("Deeply concerned by", "concerned", VerbForm.pastParticipleOrAdjective),
                                   ("Recalling also its", "recalling", .presentParticiple),
                                   ("Also recalling", "recalling", .presentParticiple),
                                   ("Noting with concern", "noting", .presentParticiple),
                                   ("Calls upon States", "calls", .thirdPerson),
                                   ("Also urges States", "urges", .thirdPerson)] {
            let match = lexicon.match(Substring(text))
            XCTAssertEqual(match?.head, head, text)
            XCTAssertEqual(match?.form, form, text)
            XCTAssertEqual(match?.known, true, text)
        }
    }
}
