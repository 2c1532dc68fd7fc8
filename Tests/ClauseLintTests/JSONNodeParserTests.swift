import XCTest
@testable import ClauseLint

final class JSONNodeParserTests: XCTestCase {
    func parse(_ text: String) throws -> JSONNode { try JSONNodeParser.parse(Array(text.utf8)) }

    func failure(_ text: String) -> String {
        do { _ = try parse(text); return "no error" } catch { return "\(error)" }
    }

    func testValuesAndPositions() throws {
        let node = try parse("{\n  \"é🌍\": [1, -2.5e3, true, null],\n  \"b\": \"x\\u00e9\\ud83c\\udf0d\\n\"\n}")
        let members = try XCTUnwrap(node.members)
        XCTAssertEqual(members.map(\.key), ["é🌍", "b"])
        XCTAssertEqual(members[1].keyLine, 3)
        XCTAssertEqual(members[1].keyColumn, 3)
        // Columns count scalars: the array is the 9th scalar of its line.
        XCTAssertEqual(members[0].value.column, 9)
        XCTAssertEqual(members[0].value.elements?.first?.int, 1)
        XCTAssertEqual(node["b"]?.string, "xé🌍\n")
        XCTAssertEqual(node.jsonText, #"{"é🌍":[1,-2500.0,true,null],"b":"xé🌍\n"}"#)
    }

    func testErrors() {
        XCTAssertEqual(failure("{\"a\": 1, \"a\": 2}"), "1:10: duplicate key 'a'")
        XCTAssertEqual(failure("[1, 2,]"), "1:7: trailing comma before ']'")
        XCTAssertEqual(failure("{\"a\": 01}"), "1:8: numbers may not have leading zeros")
        XCTAssertEqual(failure("\"abc"), "1:5: unterminated string")
        XCTAssertEqual(failure("\"\\q\""), "1:4: invalid escape '\\q'")
        XCTAssertEqual(failure("{\"a\" 1}"), "1:6: expected ':' after key 'a'")
        XCTAssertEqual(failure("tru"), "1:1: invalid literal, expected 'true'")
        XCTAssertEqual(failure("{} x"), "1:4: unexpected text after the end of the JSON value")
        XCTAssertEqual(failure(String(repeating: "[", count: 100_000)), "1:257: nesting deeper than 256 levels")
    }
}
