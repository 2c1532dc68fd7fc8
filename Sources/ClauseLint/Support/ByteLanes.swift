/// Eight bytes of text classified at once in one `UInt64`: the hot scans of the readers
/// and the rules pass over blocks of eight bytes that hold nothing of interest (no capital,
/// no markup, no line break) with a few operations instead of eight comparisons.
///
/// A class is returned as flags, the high bit of each byte that belongs to it (byte
/// `i` of the text is bits `8i..<8i+8`, whatever the machine's byte order). Every step keeps
/// each byte below 0x100, so no carry crosses into the next byte and every flag is exact.
public enum ByteLanes {
    public static let highBits: UInt64 = 0x8080_8080_8080_8080
    public static let lowBits: UInt64 = 0x7F7F_7F7F_7F7F_7F7F

    /// The eight bytes from `offset` (which must leave eight bytes in `bytes`).
    @inlinable @inline(__always)
    public static func load(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int) -> UInt64 {
        load(UnsafeRawPointer(bytes.baseAddress!), offset)
    }

    /// The eight bytes from `offset` of raw memory.
    @inlinable @inline(__always)
    public static func load(_ bytes: UnsafeRawPointer, _ offset: Int) -> UInt64 {
        UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }

    /// The same byte in all eight places.
    @inlinable @inline(__always)
    public static func repeated(_ byte: UInt8) -> UInt64 { UInt64(byte) &* 0x0101_0101_0101_0101 }

    /// Flags of the ASCII bytes from `low` through `high` (both below 0x80).
    @inlinable @inline(__always)
    public static func inRange(_ lanes: UInt64, _ low: UInt8, _ high: UInt8) -> UInt64 {
        let ascii = lanes & lowBits
        let atLeastLow = ascii &+ repeated(0x80 - low)     // high bit: ascii >= low
        let atMostHigh = repeated(0x80 + high) &- ascii    // high bit: ascii <= high
        return atLeastLow & atMostHigh & ~lanes & highBits
    }

    /// Flags of the bytes below `bound` (at most 0x80).
    @inlinable @inline(__always)
    public static func below(_ lanes: UInt64, _ bound: UInt8) -> UInt64 {
        ~((lanes & lowBits) &+ repeated(0x80 - bound)) & ~lanes & highBits
    }

    /// Flags of the bytes equal to `byte` (any byte): the zero bytes of `lanes ^ byte…`.
    @inlinable @inline(__always)
    public static func equal(_ lanes: UInt64, _ byte: UInt8) -> UInt64 {
        let difference = lanes ^ repeated(byte)
        return ~(((difference & lowBits) &+ lowBits) | difference) & highBits
    }

    /// How many flags are set, summed by one multiplication into the top byte (baseline
    /// x86-64 has no population-count instruction).
    @inlinable @inline(__always)
    public static func count(_ flags: UInt64) -> Int { Int(((flags >> 7) &* 0x0101_0101_0101_0101) >> 56) }

    /// The position (0-7) of the first flag; `flags` must not be zero.
    @inlinable @inline(__always)
    public static func first(_ flags: UInt64) -> Int { flags.trailingZeroBitCount / 8 }
}
