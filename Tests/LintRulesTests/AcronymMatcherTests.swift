import XCTest
@testable import LintRules

/// `AcronymMatcher` on bytes in temporary memory, against the array version it replaced
/// (`ReferenceAcronymMatcher`); `KnownAcronyms.isNotAcronym` against the set of words.
final class AcronymMatcherTests: XCTestCase {
    func testFitsAsBefore() {
        let cases: [(String, String)] = [
            ("INTERPOL", "International Criminal Police Organization"),
            ("UNTOC", "United Nations Convention against Transnational Organized Crime"),
            ("UNDOC", "United Nations Office on Drugs and Crime"),
            ("FOA", "Food and Agriculture Organization"),
            ("COVID-19", "Coronavirus Disease 2019"),
            ("MONUSCO", "United Nations Organization Stabilization Mission"),
            ("HRE", "Human Rights Education"),
            ("HRE", "Higher-Research/Exchange"),
            ("ÉU", "États Unis"),
            ("UE", "Union européenne"),
            ("AB", ""),
            ("AB", "- / -"),
            ("", "Alpha Beta"),
            ("AAAAAAAAAAAAAAAAAAAB", Array(repeating: "ab", count: 60).joined(separator: " ")),
            (String(repeating: "A", count: 41), String(repeating: "Alpha ", count: 41)),
            ("AB", String(repeating: "Alpha ", count: 201)),
        ]
        for (acronym, expansion) in cases {
            XCTAssertEqual(AcronymMatcher.fits(acronym, expansion: expansion), ReferenceAcronymMatcher.fits(acronym, expansion: expansion),
                           "\(acronym) ← \(expansion)")
        }
        XCTAssertTrue(AcronymMatcher.fits("INTERPOL", expansion: "International Criminal Police Organization"))
        XCTAssertFalse(AcronymMatcher.fits("UNDOC", expansion: "United Nations Office on Drugs and Crime"))
    }

    /// Random acronyms against random expansions, both with fewer letters than the words
    /// they may take (initials only, read in one pass) and with more (prefixes, by the
    /// table): the same answers as the reference, fits and misfits alike.
    func testRandomFitsAsBefore() {
        var generator = SplitMix(seed: 0xAC120)
        let words = ["united", "nations", "office", "on", "drugs", "and", "crime", "of", "the", "international", "police",
                     "organization", "against", "de", "la", "union", "economic", "social", "council", "2019", "a", "in"]
        var fitting = 0
        for _ in 0..<4_000 {
            let expansion = (0..<Int(1 + generator.next() % 9)).map { _ in words[Int(generator.next() % UInt64(words.count))] }
            // Letters mostly from the expansion, so that many fit; some stray, some prefixes.
            var acronym = ""
            for word in expansion where generator.next() % 4 != 0 {
                let taken = generator.next() % 5 == 0 ? min(word.count, 3) : 1
                acronym += word.prefix(taken).uppercased()
            }
            if generator.next() % 6 == 0 { acronym += "X" }
            if generator.next() % 8 == 0 { acronym = String(acronym.reversed()) }
            let text = expansion.map { generator.next() % 3 == 0 ? $0.capitalized : $0 }.joined(separator: generator.next() % 5 == 0 ? "-" : " ")
            let fits = AcronymMatcher.fits(acronym, expansion: text)
            XCTAssertEqual(fits, ReferenceAcronymMatcher.fits(acronym, expansion: text), "\(acronym) ← \(text)")
            if fits { fitting += 1 }
        }
        XCTAssertGreaterThan(fitting, 500)
        XCTAssertTrue(AcronymMatcher.fits("UNODC", expansion: "United Nations Office on Drugs and Crime"))
        XCTAssertFalse(AcronymMatcher.fits("UNODCX", expansion: "United Nations Office on Drugs and Crime"))
        XCTAssertTrue(AcronymMatcher.fits("ECOSOC", expansion: "Economic and Social Council"))
    }

    func testMinimumWords() {
        var expansion = "Human Rights"
        expansion.withUTF8 { bytes in
            XCTAssertTrue(AcronymMatcher.fits("HR", expansion: bytes, minimumWords: 2))
            XCTAssertFalse(AcronymMatcher.fits("HR", expansion: bytes, minimumWords: 3))
        }
        var one = "Interpol"
        one.withUTF8 { bytes in
            // A foreign-order acronym fits any expansion, but not one with too few words.
            XCTAssertTrue(AcronymMatcher.fits("INTERPOL", expansion: bytes))
            XCTAssertFalse(AcronymMatcher.fits("INTERPOL", expansion: bytes, minimumWords: 2))
        }
    }

    func testNotAcronymsByBytes() {
        for word in KnownAcronyms.notAcronyms {
            XCTAssertTrue(Array(word.utf8).withUnsafeBufferPointer(KnownAcronyms.isNotAcronym), word)
        }
        for word in ["ANNEXE", "THEE", "TH", "", "UN", "UNODC", "CORRIGENDA", "RESOLUTIONSS", "the", "ABCDEFGHIJKLMNOPQ"] {
            XCTAssertFalse(Array(word.utf8).withUnsafeBufferPointer(KnownAcronyms.isNotAcronym), word)
        }
    }
}
