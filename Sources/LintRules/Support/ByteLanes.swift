/// Eight bytes of text classified at once in one `UInt64`: the hot scans of the prose
/// rules pass over blocks of eight bytes that hold nothing of interest (no capital, no
/// digit, no `r`) with a few operations instead of eight comparisons.
///
/// A class is returned as flags, the high bit of each byte that belongs to it (byte
/// `i` of the text is bits `8i..<8i+8`, whatever the machine's byte order). Every step keeps
/// each byte below 0x100, so no carry crosses into the next byte and every flag is exact.
enum ByteLanes {
    static let highBits: UInt64 = 0x8080_8080_8080_8080
    static let lowBits: UInt64 = 0x7F7F_7F7F_7F7F_7F7F

    /// The eight bytes from `offset` (which must leave eight bytes in `bytes`).
    @inline(__always)
    static func load(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress!).loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }

    /// The same byte in all eight places.
    @inline(__always)
    static func repeated(_ byte: UInt8) -> UInt64 { UInt64(byte) &* 0x0101_0101_0101_0101 }

    /// Flags of the ASCII bytes from `low` through `high` (both below 0x80).
    @inline(__always)
    static func inRange(_ lanes: UInt64, _ low: UInt8, _ high: UInt8) -> UInt64 {
        let ascii = lanes & lowBits
        let atLeastLow = ascii &+ repeated(0x80 - low)     // high bit: ascii >= low
        let atMostHigh = repeated(0x80 + high) &- ascii    // high bit: ascii <= high
        return atLeastLow & atMostHigh & ~lanes & highBits
    }

    /// Flags of the bytes equal to `byte` (below 0x80).
    @inline(__always)
    static func equal(_ lanes: UInt64, _ byte: UInt8) -> UInt64 { inRange(lanes, byte, byte) }

    /// The position (0-7) of the first flag; `flags` must not be zero.
    @inline(__always)
    static func first(_ flags: UInt64) -> Int { flags.trailingZeroBitCount / 8 }
}
