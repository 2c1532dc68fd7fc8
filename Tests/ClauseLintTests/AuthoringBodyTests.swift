import XCTest
@testable import ClauseLint

/// Body lines of printable ASCII are read by bytes; the answer must be the one the
/// Unicode reading gives.
final class AuthoringBodyTests: XCTestCase {
    func testASCIIReadingAgreesWithUnicodeReading() {
        let heads = ["The", "the", "THE", "To the", "to the", "TO THE", "  The", "Then", "To  the", "Tothe", "The"]
        let middles = [" General Assembly", " Security Council", "  Human Rights Council ", " general assembly",
                       " Council", " Assembly of the Parties", " Conference (COP)", " delegates of Mars",
                       " United Nations Educational, Scientific and Cultural Organization", " hereby Council",
                       "", " Council of the European Union and the Commission on the Status of Women in the World Body",
                       " Economic and Social council", " Commission on Narcotic Drugs", " Board", " body"]
        let ends = [",", ":", " ,", "  :"]
        var checked = 0
        for head in heads {
            for middle in middles {
                for end in ends {
                    let text = head + middle + end
                    var utf8 = text
                    let (ascii, unicode) = utf8.withUTF8 { bytes in
                        (BlockAnalysis.asciiAuthoringBody(bytes), BlockAnalysis.unicodeAuthoringBody(text, bytes))
                    }
                    XCTAssertEqual(ascii, unicode, text)
                    checked += 1
                }
            }
        }
        XCTAssertEqual(checked, heads.count * middles.count * ends.count)
        for (line, body) in [("The General Assembly,", "The General Assembly"), ("To the security council:", "The security council")] {
            var utf8 = line
            XCTAssertEqual(utf8.withUTF8 { BlockAnalysis.authoringBody(line, $0) }, body)
        }
    }
}
