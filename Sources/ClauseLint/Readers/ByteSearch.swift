import Foundation

/// Byte searches for the hot paths of the readers: the C library's `memchr`, which
/// scans many bytes per instruction, where a Swift loop checks one byte at a time.
public enum ByteSearch {
    /// The first offset in `range` holding `byte`, or nil.
    public static func firstIndex(of byte: UInt8, in bytes: [UInt8], range: Range<Int>) -> Int? {
        guard !range.isEmpty else { return nil }
        return bytes.withUnsafeBufferPointer { buffer -> Int? in
            guard let base = buffer.baseAddress, let found = memchr(base + range.lowerBound, Int32(byte), range.count) else { return nil }
            return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }
    }

    /// True when every byte of `bytes` is ASCII, checked eight bytes at a time.
    public static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        var index = 0
        while index + 8 <= bytes.count {
            if raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & ByteLanes.highBits != 0 { return false }
            index += 8
        }
        while index < bytes.count { if bytes[index] >= 0x80 { return false }; index += 1 }
        return true
    }
}
