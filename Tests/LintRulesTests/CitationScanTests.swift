import XCTest
@testable import LintRules

/// `CitationScanner.scan`, which reads numbers, years and months from the bytes, against
/// the scanner as it was when it read them from Strings (`PreviousCitationScanner`).
final class CitationScanTests: XCTestCase {
    private func assertAgrees(_ bytes: [UInt8], _ body: CitationBody?, file: StaticString = #filePath, line: UInt = #line) {
        let found = CitationScanner(authoringBody: body).scan(bytes)
        let expected = PreviousCitationScanner(authoringBody: body).scan(bytes)
        let text = String(decoding: bytes, as: UTF8.self)
        XCTAssertEqual(found.count, expected.count, text, file: file, line: line)
        for (new, old) in zip(found, expected) {
            XCTAssertEqual(new.symbol, old.symbol, text, file: file, line: line)
            XCTAssertEqual(new.range, old.range, text, file: file, line: line)
            XCTAssertEqual(new.text, old.text, text, file: file, line: line)
            XCTAssertEqual(new.body, old.body, text, file: file, line: line)
            XCTAssertEqual(new.explicitBody, old.explicitBody, text, file: file, line: line)
            XCTAssertEqual(new.year, old.year, text, file: file, line: line)
            XCTAssertEqual(new.month, old.month, text, file: file, line: line)
            XCTAssertEqual(new.romanSession, old.romanSession, text, file: file, line: line)
        }
    }

    func testReadsCitationsAsBefore() {
        let texts = [
            "its resolution 70/1 of 25 September 2015, resolution 64/293 of 30 July 2010 and resolutions 2625 (XXV) of 24 October 1970 and 377 A (V)",
            "Security Council resolution 2334 (2016) and S/RES/2139(2014), A/RES/64/293, A/Res/70/1, A/HRC/RES/42/15, E/RES/2021/25",
            "resolution I/I, resolution 7l/1, resolution A/64/293, resolution ES-11/1, resolution S-26/2, ECOSOC resolution 2021/25 (2020)",
            // Years and dates as `Int` reads them: signs, overflow, other cases and letters.
            "resolution 70/1 (+201), resolution 70/2 (-201), resolution 70/3 (20 8), resolution 70/4 (２０１８)",
            "resolution 70/1 of +25 SEPTEMBER 2015, resolution 70/2 of 99999999999999999999 July 2010, resolution 70/3 of -9223372036854775808 May -201",
            "resolution 70/1 of 25 Septémber 2015, resolution 70/2 of 25 \u{212A}uly 2015, resolution 70/3 of 25 JULY +201;",
            "resolution 70/1 of 25  July  2015. resolution 70/2 of 25 July, 2015 resolution 70/3 of 25 July 20155",
            // The body after the list, in any case, near and far, with characters beyond ASCII.
            "resolution 55/25 (2001) adopted by the General Assembly", "resolution 55/25 (2001), ADOPTED BY THE SECURITY COUNCIL",
            "resolution 55/25 (2001) and then adopted by the General Assembly", "resolution 55/25 (2001)  adopted by the GA",
            "resolution 55/25 (2001) adopted by the Génèral Assembly", "resolution 55/25 (2001)\r\n adopted by the ECOSOC",
            "resolution 55/25 (2001) é adopted by the hrc", "resolution 55/25 (2001) adopted by the",
            "resolutions 1514 (XV), 1515 (XXXI) and 1516 (IIII) and 1517 (XLC) and 1518 (ivx)",
        ]
        for text in texts {
            for body in [nil] + CitationBody.allCases { assertAgrees(Array(text.utf8), body) }
        }
    }

    /// Random runs of the pieces citations are made of, near misses among them.
    func testRandomTextReadsAsBefore() {
        let pieces = ["resolution ", "resolutions ", "Resolution", "A/RES/", "A/Res/", "S/RES/", "A/HRC/RES/", "A/", "ES-", "S-",
                      "70", "1", "2021", "12345", "123456", "I", "l", "O", "/", " (", "(", ")", "2018", "+201", "-201", "XXV", "IVX", "C",
                      " of ", "25 ", "September ", "SEPTEMBER ", "july", "Septémber", "\u{212A}", " adopted by the ", "ADOPTED BY THE ",
                      "General Assembly", "Security Council", "GA", "its ", "this Council's ", "Council ", "the ", "United Nations ",
                      "\r\n", ", ", " and ", ".", ";", " A", " B", "é", " ", "  ", "x", "99999999999999999999", "such as "]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20000 {
            let text = (0..<Int.random(in: 1...14, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            assertAgrees(Array(text.utf8), [nil, .securityCouncil, .generalAssembly].randomElement(using: &generator)!)
        }
    }

    /// `integerValue` reads what `Int` reads from the same bytes.
    func testIntegerValueReadsAsInt() {
        for text in ["0", "7", "+7", "-7", "+", "-", "", "+-1", "1-", "007", "2018", "9223372036854775807", "9223372036854775808",
                     "-9223372036854775808", "-9223372036854775809", "99999999999999999999", "1 ", " 1", "١", "x1"] {
            let bytes = Array(text.utf8)
            XCTAssertEqual(CitationScanner.integerValue(bytes, 0..<bytes.count), Int(text), text)
        }
    }
}
