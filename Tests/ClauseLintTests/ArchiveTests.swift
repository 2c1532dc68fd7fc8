import XCTest
@testable import ClauseLint

/// Inflate and ZIP against vectors written by Python's zlib and zipfile (make_vectors.py).
final class ArchiveTests: XCTestCase {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/archive")

    func bytes(_ name: String) throws -> [UInt8] { [UInt8](try Data(contentsOf: Self.folder.appendingPathComponent(name))) }

    func testInflateMatchesZlibAtEveryLevel() throws {
        for name in ["empty", "short", "repetitive", "random", "text"] {
            let expected = try bytes("\(name).bin")
            for variant in ["L0", "L1", "L6", "L9", "fixed"] {
                let output = try Inflate.inflate(try bytes("\(name)-\(variant).deflate"), maxOutput: 1 << 20)
                XCTAssertEqual(output, expected, "\(name)-\(variant)")
            }
        }
    }

    func testMalformedStreamsThrow() {
        let cases: [(String, [UInt8])] = [
            ("block type 3", [0x07]),
            ("truncated", [0x4B, 0x4C]),
            ("stored length mismatch", [0x01, 0x05, 0x00, 0x00, 0x00]),
            ("distance too far", [0x63, 0x00, 0x42, 0x00]),
            ("empty input", []),
        ]
        for (label, input) in cases {
            XCTAssertThrowsError(try Inflate.inflate(input, maxOutput: 1 << 20), label)
        }
        // Every truncation of a real stream throws or yields a prefix; none crashes.
        let stream = (try? bytes("text-L6.deflate")) ?? []
        for length in stride(from: 0, to: stream.count, by: 97) {
            _ = try? Inflate.inflate(Array(stream[0..<length]), maxOutput: 1 << 20)
        }
        // Random garbage never crashes.
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let noise = (0..<64).map { _ in UInt8.random(in: 0...255, using: &generator) }
            _ = try? Inflate.inflate(noise, maxOutput: 1 << 16)
        }
    }

    func testOutputLimitStopsABombEarly() throws {
        let archive = try ZipArchive(bytes: try bytes("bomb.zip"))
        let start = Date()
        XCTAssertThrowsError(try archive.read("word/document.xml", maxSize: 1 << 20)) { error in
            XCTAssertTrue("\(error)".contains("limit"), "\(error)")
        }
        XCTAssertThrowsError(try archive.read("word/document.xml", maxSize: 64 << 20, maxRatio: 100)) { error in
            XCTAssertTrue("\(error)".contains("limit"), "\(error)")
        }
        XCTAssertLessThan(Date().timeIntervalSince(start), 10)
    }

    func testZipEntriesStoredDeflatedAndZip64() throws {
        for name in ["plain.zip", "zip64.zip"] {
            let archive = try ZipArchive(bytes: try bytes(name))
            XCTAssertEqual(archive.entryNames, ["stored.txt", "word/document.xml"], name)
            XCTAssertEqual(try archive.read("stored.txt"), try bytes("short.bin"), name)
            XCTAssertEqual(try archive.read("word/document.xml"), try bytes("text.bin"), name)
            XCTAssertThrowsError(try archive.read("missing.xml"))
        }
    }

    func testDamagedArchivesThrowClearly() throws {
        let good = try bytes("plain.zip")
        XCTAssertThrowsError(try ZipArchive(bytes: Array("not a zip at all, just text".utf8)))
        XCTAssertThrowsError(try ZipArchive(bytes: Array(good.prefix(good.count / 2))))
        // A flipped byte in the stored entry's data fails the CRC check.
        var flipped = good
        let marker = Array("Urges Member".utf8)
        if let at = (0..<(flipped.count - marker.count)).first(where: { Array(flipped[$0..<($0 + marker.count)]) == marker }) {
            flipped[at] ^= 0x20
        }
        let archive = try ZipArchive(bytes: flipped)
        XCTAssertThrowsError(try archive.read("stored.txt")) { XCTAssertTrue("\($0)".contains("CRC")) }
        // Every truncation is an error, never a crash.
        for length in stride(from: 0, to: good.count, by: 211) {
            if let archive = try? ZipArchive(bytes: Array(good[0..<length])) { _ = try? archive.read("word/document.xml") }
        }
        XCTAssertEqual(CRC32.checksum(Array("123456789".utf8)), 0xCBF43926)
    }
}
