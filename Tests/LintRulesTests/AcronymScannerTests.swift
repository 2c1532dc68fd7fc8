import XCTest
@testable import LintRules

/// `AcronymScanner` tokenizes only around possible acronyms: it must find exactly what the
/// whole-text scanner (`WholeTextAcronymScanner`) finds.
final class AcronymScannerTests: XCTestCase {
    /// Each finding as one line, in text order.
    private func found(_ text: String) -> [String] {
        AcronymScanner().scan(text).map { found in
            if let definition = found.definition {
                let expansion = String(decoding: Array(text.utf8)[definition.expansion], as: UTF8.self)
                return "definition \(found.acronym) \(found.range) [\(expansion)] fits: \(definition.fits)"
            }
            let written = String(decoding: Array(text.utf8)[found.range], as: UTF8.self)
            return "use \(found.acronym) as \(written) \(found.range)"
        }
    }

    private func reference(_ text: String) -> [String] {
        let scan = WholeTextAcronymScanner().scan(text)
        let definitions = scan.definitions.map { (at: $0.range.lowerBound, line: "definition \($0.acronym) \($0.range) [\($0.expansion)] fits: \($0.fits)") }
        let uses = scan.uses.map { (at: $0.range.lowerBound, line: "use \($0.acronym) as \($0.written) \($0.range)") }
        return (definitions + uses).sorted { $0.at < $1.at }.map(\.line)
    }

    private func assertSameAsWholeText(_ text: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(found(text), reference(text), text, file: file, line: line)
    }

    func testFindsDefinitionsAndUses() {
        XCTAssertEqual(found("the United Nations Office on Drugs and Crime (UNODC) and NGOs"), [
            "definition UNODC 46..<51 [United Nations Office on Drugs and Crime] fits: true",
            "use NGO as NGOs 57..<61",
        ])
        XCTAssertEqual(found("UNODC (United Nations Office on Drugs and Crime) reports"),
                       ["definition UNODC 0..<5 [United Nations Office on Drugs and Crime] fits: true"])
        XCTAssertEqual(found("the United Nations Office on Drugs and Crime (UNDOC)"),
                       ["definition UNDOC 46..<51 [United Nations Office on Drugs and Crime] fits: false"])
    }

    func testLetsNearMissesPass() {
        XCTAssertEqual(found("The General Assembly, Noting the Report of the Secretary-General,"), [])
        XCTAssertEqual(found("# STOP THE TRAFFIK CAMPAIGN"), [])
        XCTAssertEqual(found("see A/RES/64/293 and Article II, Annex XXV; NOTE the DRAFT"), [])
        XCTAssertEqual(found("at http://www.UNODC.org/ABC and www.UN.org"), [])
        XCTAssertEqual(found("xAB, a-UN, 1AB"), [])
    }

    /// Suffixes, dots and roman numerals, each as the whole-text scan reads them.
    func testFormsOfOneToken() {
        for token in ["U.S.", "U..S", "A.BC", "A.B.C.D", "I.V.", "X.X", "U.S.A.'s", "NGOs'", "NGOs's", "AB's'", "ABs", "ABS",
                      "Ss", "AS's", "A-", "AB-.", "AB/1", "AB/C", "A&B+", "XIV", "MIX", "MIXs", "ANNEXs", "THE's", "NO.", "A1B",
                      "AB'C", "UN's", "UN’s", "UÉs", "É.U"] {
            assertSameAsWholeText("the \(token) and (\(token)) then \(token)")
        }
        XCTAssertEqual(found("the U.S. and U..S"), ["use US as U.S 4..<7"])
        XCTAssertEqual(found("Article XIV, I.V. and MIX"), [])
    }

    /// Long paragraphs: the window starts sixteen words before an acronym far into the text,
    /// and must see the same words as a scan from the start.
    func testFarIntoLongParagraphs() {
        let filler = Array(repeating: "the work of the committee", count: 40).joined(separator: " ")
        let sixteen = ["Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel", "India", "Juliett", "Kilo",
                       "Lima", "Mike", "November", "Oscar", "Papa"]
        for text in [
            filler + " and the United Nations Office on Drugs and Crime (UNODC) and NGOs",
            filler + " " + Array(repeating: "Alpha", count: 20).joined(separator: " ") + " (AA) then AA",
            // Sixteen words for sixteen letters; twelve capitalised words before a misfit.
            filler + " " + sixteen.joined(separator: " ") + " (" + String(sixteen.map { $0.first! }) + ")",
            filler + " " + sixteen.joined(separator: " ") + " (" + String(sixteen.dropFirst().map { $0.first! }) + ")",
            filler + " " + sixteen.joined(separator: " ") + " (ZZZ)",
            filler + " " + sixteen.prefix(12).joined(separator: " ") + " of the (ZZZ)",
            filler + ", " + sixteen.prefix(11).joined(separator: " ") + " (ZZZ)",
            filler + " AB CD EF " + filler + " GH IJ, THE KL " + filler + " MN. OP QR",
            filler + " of the Global Firearms Programme (GFP), " + filler + " GFP and GFP's work",
            filler + " http://x.org/a http://x.org/b www.y.org Office of Drugs (OD) and OD",
            filler + " STOP THE TRAFFIK and UNODC, THE UN and AB CD, " + filler + " ANNEX UN",
            filler + "(" + filler + ") Human Rights Education (HRE)",
            String(repeating: "a(", count: 300) + "Human Rights Education (HRE) " + String(repeating: "b)", count: 300) + " HRE",
            String(repeating: "AB(", count: 200),
            "See http://" + String(repeating: "AB", count: 5_000) + " and UN, (www.UN.org/AB) HIV (" + filler + ")",
            String(repeating: " ", count: 100) + "UN" + String(repeating: " ", count: 100) + "(UN)",
        ] {
            assertSameAsWholeText(text)
        }
    }

    /// `firstSite`, which reads eight, thirty-two or sixty-four bytes at a time, finds the
    /// same first capital followed by what may follow one in an acronym as a look at every
    /// byte, at every length and place; and nil when there is none (lower-case text,
    /// capitals before lower-case letters or spaces, bytes that pass its first sieve).
    func testFirstSiteAgreesWithEveryByte() {
        func reference(_ bytes: [UInt8]) -> Int? {
            bytes.indices.dropLast().first { index in
                let next = bytes[index + 1]
                return bytes[index] >= 0x41 && bytes[index] <= 0x5A
                    && ((next >= 0x41 && next <= 0x5A) || (next >= 0x30 && next <= 0x39) || next >= 0x80 || Array(".-&/+'".utf8).contains(next))
            }
        }
        var generator = SplitMix(seed: 0xF1257)
        let pieces: [[UInt8]] = ["a", "b", " ", "Ab", "A ", "Z,", "@", "[", "_", "\n", "\t", "é", "’", "AB", "A1", "Z.", "Q-", "M&", "W/",
                                 "K+", "X'", "A", "Z"].map { Array($0.utf8) }
        for _ in 0..<5_000 {
            var bytes: [UInt8] = []
            let length = Int(generator.next() % 300)
            // Mostly lower-case text, more or less sparsely strewn with the pieces, so that
            // sites fall anywhere: in blocks of 64, 32 or 8 bytes, and in the last few.
            let rarity = 1 + generator.next() % 60
            while bytes.count < length {
                bytes += generator.next() % rarity == 0 ? pieces[Int(generator.next() % UInt64(pieces.count))] : [0x61 + UInt8(generator.next() % 26)]
            }
            XCTAssertEqual(AcronymScanner.firstSite(bytes), reference(bytes), String(decoding: bytes, as: UTF8.self))
        }
        XCTAssertNil(AcronymScanner.firstSite([]))
        XCTAssertNil(AcronymScanner.firstSite(Array("the United Nations Office on Drugs and Crime, A b".utf8)))
        XCTAssertEqual(AcronymScanner.firstSite(Array((String(repeating: "a", count: 39) + "UN").utf8)), 39)
    }

    /// Random texts of words, acronyms, names before parentheses, addresses and odd bytes.
    func testRandomTextsAgreeWithTheWholeTextScan() {
        var generator = SplitMix(seed: 0x5EED)
        let words = ["the", "of", "and", "for", "on", "work", "states", "report", "United", "Nations", "Office", "Drugs",
                     "Crime", "Human", "Rights", "Education", "Global", "Council", "International", "Police"]
        let acronyms = ["UN", "UNODC", "UNDOC", "NGOs", "NGO", "NCB's", "NCB’s", "U.S.", "A/RES/64/293", "COVID-19",
                        "HIV/AIDS", "II", "XXV", "ANNEX", "THE", "INTERPOL", "A&B", "R+D", "ÉU", "UÉ", "AB-", "AB.", "AB'",
                        "ABs'", "A1", "1A", "X", "PhD", "LGBTQ+", "A.B.C", "A.BC", "x-AB", "AB-cd", "STOP", "TRAFFIK",
                        "ΑΒ", "A\u{301}B", "NOTE", "http://UN.org/AB", "www.UNODC.org", "(http://AB)", "hAB", "wUN", "h", "w"]
        let separators = [" ", " ", " ", " ", " ", ", ", " - ", "-", "/", "; ", " – ", "  ", "\t", "'", " '", "' ", "(", ") ",
                          " (", ".", ". ", "&", "+", "’"]
        func pick<T>(_ list: [T]) -> T { list[Int(generator.next() % UInt64(list.count))] }
        for _ in 0..<3_000 {
            var text = ""
            for _ in 0..<Int(generator.next() % 60) {
                switch generator.next() % 10 {
                case 0:
                    // A name and its initials, either way round, sometimes wrong.
                    let name = (0..<Int(2 + generator.next() % 16)).map { _ in pick(Array(words[8...])) }
                    var initials = String(name.map { $0.first! })
                    if generator.next() % 4 == 0 { initials = String(initials.reversed()) }
                    text += generator.next() % 2 == 0 ? name.joined(separator: " ") + " (" + initials + ")"
                        : initials + " (" + name.joined(separator: " ") + ")"
                case 1, 2, 3: text += pick(acronyms)
                default: text += pick(words)
                }
                text += pick(separators)
            }
            assertSameAsWholeText(text)
        }
    }
}

/// A small seeded generator, so the random texts are the same on every run.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
