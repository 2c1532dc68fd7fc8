@testable import LintRules

/// `WordScanner.scan` as it was before its letters' table marked the bytes that continue
/// a word (commit b2b43db): a third table told them apart after each run of letters. Kept
/// as the reference the scan must agree with, word for word, on any text.
enum PreviousWordScanner {
    struct Word: Equatable {
        var range: Range<Int>
        var joined: Bool
        var lettersOnly: Bool
        var hash: UInt64
    }

    static func words(_ bytes: [UInt8]) -> [Word] {
        var found: [Word] = []
        scanTables.withUnsafeBufferPointer { tables in
            bytes.withUnsafeBufferPointer { bytes in
                let count = bytes.count
                var index = 0
                var stop = count - 1
                while stop >= 0, tables[Int(bytes[stop])] != 0 || bytes[stop] == 0x27 || bytes[stop] == 0x2D { stop -= 1 }
                while index < stop {
                    guard let first = firstLetter(bytes[index], tables) else { index &+= 1; continue }
                    let (end, hash, flags) = word(bytes, tables, from: index, first, checked: false)
                    found.append(Word(range: index..<end, joined: flags == joinedFlag, lettersOnly: flags == lettersOnlyFlag, hash: hash))
                    index = end &+ 1
                }
                while index < count {
                    guard let first = firstLetter(bytes[index], tables) else { index &+= 1; continue }
                    let (end, hash, flags) = word(bytes, tables, from: index, first, checked: true)
                    found.append(Word(range: index..<end, joined: flags == joinedFlag, lettersOnly: flags == lettersOnlyFlag, hash: hash))
                    index = end
                }
            }
        }
        return found
    }

    private static func firstLetter(_ byte: UInt8, _ tables: UnsafeBufferPointer<UInt64>) -> (lowered: UInt64, flags: UInt64)? {
        let lowered = tables[lettersTable &+ Int(byte)]
        if lowered != 0 { return (lowered, lettersOnlyFlag) }
        return byte &- 0x30 < 10 ? (UInt64(byte), 0) : nil
    }

    private static func word(_ bytes: UnsafeBufferPointer<UInt8>, _ tables: UnsafeBufferPointer<UInt64>, from start: Int,
                             _ first: (lowered: UInt64, flags: UInt64), checked: Bool) -> (end: Int, hash: UInt64, flags: UInt64) {
        let count = bytes.count
        var index = start
        var hash = lowerHashSeed
        var flags = first.flags
        var lowered = first.lowered
        while true {
            if checked {
                repeat {
                    hash = (hash ^ lowered) &* lowerHashPrime
                    index &+= 1
                    if index >= count { return (index, hash, flags) }
                    lowered = tables[lettersTable &+ Int(bytes[index])]
                } while lowered != 0
            } else {
                while true {
                    hash = (hash ^ lowered) &* lowerHashPrime
                    lowered = tables[lettersTable &+ Int(bytes[index &+ 1])]
                    guard lowered != 0 else { index &+= 1; break }
                    hash = (hash ^ lowered) &* lowerHashPrime
                    lowered = tables[lettersTable &+ Int(bytes[index &+ 2])]
                    guard lowered != 0 else { index &+= 2; break }
                    hash = (hash ^ lowered) &* lowerHashPrime
                    lowered = tables[lettersTable &+ Int(bytes[index &+ 3])]
                    guard lowered != 0 else { index &+= 3; break }
                    hash = (hash ^ lowered) &* lowerHashPrime
                    index &+= 4
                    lowered = tables[lettersTable &+ Int(bytes[index])]
                    guard lowered != 0 else { break }
                }
            }
            let byte = bytes[index]
            guard tables[continuersTable &+ Int(byte)] != 0 else { break }
            if byte &- 0x30 < 10 {
                lowered = UInt64(byte)
                flags &= ~lettersOnlyFlag
                continue
            }
            if checked, index &+ 1 >= count { break }
            lowered = tables[Int(bytes[index &+ 1])]
            guard lowered != 0 else { break }
            hash = (hash ^ UInt64(byte)) &* lowerHashPrime
            flags = joinedFlag
            index &+= 1
        }
        return (index, hash, flags)
    }

    private static let scanTables: [UInt64] = WordScanner.loweredWordBytes
        + WordScanner.loweredWordBytes.enumerated().map { byte, lowered in byte >= 0x30 && byte <= 0x39 ? 0 : lowered }
        + (0...255).map { byte in (byte >= 0x30 && byte <= 0x39) || byte == 0x27 || byte == 0x2D ? 1 : 0 }
    private static let lettersTable = 256
    private static let continuersTable = 512
    private static let lettersOnlyFlag: UInt64 = 1 << 31
    private static let joinedFlag: UInt64 = 1 << 63
    private static let lowerHashSeed: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let lowerHashPrime: UInt64 = 0x100_0000_01b3
}
