import XCTest
@testable import ClauseLint

/// A clause keeps its fields in shared storage (copy-on-write): copies are cheap, and
/// changing one copy must never change another.
final class ClauseValueSemanticsTests: XCTestCase {
    func clause() throws -> Clause {
        let text = "The General Assembly,\n\n1. *Urges* all States to act:\n\n   (a) at once;\n"
        let document = try DocumentLoader().parse(bytes: Array(text.utf8), path: "t.md", format: .markdown)
        return try XCTUnwrap(document.resolutions.first?.operative.first)
    }

    func testChangingACopyLeavesTheOriginal() throws {
        let original = try clause()
        var copy = original
        copy.path = "operative 9"
        copy.end = "."
        copy.children.removeAll()
        copy.label = nil
        XCTAssertEqual(original.path, "operative 1")
        XCTAssertEqual(original.end, ":")
        XCTAssertEqual(original.children.count, 1)
        XCTAssertEqual(original.label?.value, "1")
        XCTAssertEqual(copy.path, "operative 9")
        XCTAssertEqual(copy.end, ".")
        XCTAssertTrue(copy.children.isEmpty)
        XCTAssertNil(copy.label)
    }

    func testChangingAChildCopyLeavesTheParent() throws {
        let parent = try clause()
        var child = parent.children[0]
        child.path = "changed"
        XCTAssertEqual(parent.children[0].path, "operative 1(a)")
        var parentCopy = parent
        parentCopy.children[0].path = "also changed"
        XCTAssertEqual(parent.children[0].path, "operative 1(a)")
        XCTAssertEqual(parentCopy.children[0].path, "also changed")
    }
}
