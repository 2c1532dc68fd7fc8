import XCTest
@testable import ClauseLint

/// Every classification of eight bytes at once agrees with a byte-by-byte test, for every
/// byte value in every position.
final class ByteLanesTests: XCTestCase {
    func testFlagsAgreeWithBytes() {
        var generator = SystemRandomNumberGenerator()
        for round in 0..<4096 {
            var bytes = (0..<8).map { _ in UInt8.random(in: 0...255, using: &generator) }
            bytes[round % 8] = UInt8(round % 256)   // every value in every place
            let lanes = bytes.withUnsafeBufferPointer { ByteLanes.load($0, 0) }
            func flags(_ test: (UInt8) -> Bool) -> UInt64 {
                bytes.enumerated().reduce(0) { $0 | (test($1.element) ? 0x80 << UInt64(8 * $1.offset) : 0) }
            }
            for probe: UInt8 in [0x00, 0x0A, 0x20, 0x2A, 0x7F, 0x80, 0xC2, 0xFF] {
                XCTAssertEqual(ByteLanes.equal(lanes, probe), flags { $0 == probe }, "\(bytes) == \(probe)")
            }
            XCTAssertEqual(ByteLanes.below(lanes, 0x20), flags { $0 < 0x20 }, "\(bytes)")
            XCTAssertEqual(ByteLanes.below(lanes, 0x80), flags { $0 < 0x80 }, "\(bytes)")
            XCTAssertEqual(ByteLanes.inRange(lanes, 0x41, 0x5A), flags { $0 >= 0x41 && $0 <= 0x5A }, "\(bytes)")
            XCTAssertEqual(ByteLanes.count(flags { $0 >= 0x80 }), bytes.filter { $0 >= 0x80 }.count)
        }
    }
}
