import XCTest
import Foundation

/// Runs the built `clauselint` binary as a user would.
enum CLI {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var binary: URL {
        // The test bundle sits beside the products in the build folder.
        let testBinary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var folder = testBinary.deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("clauselint")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return root.appendingPathComponent(".build/debug/clauselint")
    }

    struct Run {
        var status: Int32
        var output: String
        var errors: String
    }

    @discardableResult
    static func run(_ arguments: [String], input: String? = nil, in directory: URL? = nil) throws -> Run {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? root
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        process.environment = environment
        let output = Pipe(), errors = Pipe(), stdin = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = stdin
        try process.run()
        if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
        try stdin.fileHandleForWriting.close()
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        let errData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, output: String(decoding: outData, as: UTF8.self),
                   errors: String(decoding: errData, as: UTF8.self))
    }

}

/// Runs the built `clauselint` binary as a user would and checks output and exit status.
final class CommandLineTests: XCTestCase {
    static let root = CLI.root

    func run(_ arguments: [String], input: String? = nil, in directory: URL? = nil) throws -> CLI.Run {
        try CLI.run(arguments, input: input, in: directory)
    }

    func testSampleResolutionFromTheREADME() throws {
        let result = try run(["Examples/draft-resolution.md"])
        XCTAssertEqual(result.status, 1)
        let lines = result.output.split(separator: "\n")
        XCTAssertTrue(lines.contains { $0.hasPrefix("Examples/draft-resolution.md:25:1: error: operative clause 4 follows 2") && $0.hasSuffix("[operative-numbering]") })
        XCTAssertTrue(lines.last?.hasPrefix("1 error, ") == true)
    }

    func testJSONFormatHasTheStableShape() throws {
        let result = try run(["--format", "json", "Examples/draft-resolution.md"])
        XCTAssertEqual(result.status, 1)
        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        XCTAssertEqual(json["tool"] as? String, "clauselint")
        let files = try XCTUnwrap(json["files"] as? [[String: Any]])
        XCTAssertEqual(files.first?["path"] as? String, "Examples/draft-resolution.md")
        XCTAssertEqual(files.first?["format"] as? String, "markdown")
        XCTAssertEqual(files.first?["resolutions"] as? Int, 1)
        let diagnostic = try XCTUnwrap((files.first?["diagnostics"] as? [[String: Any]])?.first)
        for key in ["rule", "severity", "message", "line", "column", "endLine", "endColumn", "clause", "fixable"] {
            XCTAssertNotNil(diagnostic[key], "missing \(key)")
        }
        let summary = try XCTUnwrap(json["summary"] as? [String: Int])
        XCTAssertEqual(summary["errors"], 1)
        // Keys come in the documented order.
        XCTAssertTrue(result.output.contains("\"tool\": \"clauselint\",\n  \"version\""))
    }

    func testExitStatusesAndUsageErrors() throws {
        XCTAssertEqual(try run(["no/such/file.md"]).status, 2)
        let unknown = try run(["--formt", "json", "Examples"])
        XCTAssertEqual(unknown.status, 2)
        XCTAssertTrue(unknown.errors.contains("unknown option --formt (did you mean --format?)"))
        XCTAssertEqual(try run(["--format", "yaml", "Examples"]).status, 2)
        XCTAssertEqual(try run(["--disable", "no-such-rule", "Examples"]).status, 2)
        XCTAssertEqual(try run(["--version"]).output, "clauselint 0.1.0\n")
        XCTAssertEqual(try run(["explain", "clause-punctuation"]).status, 0)
        XCTAssertEqual(try run(["explain", "clause-punctuaton"]).status, 2)
        XCTAssertTrue(try run(["rules"]).output.contains("opening-italic"))
        XCTAssertEqual(try run(["--max-warnings", "0", "--disable", "operative-numbering", "Examples"]).status, 1)
        XCTAssertEqual(try run(["--max-warnings", "10", "--disable", "operative-numbering", "Examples"]).status, 0)
        let quiet = try run(["--quiet", "Examples"])
        XCTAssertEqual(quiet.output.split(separator: "\n").count, 1)
    }

    func testStandardInputAndUnreadableFiles() throws {
        let clean = "The General Assembly,\n\n*Noting* the report,\n\n1. *Urges* States to act.\n"
        let result = try run(["-"], input: clean)
        XCTAssertEqual(result.status, 0, result.output)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("clauselint-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(clean.utf8).write(to: folder.appendingPathComponent("good.md"))
        try Data([0x50, 0x4B, 0x03, 0x04, 0xFF]).write(to: folder.appendingPathComponent("broken.docx"))
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("dangling.md").path, withDestinationPath: "/no/such/target")
        let mixed = try run([folder.path])
        XCTAssertEqual(mixed.status, 1)
        XCTAssertTrue(mixed.output.contains("broken.docx:1:1: error:"), mixed.output)
        XCTAssertTrue(mixed.output.contains("dangling.md:1:1: error: cannot read file"), mixed.output)
        XCTAssertTrue(mixed.output.contains("3 files"), mixed.output)
    }

    func testTreeAndInit() throws {
        let tree = try run(["tree", "--format", "json", "Examples/draft-resolution.md"])
        XCTAssertEqual(tree.status, 0)
        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(tree.output.utf8)) as? [String: Any])
        let resolution = try XCTUnwrap((json["resolutions"] as? [[String: Any]])?.first)
        XCTAssertEqual(resolution["code"] as? String, "DISEC/1/1")
        XCTAssertEqual((resolution["operative"] as? [Any])?.count, 3)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("clauselint-init-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        XCTAssertEqual(try run(["init"], in: folder).status, 0)
        let written = try String(contentsOf: folder.appendingPathComponent("Rules.json"), encoding: .utf8)
        XCTAssertEqual(written, try String(contentsOf: Self.root.appendingPathComponent("Rules.json"), encoding: .utf8))
        XCTAssertEqual(try run(["init"], in: folder).status, 2)
    }

    func testEveryFormatAndTheBaselineFromTheCommandLine() throws {
        for format in ["sarif", "github", "junit", "html", "json", "text"] {
            let run = try run(["--format", format, "Examples/draft-resolution.md"])
            XCTAssertEqual(run.status, 1, format)
            XCTAssertFalse(run.output.isEmpty, format)
        }
        XCTAssertTrue(try run(["--format", "xml", "Examples/draft-resolution.md"]).errors.contains("unknown format 'xml'"))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("clauselint-baseline-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let baseline = folder.appendingPathComponent("baseline.json").path
        let written = try run(["--write-baseline", baseline, "Examples/draft-resolution.md"])
        XCTAssertEqual(written.status, 1, "writing a baseline still reports")
        XCTAssertTrue(written.errors.contains("wrote 4 findings to the baseline"), written.errors)
        let quiet = try run(["--baseline", baseline, "Examples/draft-resolution.md"])
        XCTAssertEqual(quiet.status, 0)
        XCTAssertEqual(quiet.output, "no problems in 1 file\n")
        XCTAssertEqual(try run(["--baseline", folder.appendingPathComponent("missing.json").path, "Examples/draft-resolution.md"]).status, 2)
    }

    func testPresetsPrintConfigAndDeclarativeRulesFromTheCommandLine() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("clauselint-presets-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        XCTAssertEqual(try run(["init", "--preset", "nmun", ".clauselint.json"], in: folder).status, 0)
        XCTAssertEqual(try run(["init", "--preset", "nmnu", "other.json"], in: folder).errors,
                       "clauselint: unknown preset 'nmnu' (did you mean nmun?); presets: un, nmun, thimun\nRun 'clauselint --help' for usage.\n")
        let draft = "The General Assembly,\n\n*Recalling* its earlier work,\n\n1. *Condemns* the attacks;\n\n2. *Urges* restraint.\n"
        try draft.write(to: folder.appendingPathComponent("draft.md"), atomically: true, encoding: .utf8)
        let linted = try run(["draft.md"], in: folder)
        XCTAssertTrue(linted.output.contains("draft.md:5:5: warning: 'Condemns' is language this conference reserves for the Security Council"), linted.output)
        XCTAssertFalse(try run(["--disable", "security-council-only", "draft.md"], in: folder).output.contains("Security Council"))

        let printed = try run(["print-config", "draft.md"], in: folder)
        XCTAssertEqual(printed.status, 0)
        XCTAssertTrue(printed.output.contains("  preset 'un' (built in)"))
        XCTAssertTrue(printed.output.contains("  preset 'nmun' (built in)"))
        XCTAssertTrue(printed.output.contains(".clauselint.json"))
        XCTAssertTrue(printed.output.contains(#""options": {"style":"a."}"#), printed.output)
        // What print-config prints is itself a configuration that reads back.
        try printed.output.write(to: folder.appendingPathComponent("printed.json"), atomically: true, encoding: .utf8)
        XCTAssertEqual(try run(["--config", "printed.json", "draft.md"], in: folder).output, linted.output)

        let explained = try run(["explain", "security-council-only"], in: folder)
        XCTAssertTrue(explained.output.hasPrefix("security-council-only: declarative opening rule"), explained.output)
        let rules = try run(["rules"], in: folder)
        XCTAssertTrue(rules.output.contains("security-council-only"))

        try #"{ "rules": { "opening-italics": "off" } }"#.write(to: folder.appendingPathComponent(".clauselint.json"), atomically: true, encoding: .utf8)
        let broken = try run(["draft.md"], in: folder)
        XCTAssertEqual(broken.status, 2)
        XCTAssertTrue(broken.errors.contains(".clauselint.json:1:14: unknown rule 'opening-italics' (did you mean 'opening-italic'?)"), broken.errors)
    }
}

final class FixCommandTests: XCTestCase {
    func testFixIsIdempotentAndKeepsEveryWord() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("clauselint-fixcmd-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let draft = folder.appendingPathComponent("draft.md")
        let original = "The General Assembly,\n\nNoting the the report;\n\n*Recalling* its work\n\n1. *Encourage* States to act\n"
        try Data(original.utf8).write(to: draft)
        let first = try CLI.run(["--fix", draft.path])
        let fixed = try String(contentsOf: draft, encoding: .utf8)
        XCTAssertEqual(fixed, "The General Assembly,\n\n*Noting* the report,\n\n*Recalling* its work,\n\n1. *Encourages* States to act.\n", first.output)
        XCTAssertEqual(first.status, 0, first.output)
        let second = try CLI.run(["--fix", draft.path])
        XCTAssertEqual(second.status, 0)
        XCTAssertEqual(try String(contentsOf: draft, encoding: .utf8), fixed)
        let dry = try CLI.run(["--fix-dry-run", draft.path])
        XCTAssertEqual(dry.output, "")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["draft.md"])
    }

    func testDryRunPrintsADiffAndChangesNothing() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("clauselint-dry-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let draft = folder.appendingPathComponent("draft.md")
        let original = "The General Assembly,\n\n*Noting* the report;\n\n1. *Urges* States to act.\n"
        try Data(original.utf8).write(to: draft)
        let dry = try CLI.run(["--fix-dry-run", draft.path])
        XCTAssertTrue(dry.output.contains("-*Noting* the report;\n+*Noting* the report,\n"), dry.output)
        XCTAssertEqual(try String(contentsOf: draft, encoding: .utf8), original)
    }
}

final class CrossFileDuplicateTests: XCTestCase {
    func testACopiedResolutionIsReportedInBothFiles() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("clauselint-copy-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let resolution = """
        The General Assembly,

        *Recalling* that coastal wetlands protect fishing villages from storms and rising seas every year,

        1. *Urges* Member States to map their coastal wetlands with the help of regional fisheries bodies, universities and coastal communities, and to publish the maps within two years;

        2. *Requests* the Secretary-General to report on the protection of coastal wetlands at its next session.

        """
        try Data(resolution.utf8).write(to: folder.appendingPathComponent("2024.md"))
        try Data(resolution.replacingOccurrences(of: "two years", with: "three years").utf8).write(to: folder.appendingPathComponent("2025.md"))
        let result = try CLI.run(["--format", "json", folder.path])
        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let files = try XCTUnwrap(json["files"] as? [[String: Any]])
        for file in files {
            let duplicates = (file["diagnostics"] as? [[String: Any]] ?? []).filter { $0["rule"] as? String == "duplicate-paragraph" }
            XCTAssertEqual(duplicates.count, 3, "\(file["path"] ?? "")")
            XCTAssertTrue((duplicates.first?["message"] as? String)?.contains(" of ") == true)
        }
    }
}

/// The run as a whole: which files it reads, and the restart a large run makes.
final class RunShapeTests: XCTestCase {
    func testALargeRunReportsTheSameWhetherOrNotItRestartsWithATunedAllocator() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("clauselint-large-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for number in 0..<40 {
            try Data("Prose about the the rules of file \(number).\n".utf8).write(to: folder.appendingPathComponent("file-\(number).md"))
        }
        // Forty files restart the run with the allocator setting; a user's own setting is left alone.
        let restarted = try CLI.run(["--format", "json", folder.path])
        setenv("GLIBC_TUNABLES", "glibc.malloc.tcache_count=7", 1)
        defer { unsetenv("GLIBC_TUNABLES") }
        let asIs = try CLI.run(["--format", "json", folder.path])
        XCTAssertEqual(restarted.status, 0)
        XCTAssertEqual(restarted.output, asIs.output)
        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(restarted.output.utf8)) as? [String: Any])
        let files = try XCTUnwrap(json["files"] as? [[String: Any]])
        XCTAssertEqual(files.count, 40)
        XCTAssertEqual(files.map { ($0["diagnostics"] as? [[String: Any]])?.first?["rule"] as? String }, Array(repeating: "repeated-word", count: 40))
    }

    func testFoldersAreWalkedInOrderAndAFileNamedTwiceIsLintedOnce() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("clauselint-walk-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("b"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["b/c.md", "a.txt", ".hidden.md", "notes.pdf"] {
            try Data("Prose.\n".utf8).write(to: folder.appendingPathComponent(name))
        }
        func paths(_ arguments: [String]) throws -> [String] {
            let result = try CLI.run(["--format", "json"] + arguments)
            let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
            return try XCTUnwrap(json["files"] as? [[String: Any]]).compactMap { $0["path"] as? String }
        }
        XCTAssertEqual(try paths([folder.path]), [folder.path + "/a.txt", folder.path + "/b/c.md"])
        // The folder, then a file inside it named again another way: linted once.
        XCTAssertEqual(try paths([folder.path, folder.path + "/./a.txt"]), [folder.path + "/a.txt", folder.path + "/b/c.md"])
    }

    func testAReportWrittenToADeviceOrAPipeLeavesItInPlace() throws {
        // Replacing the target whole suits files; a device or a pipe must be written to where it is.
        let sample = "Examples/draft-resolution.md"
        let toNull = try CLI.run(["--format", "json", "--output", "/dev/null", sample])
        XCTAssertEqual(toNull.output, "")
        var info = stat()
        XCTAssertEqual(stat("/dev/null", &info), 0)
        XCTAssertEqual(info.st_mode & S_IFMT, S_IFCHR, "/dev/null must stay a device")

        let pipe = FileManager.default.temporaryDirectory.appendingPathComponent("clauselint-pipe-\(UUID().uuidString)").path
        XCTAssertEqual(mkfifo(pipe, 0o600), 0)
        defer { unlink(pipe) }
        // Opened for reading first, without waiting, so the tool's open for writing does not block.
        let reader = open(pipe, O_RDONLY | O_NONBLOCK)
        XCTAssertGreaterThanOrEqual(reader, 0)
        defer { close(reader) }
        let toPipe = try CLI.run(["--format", "json", "--output", pipe, sample])
        XCTAssertEqual(stat(pipe, &info), 0)
        XCTAssertEqual(info.st_mode & S_IFMT, S_IFIFO, "the pipe must stay a pipe")
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = read(reader, &buffer, buffer.count)
            guard count > 0 else { break }
            received.append(contentsOf: buffer[0..<count])
        }
        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(received)) as? [String: Any])
        XCTAssertEqual(json["tool"] as? String, "clauselint")
        XCTAssertEqual(toPipe.status, toNull.status)

        // A link to a report kept elsewhere stays a link; the file it names gets the report, whole.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("clauselint-link-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("kept.json").path, link = folder.appendingPathComponent("report.json").path
        try Data(repeating: 0x78, count: 100_000).write(to: URL(fileURLWithPath: target))
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        _ = try CLI.run(["--format", "json", "--output", link, sample])
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: link), target)
        let kept = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: target))) as? [String: Any])
        XCTAssertEqual(kept["tool"] as? String, "clauselint")
    }

    func testLinksInFoldersToFilesAreLintedAndLinksToFoldersAreNotFollowed() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("clauselint-links-\(UUID().uuidString)")
        let manager = FileManager.default
        try manager.createDirectory(at: folder.appendingPathComponent("b/deep"), withIntermediateDirectories: true)
        defer { try? manager.removeItem(at: folder) }
        for name in ["a.txt", "b/deep/c.MD"] { try Data("Prose.\n".utf8).write(to: folder.appendingPathComponent(name)) }
        try manager.createSymbolicLink(atPath: folder.path + "/loop", withDestinationPath: ".")        // a folder: not followed
        try manager.createSymbolicLink(atPath: folder.path + "/copy.md", withDestinationPath: "a.txt")  // a file: linted
        try manager.createSymbolicLink(atPath: folder.path + "/gone.md", withDestinationPath: "none")   // broken: reported
        let result = try CLI.run(["--format", "json", folder.path])
        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let files = try XCTUnwrap(json["files"] as? [[String: Any]])
        XCTAssertEqual(files.compactMap { $0["path"] as? String }, ["a.txt", "b/deep/c.MD", "copy.md", "gone.md"].map { folder.path + "/" + $0 })
        let gone = try XCTUnwrap(files.last?["diagnostics"] as? [[String: Any]])
        XCTAssertEqual(gone.first?["rule"] as? String, "input")
        XCTAssertEqual(result.status, 1)
    }
}

final class HostileOfficeFileTests: XCTestCase {
    func testBrokenOfficeFilesGiveInputErrorsAndTheRestIsLinted() throws {
        let office = CLI.root.appendingPathComponent("Tests/ClauseLintTests/Fixtures/office")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("clauselint-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["truncated.docx", "entities.docx", "same.docx"] {
            try FileManager.default.copyItem(at: office.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        try FileManager.default.copyItem(at: CLI.root.appendingPathComponent("Tests/ClauseLintTests/Fixtures/archive/bomb.zip"),
                                         to: folder.appendingPathComponent("bomb.docx"))
        try Data("Plain words in a file that claims to be OpenDocument.".utf8).write(to: folder.appendingPathComponent("fake.odt"))
        let start = Date()
        let result = try CLI.run(["--format", "json", folder.path])
        XCTAssertLessThan(Date().timeIntervalSince(start), 20)
        XCTAssertEqual(result.status, 1)
        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let files = try XCTUnwrap(json["files"] as? [[String: Any]])
        var inputErrors: [String: String] = [:]
        for file in files {
            let path = URL(fileURLWithPath: file["path"] as? String ?? "").lastPathComponent
            for diagnostic in file["diagnostics"] as? [[String: Any]] ?? [] where diagnostic["rule"] as? String == "input" {
                inputErrors[path] = diagnostic["message"] as? String
            }
        }
        XCTAssertEqual(Set(inputErrors.keys), ["truncated.docx", "entities.docx", "bomb.docx", "fake.odt"])
        XCTAssertTrue(inputErrors["entities.docx"]?.contains("DOCTYPE") == true)
        XCTAssertTrue(inputErrors["bomb.docx"]?.contains("limit") == true)
        XCTAssertEqual(files.first { ($0["path"] as? String)?.hasSuffix("same.docx") == true }?["resolutions"] as? Int, 1)
    }
}
