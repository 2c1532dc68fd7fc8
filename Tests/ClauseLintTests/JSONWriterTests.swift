import XCTest
@testable import ClauseLint

final class JSONWriterTests: XCTestCase {
    func testEscapesRoundTripThroughJSONSerialization() throws {
        let tricky = "a\"b\\c\nd\re\tf\u{01}g\u{1F}h\u{2028}i\u{2029}j é ’ 🌍 \u{E2}"
        let quoted = JSONWriter.quoted(tricky)
        XCTAssertEqual(quoted, #""a\"b\\c\nd\re\tf\u0001g\u001fh\u2028i\u2029j é ’ 🌍 â""#)
        let parsed = try JSONSerialization.jsonObject(with: Data("[\(quoted)]".utf8)) as? [String]
        XCTAssertEqual(parsed, [tricky])
    }

    func testKeyOrderAndLayout() {
        let value: JSONWriter.Value = .object([("b", .int(1)), ("a", .array([.bool(true), .null])), ("c", .object([]))])
        XCTAssertEqual(JSONWriter.serialize(value), "{\n  \"b\": 1,\n  \"a\": [\n    true,\n    null\n  ],\n  \"c\": {}\n}")
        XCTAssertEqual(JSONWriter.serialize(value, pretty: false), #"{"b":1,"a":[true,null],"c":{}}"#)
    }

    /// The word-at-a-time quoting against escaping byte by byte, with each escape at every offset.
    func testQuotedMatchesByteByByteEscaping() throws {
        for text in JSONReporterTests.oddTexts + ["\u{7F}\u{80}", "\u{1F}\u{20}\u{21}", String(repeating: "\u{2028}", count: 9)] {
            XCTAssertEqual(JSONWriter.quoted(text), Self.quotedByteByByte(text), text.debugDescription)
            let parsed = try JSONSerialization.jsonObject(with: Data("[\(JSONWriter.quoted(text))]".utf8)) as? [String]
            XCTAssertEqual(parsed, [text], text.debugDescription)
        }
        for byte in UInt8(0)..<0x80 {
            let text = String(repeating: "a", count: 8) + String(UnicodeScalar(byte)) + String(repeating: "a", count: 8)
            XCTAssertEqual(JSONWriter.quoted(text), Self.quotedByteByByte(text), "byte \(byte)")
        }
    }

    func testIntegersAsStringWritesThem() {
        for number in [0, 1, 9, 10, 11, 99, 100, 101, 999, 1000, 1_000_000, 123_456_789, -1, -10, -909, .max, .min] {
            XCTAssertEqual(JSONWriter.serialize(.int(number)), String(number))
            var writer = JSONByteWriter()
            writer.int(number)
            XCTAssertEqual(writer.bytes, Array(String(number).utf8))
        }
    }

    func testByteWriterLayoutMatchesValueTree() {
        var writer = JSONByteWriter(depth: 1)
        writer.beginObject()
        writer.key("a"); writer.beginArray(); writer.endArray()
        writer.key(JSONByteWriter.Key("b", depth: 2)); writer.beginObject(); writer.endObject()
        writer.key("c"); writer.beginArray()
        writer.item(); writer.string(nil)
        writer.item(); writer.bool(true)
        writer.item(); writer.beginObject(); writer.key("d"); writer.string("é\n"); writer.endObject()
        writer.endArray()
        writer.key("e"); writer.bool(false)
        writer.endObject()
        let value: JSONWriter.Value = .object([
            ("a", .array([])), ("b", .object([])),
            ("c", .array([.null, .bool(true), .object([("d", .string("é\n"))])])), ("e", .bool(false)),
        ])
        let nested = JSONWriter.serialize(.array([value]))
        XCTAssertEqual("[\n  " + String(decoding: writer.bytes, as: UTF8.self) + "\n]", nested)
    }

    /// JSON string escaping as the writer did it before it scanned words: one byte at a time.
    static func quotedByteByByte(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            case _ where scalar.value < 0x20:
                out += "\\u00" + String(scalar.value >> 4, radix: 16) + String(scalar.value & 0x0F, radix: 16)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
