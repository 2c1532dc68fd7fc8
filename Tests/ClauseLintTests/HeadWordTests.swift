import XCTest
@testable import ClauseLint

/// Head-word tests by bytes answer as the `String` tests they replace, for ASCII and other words.
final class HeadWordTests: XCTestCase {
    func head(_ text: String) -> HeadWord {
        HeadWord(LeadingWords(Substring(text), limit: 3), 0)
    }

    func testSuffixesAndCountMatchStrings() {
        for word in ["Recalling", "Urges", "Having", "ing", "Notes", "Émues", "Réaffirmant", "Stressess", "Ng", "Élevé"] {
            let read = head(word)
            XCTAssertEqual(read.text, word.lowercased())
            XCTAssertEqual(read.count, read.text.count, word)
            for suffix: StaticString in ["ing", "ed", "en", "s", "ss", "us", "is", "ics", "ant", "é", "", "recalling", "areaffirmant"] {
                XCTAssertEqual(read.hasSuffix(suffix), read.text.hasSuffix(suffix.description), "\(word) \(suffix)")
            }
        }
    }

    func testLongerSuffixThanWord() {
        XCTAssertFalse(head("Is").hasSuffix("ics"))
        XCTAssertTrue(head("Ics").hasSuffix("ics"))
    }

    func testBufferReuseAcrossLongAndShortParagraphs() {
        var words = LeadingWords(Substring("Further  Deeply\tconcerned about the overwhelming circumstances"), limit: 9)
        XCTAssertEqual(String(decoding: words.lower, as: UTF8.self), "further deeply concerned about the overwhelming circumstances")
        words.read(Substring("Notes"), limit: 2)
        XCTAssertEqual(words.count, 1)
        XCTAssertEqual(String(decoding: words.lower, as: UTF8.self), "notes")
        words.read(Substring("Élève Notes"), limit: 9)
        XCTAssertEqual(String(decoding: words.lower, as: UTF8.self), "élève notes")
        words.read(Substring("1. Notes"), limit: 9)
        XCTAssertEqual(words.count, 0)
        XCTAssertEqual(words.lower.count, 0)
    }

    func testPrefixHashesAreThoseOfTheJoinedWords() {
        var words = LeadingWords()
        for text in ["Noting with deep concern", "Also  requests\tthe", "Élève Notes ÉTATS", "Urges", "Takes note with appreciation of"] {
            words.read(Substring(text), limit: 9)
            for start in 0..<words.count {
                for count in 1...(words.count - start) {
                    let joined = words.phraseString(from: start, count: count)
                    XCTAssertEqual(words.hash(from: start, count: count), PhraseLexicon.hash(joined.utf8), "\(text) \(start) \(count)")
                }
            }
        }
    }

    func testMatchOnBytesEqualsMatchOnText() {
        let lexicon = PhraseLexicon.standard
        var words = LeadingWords()
        for text in ["Also requests the Secretary-General", "Calling upon all States", "Having examined further", "Urge all parties",
                     "Deeply concerned by", "Recalling also its resolution", "Notes with appreciation", "Élève notes", "the report",
                     "Strongly  condemns", "Expressing grave alarm", "Studies show", "Analysis of", "", "Aware of the need"] {
            var copy = text
            let onBytes = copy.withUTF8 { lexicon.match($0, reading: &words) }
            XCTAssertEqual(onBytes, lexicon.match(Substring(text)), text)
        }
        XCTAssertEqual(lexicon.match(Substring("Calls upon States"))?.length, 10)
        XCTAssertEqual(lexicon.match(Substring("Calls upon States"))?.kind, .operative)
        XCTAssertNil(lexicon.match(Substring("the General Assembly")))
    }
}
