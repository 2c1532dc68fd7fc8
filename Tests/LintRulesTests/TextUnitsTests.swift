import XCTest
import ClauseLint
@testable import LintRules

/// `textUnits`: every clause (depth first) and prose paragraph once, in source order,
/// each with its own block's bytes and offset.
final class TextUnitsTests: XCTestCase {
    private static let draft = """
    # Draft resolution on wetlands

    Resolution adopted by the General Assembly on 3 March 2021

    *The General Assembly*,

    *Recalling* its resolution 70/1,

    *Deeply concerned* that wetlands are disappearing,

    1. *Calls upon* all States to protect coastal wetlands;

    2. *Encourages* Member States to share data by:

    (a) Publishing annual inventories; and

    (b) Establishing national focal points:

    (i) Within existing ministries;

    3. *Requests* the Secretary-General to report.

    ## Notes

    A closing remark between the resolution and its annex.

    ANNEX

    1. *Decides* to convene an expert meeting.
    """

    private func document() throws -> Document {
        try DocumentLoader().parse(bytes: Array(Self.draft.utf8), path: "d.md", format: .markdown)
    }

    /// The clauses in the order the tree holds them, depth first.
    private func clausesDepthFirst(_ document: Document) -> [Clause] {
        var found: [Clause] = []
        func walk(_ clauses: [Clause]) { for clause in clauses { found.append(clause); walk(clause.children) } }
        for resolution in document.resolutions {
            walk(resolution.preamble)
            walk(resolution.operative)
            for annex in resolution.annexes { walk(annex.operative) }
        }
        return found
    }

    func testUnitsAreInSourceOrderWithTheirOwnBytes() throws {
        let document = try document()
        let units = textUnits(document, includeHeadings: true)
        XCTAssertEqual(units.map(\.offset), units.map(\.offset).sorted())
        for unit in units {
            XCTAssertEqual(unit.bytes, Array(unit.block.text.utf8))
            XCTAssertEqual(unit.offset, unit.block.map.source(0))
            if let clause = unit.clause { XCTAssertEqual(clause.block.text, unit.block.text) }
        }
    }

    func testEveryClauseOnceDepthFirstWithItsResolution() throws {
        let document = try document()
        let clauses = clausesDepthFirst(document)
        XCTAssertEqual(clauses.count, 9)
        let units = textUnits(document).filter { $0.clause != nil }
        XCTAssertEqual(units.map { $0.clause!.path }, clauses.map(\.path))
        XCTAssertTrue(units.allSatisfy { $0.resolution == 0 })
    }

    func testHeadingsOnlyWhenAsked() throws {
        let document = try document()
        let all = textUnits(document, includeHeadings: true)
        let withoutHeadings = textUnits(document)
        XCTAssertTrue(all.contains { $0.clause == nil && $0.block.kind == .heading })
        XCTAssertFalse(withoutHeadings.contains { $0.clause == nil && $0.block.kind == .heading })
        XCTAssertEqual(withoutHeadings.map(\.offset), all.filter { $0.clause != nil || $0.block.kind != .heading }.map(\.offset))
        // Prose between the clauses keeps its place among them.
        let remark = try XCTUnwrap(all.firstIndex { $0.block.text.hasPrefix("A closing remark") })
        let paths = clausesDepthFirst(document).map(\.path)
        XCTAssertEqual(all[..<remark].last { $0.clause != nil }?.clause?.path, paths[paths.count - 2])
        XCTAssertEqual(all[(remark + 1)...].first { $0.clause != nil }?.clause?.path, paths.last)
    }

    func testWithoutProseHeadingsBothListsAreTheSameUnits() throws {
        let text = """
        *The General Assembly*,

        *Recalling* its resolution 70/1,

        1. *Calls upon* all States to protect coastal wetlands.
        """
        let document = try DocumentLoader().parse(bytes: Array(text.utf8), path: "d.md", format: .markdown)
        let all = textUnits(document, includeHeadings: true)
        let withoutHeadings = textUnits(document)
        XCTAssertFalse(all.isEmpty)
        XCTAssertEqual(withoutHeadings.count, all.count)
        XCTAssertTrue(zip(withoutHeadings, all).allSatisfy { $0 === $1 })
    }
}
