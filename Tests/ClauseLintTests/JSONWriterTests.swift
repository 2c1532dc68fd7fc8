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
}
