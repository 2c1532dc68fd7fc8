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
