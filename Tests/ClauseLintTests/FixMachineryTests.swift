import XCTest
@testable import ClauseLint

final class FixMachineryTests: XCTestCase {
    func temporaryFile(_ contents: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("clauselint-fix-\(UUID().uuidString).md").path
        try Data(contents.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    func leftovers(beside path: String) throws -> [String] {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        let name = URL(fileURLWithPath: path).lastPathComponent
        return try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasPrefix(".\(name).clauselint-") }
    }

    func testAtomicReplaceKeepsPermissionsAndLeavesNoTemporaryFile() throws {
        let path = try temporaryFile("old text\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: path)
        try AtomicFileWriter.replace(path, with: Array("new text\n".utf8))
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "new text\n")
        XCTAssertEqual((try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue, 0o640)
        XCTAssertEqual(try leftovers(beside: path), [])
    }

    func testAFailureBetweenWriteAndRenameLeavesTheOriginalIntact() throws {
        let path = try temporaryFile("original draft\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        struct Crash: Error {}
        XCTAssertThrowsError(try AtomicFileWriter.replace(path, with: Array("half".utf8)) { temporary in
            XCTAssertTrue(FileManager.default.fileExists(atPath: temporary))
            throw Crash()
        })
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "original draft\n")
        XCTAssertEqual(try leftovers(beside: path), [])
    }

    func testFixApplierSkipsOverlappingEditsAndAppliesBackToFront() {
        let text = Array("abcdef".utf8)
        let fixes = [
            Fix("one", edits: [TextEdit(range: 1..<3, replacement: "X")]),
            Fix("overlaps one", edits: [TextEdit(range: 2..<4, replacement: "Y")]),
            Fix("insert", edits: [TextEdit(range: 6..<6, replacement: "!")]),
        ]
        let result = FixApplier.apply(fixes, to: text)
        XCTAssertEqual(String(decoding: result.bytes, as: UTF8.self), "aXdef!")
        XCTAssertEqual(result.applied, 2)
        XCTAssertEqual(result.skipped, 1)
    }

    func testFixSafetyAllowsPunctuationCaseAndRepeatedWordsOnly() {
        func keeps(_ a: String, _ b: String) -> Bool { FixSafety.keepsEveryWord(original: Array(a.utf8), fixed: Array(b.utf8)) }
        XCTAssertTrue(keeps("Noting the the report;", "*Noting* the report,"))
        XCTAssertTrue(keeps("member states labor", "Member States labour"))
        XCTAssertFalse(keeps("Noting the report;", "Noting report,"))
    }

    func testUnifiedDiff() {
        let old = (1...12).map { "line \($0)" }.joined(separator: "\n")
        let new = old.replacingOccurrences(of: "line 6", with: "line six")
        let diff = UnifiedDiff.render(old: old, new: new, path: "a.md")
        XCTAssertEqual(diff, """
        --- a.md
        +++ a.md
        @@ -3,7 +3,7 @@
         line 3
         line 4
         line 5
        -line 6
        +line six
         line 7
         line 8
         line 9

        """)
        XCTAssertEqual(UnifiedDiff.render(old: old, new: old, path: "a.md"), "")
    }
}
