import XCTest
@testable import LintRules
import ClauseLint

/// `CitationScanner.nextCandidate` against its definition read byte by byte: the first
/// `r` with `lu` four bytes on, in any case, or the first byte before a `/`.
final class CitationCandidateTests: XCTestCase {
    private static func reference(_ bytes: [UInt8], from start: Int) -> Int {
        var index = start
        while index + 1 < bytes.count {
            if bytes[index + 1] == 0x2F { return index }
            if index + 5 < bytes.count, bytes[index] | 0x20 == 0x72, bytes[index + 4] | 0x20 == 0x6C, bytes[index + 5] | 0x20 == 0x75 { return index }
            index += 1
        }
        return bytes.count
    }

    /// Where `scan` can find something: the keyword or a symbol prefix. No candidate may lie
    /// beyond one of these, or `scan` would pass over a citation.
    private static func firstMatter(_ bytes: [UInt8], from start: Int) -> Int {
        var index = start
        while index < bytes.count {
            if CitationScanner.keyword(bytes, index) != nil || CitationScanner.symbolPrefix(bytes, index) != nil { return index }
            index += 1
        }
        return bytes.count
    }

    private func assertAgrees(_ bytes: [UInt8], file: StaticString = #filePath, line: UInt = #line) {
        for start in 0...bytes.count {
            let found = bytes.withUnsafeBufferPointer { CitationScanner.nextCandidate($0, from: start) }
            XCTAssertEqual(found, Self.reference(bytes, from: start), "\(bytes) from \(start)", file: file, line: line)
            XCTAssertLessThanOrEqual(found, Self.firstMatter(bytes, from: start), "\(bytes) from \(start)", file: file, line: line)
        }
    }

    func testFindsCandidates() {
        for text in ["resolution 70/1", "RESOLUTION", "its Resolutions", "A/RES/64/293", "text without any",
                     "r e", "er ", "rE", "Re", "/", "x/", "ra re", "sd", "Sd", "sD", "xxxxxxxxsdxxxxxxxxxx", "ooooooooooooooooore", "oooooooooooooooo/1",
                     "recalling its report on resolution", "the report of the Secretary-General on revolutions", "RrrrLUlu resoLUTION",
                     "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx Resolutions", "xxxxxxxxxxxxxxxxxxxxxxresolution", "resolu", "resol", "rxxxlu"] {
            assertAgrees(Array(text.utf8))
        }
    }

    /// Random bytes over a small alphabet, with the letters in both cases and near misses
    /// such as `R` (0x52) and `E` (0x45) next to other bytes that differ in one bit.
    func testAgreesWithTheDefinitionOnRandomBytes() {
        let alphabet: [UInt8] = Array("rReEsSdDlLuUoOtTiInN/ .2".utf8) + [0x52 ^ 0x01, 0x65 ^ 0x80, 0x6C ^ 0x80, 0x75 | 0x80, 0x2F | 0x20, 0x00, 0xFF]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            let bytes = (0..<Int.random(in: 0...30, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
            assertAgrees(bytes)
        }
    }

    /// Text where the keyword and the symbol prefixes, whole or nearly, come often.
    func testFindsEveryKeywordAndSymbolInRandomText() {
        let pieces = ["resolution", "Resolutions", "RESOLUTION", "resolu", "report", "A/RES/", "A/Res/", "S/RES/", "A/HRC/RES/",
                      "70/1", " ", ", ", "re", "lu", "x", "r", "/"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            let text = (0..<Int.random(in: 0...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            assertAgrees(Array(text.utf8))
        }
    }

    /// Letters where digits belong are found in either part of a symbol, and only in a pair.
    func testLettersForDigits() {
        func symbols(_ text: String) -> [Citation.Symbol] { CitationScanner(authoringBody: nil).scan(Array(text.utf8)).map(\.symbol) }
        XCTAssertEqual(symbols("its resolution I/I,"), [.lettersForDigits(written: "I/I", suggested: "1/1")])
        XCTAssertEqual(symbols("its resolution 7l/1,"), [.lettersForDigits(written: "7l/1", suggested: "71/1")])
        XCTAssertEqual(symbols("its resolution 70/1O,"), [.lettersForDigits(written: "70/1O", suggested: "70/10")])
        XCTAssertEqual(symbols("its resolution 70/1,"), [.sessionNumber(session: 70, number: 1, special: false)])
        XCTAssertEqual(symbols("its resolution I and"), [])
    }
}

/// `CitationScanner.bodyBefore` reads ASCII text as bytes: the same answers as the String
/// path it takes when a non-ASCII byte is near (here `é ` put before the same text).
final class CitationBodyBeforeTests: XCTestCase {
    private func bodies(_ text: String, authoring: CitationBody?) -> (ascii: (CitationBody?, Bool), text: (CitationBody?, Bool)) {
        let scanner = CitationScanner(authoringBody: authoring)
        let ascii = Array((text + "resolution").utf8), accented = Array(("é " + text + "resolution").utf8)
        return (scanner.bodyBefore(ascii, ascii.count - 10), scanner.bodyBefore(accented, accented.count - 10))
    }

    func testNamesBeforeTheKeyword() {
        XCTAssertEqual(bodies("recalling General Assembly ", authoring: nil).ascii.0, .generalAssembly)
        XCTAssertEqual(bodies("recalling its ", authoring: .securityCouncil).ascii.0, .securityCouncil)
        XCTAssertEqual(bodies("recalling the United Nations ", authoring: nil).ascii.0, nil)
        XCTAssertEqual(bodies("the Security Council's ", authoring: nil).ascii.0, nil)
        XCTAssertEqual(bodies("the Council ", authoring: .humanRightsCouncil).ascii.0, .humanRightsCouncil)
        XCTAssertEqual(bodies("the ECOSOC the ", authoring: nil).ascii.0, .economicAndSocialCouncil)
        XCTAssertEqual(bodies("the megasc ", authoring: nil).ascii.0, nil)
        XCTAssertEqual(bodies("the mega-sc ", authoring: nil).ascii.0, .securityCouncil)
    }

    func testAgreesWithTheStringPath() {
        let pieces = ["general assembly", "General Assembly", "its", "ITS", " the", " united nations", " UN", " un", "security council",
                      "council", "Council", "this council's", " ", "  ", "x", "ga", "GA", "sc", "ecosoc", "hrc", "'s", "-", ",", "\r\n", "\t"]
        let authorings: [CitationBody?] = [nil, .securityCouncil, .generalAssembly]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            var text = ""
            while true {
                let piece = pieces.randomElement(using: &generator)!
                guard text.utf8.count + piece.utf8.count <= 60, Int.random(in: 0..<8, using: &generator) > 0 else { break }
                text += piece
            }
            for authoring in authorings {
                let (ascii, accented) = bodies(text, authoring: authoring)
                XCTAssertEqual(ascii.0, accented.0, "\(text)")
                XCTAssertEqual(ascii.1, accented.1, "\(text)")
            }
        }
    }
}

/// `CitationScanner.unitsThatMayCite` turns a paragraph away from its words only when the
/// scan would find nothing in it.
final class CitationPrefilterTests: XCTestCase {
    /// A paragraph alone, and between two without citations (so that units are told apart).
    private func mayCite(_ bytes: [UInt8]) -> Bool {
        let texts = [Array("Recalling the report,".utf8), bytes, Array("a re-solution".utf8)]
        var words: [WordScanner.Word] = [], hashes: [UInt64] = [], ends = [0]
        var units: [TextUnit] = []
        for text in texts {
            let (unitWords, unitHashes) = WordScanner.wordsAndHashes(text)
            words += unitWords
            hashes += unitHashes
            ends.append(words.count)
            units.append(TextUnit(block: TextBlock(kind: .paragraph, text: String(decoding: text, as: UTF8.self), map: OffsetMap()), clause: nil, resolution: nil))
        }
        let unitWords = UnitWords(words: words, hashes: hashes, ends: ends)
        let found = CitationScanner.unitsThatMayCite(units, unitWords, hits: WordHits.positions(in: unitWords))
        XCTAssertTrue(found == [] || found == [1], "\(found)")
        return found == [1]
    }

    private func citations(_ bytes: [UInt8]) -> [Citation] { CitationScanner(authoringBody: .generalAssembly).scan(bytes) }

    func testReadsKeywordsAndSymbolsFromWords() {
        for text in ["its resolution 70/1", "RESOLUTIONS 70/1 and 70/2", "A/RES/70/1", "see A/Res/70/1", "A/HRC/RES/42/15",
                     "its pre-resolution 70/1", "its x'resolution 70/1", "'resolution 70/1", "x-Resolutions 2334 (2016)"] {
            XCTAssertFalse(citations(Array(text.utf8)).isEmpty, text)
            XCTAssertTrue(mayCite(Array(text.utf8)), text)
        }
        for text in ["its report 70/1", "resolutionary 70/1", "xresolution 70/1", "A/RE/70/1", "the resolute 1/2", ""] {
            XCTAssertFalse(mayCite(Array(text.utf8)), text)
        }
    }

    /// Text where keywords, symbols and near misses meet hyphens, apostrophes and slashes.
    func testAgreesWithTheScanOnRandomText() {
        let pieces = ["resolution", "Resolutions", "RESOLUTION", "resolu", "res", "RES", "Res", "A/", "S/", "E/", "HRC/",
                      "70/1", "2334", " (2016)", " ", ", ", "-", "'", "/", "x", "s", "é", "7", "its ", "of 25 May 2015", "I/I"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<5000 {
            let text = (0..<Int.random(in: 0...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let bytes = Array(text.utf8)
            if !mayCite(bytes) { XCTAssertTrue(citations(bytes).isEmpty, text) }
        }
    }
}

/// `CitationBody.fromAuthoringLine` reads ASCII lines as bytes, others as Strings.
final class CitationAuthoringLineTests: XCTestCase {
    func testNamesTheBody() {
        XCTAssertEqual(CitationBody.fromAuthoringLine("The General Assembly,"), .generalAssembly)
        XCTAssertEqual(CitationBody.fromAuthoringLine("THE SECURITY COUNCIL"), .securityCouncil)
        XCTAssertEqual(CitationBody.fromAuthoringLine("The Commission on Crime Prevention and Criminal Justice,"), .ccpcj)
        XCTAssertEqual(CitationBody.fromAuthoringLine("The Human Rights Council, meeting in Genève,"), .humanRightsCouncil)
        XCTAssertEqual(CitationBody.fromAuthoringLine("The Economic and Social Council"), .economicAndSocialCouncil)
        XCTAssertNil(CitationBody.fromAuthoringLine("The Assembly,"))
        XCTAssertNil(CitationBody.fromAuthoringLine("The General-Assembly,"))
        XCTAssertNil(CitationBody.fromAuthoringLine(nil))
        // The Kelvin sign lower-cases to an ASCII `k`: no body has one, so nothing changes.
        XCTAssertEqual(CitationBody.fromAuthoringLine("The \u{212A} General Assembly"), .generalAssembly)
    }
}

/// The year and month read after a symbol.
final class CitationDateTests: XCTestCase {
    private func date(_ text: String) -> (year: Int?, month: Int?) {
        let citation = CitationScanner(authoringBody: .generalAssembly).scan(Array(text.utf8)).first
        return (citation?.year, citation?.month)
    }

    func testReadsYearsAndMonths() {
        XCTAssertEqual(date("its resolution 70/1 of 25 May 2015,").month, 5)
        XCTAssertEqual(date("its resolution 70/1 of 25 May 2015,").year, 2015)
        XCTAssertEqual(date("its resolution 70/1 of 1 DECEMBER 2015").month, 12)
        XCTAssertEqual(date("its resolution 70/1 of 1 january 2016; and").month, 1)
        XCTAssertEqual(date("its resolution 70/1 (2016)").year, 2016)
        XCTAssertEqual(date("its resolution 70/1 (+201)").year, 201)
    }

    func testLeavesOtherWordsAlone() {
        XCTAssertNil(date("its resolution 70/1 of 25 Septembre 2015").month)
        XCTAssertNil(date("its resolution 70/1 of 25 May 15").year)
        XCTAssertNil(date("its resolution 70/1 of May 25 2015").year)
        XCTAssertNil(date("its resolution 70/1 (20156)").year)
        XCTAssertNil(date("its resolution 70/1 (٢٠١٥)").year)
    }
}
