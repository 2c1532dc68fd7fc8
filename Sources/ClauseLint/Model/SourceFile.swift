import Foundation

/// A document's text as UTF-8 bytes with a table of line starts, so that any byte
/// offset converts to a 1-based line and a 1-based column counted in Unicode scalars.
public struct SourceFile: Sendable {
    /// The path as given on the command line (or `-` for standard input).
    public let path: String
    /// The text, valid UTF-8 (invalid input is repaired by the reader before it gets here).
    public let bytes: [UInt8]
    /// Byte offset of the first byte of every line.
    public let lineStarts: [Int]
    /// Scalars before each block of `blockSize` bytes, then the total: a column is found by
    /// scanning at most one block from each end, not the whole line (linear time overall).
    /// A block whose count equals its length has no continuation bytes, and needs no scan.
    let scalarsBeforeBlock: [Int]
    /// Small enough that a column in text with a few accents scans little, large enough that
    /// the table costs about 3% of the file.
    static let blockSize = 256
    /// True when no byte is 0x80 or above: such text needs no UTF-8 validation.
    let isASCII: Bool

    public init(path: String, bytes: [UInt8]) {
        // With no limit the scan always finishes.
        self.init(path: path, bytes: bytes, lineLimit: .max)!
    }

    /// Nil when `bytes` hold more than `lineLimit` line breaks: the scan stops soon after
    /// the limit, before its table of line starts grows with the file.
    init?(path: String, bytes: [UInt8], lineLimit: Int) {
        var starts = [0]
        starts.reserveCapacity(bytes.count / 40 + 1)
        var blocks: [Int] = []
        blocks.reserveCapacity(bytes.count / Self.blockSize + 2)
        var scalars = 0
        var highBits: UInt64 = 0
        let finished = bytes.withUnsafeBufferPointer { buffer -> Bool in
            guard let base = buffer.baseAddress else { return true }
            // The line breaks, found by the C library's memchr (many bytes per instruction).
            var offset = 0
            while offset < buffer.count, let found = memchr(base + offset, 0x0A, buffer.count - offset) {
                offset = base.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
                starts.append(offset)
                if starts.count - 1 > lineLimit { return false }
            }
            // The scalars before each block: its bytes less its continuation bytes (10xxxxxx),
            // counted eight bytes at a time, and only where some byte has its high bit set.
            let raw = UnsafeRawPointer(base)
            var index = 0
            while index < buffer.count {
                blocks.append(scalars)
                let blockEnd = min(index + Self.blockSize, buffer.count)
                var continuations = 0
                scalars += blockEnd - index
                while index + 8 <= blockEnd {
                    // Sixty-four ASCII bytes (nearly all text) are passed with one test, on
                    // sixteen bytes at a time in vector registers.
                    if index + 64 <= blockEnd {
                        let any = raw.loadUnaligned(fromByteOffset: index, as: SIMD2<UInt64>.self)
                            | raw.loadUnaligned(fromByteOffset: index + 16, as: SIMD2<UInt64>.self)
                            | raw.loadUnaligned(fromByteOffset: index + 32, as: SIMD2<UInt64>.self)
                            | raw.loadUnaligned(fromByteOffset: index + 48, as: SIMD2<UInt64>.self)
                        if (any[0] | any[1]) & ByteLanes.highBits == 0 {
                            index += 64
                            continue
                        }
                    }
                    let word = ByteLanes.load(raw, index)
                    let high = word & ByteLanes.highBits
                    if high != 0 {
                        highBits |= high
                        // Bit 7 set and bit 6 clear: shifting left by one brings bit 6 under bit 7.
                        continuations += ByteLanes.count(high & ~(word << 1))
                    }
                    index += 8
                }
                while index < blockEnd {
                    let byte = buffer[index]
                    highBits |= UInt64(byte & 0x80)
                    if byte & 0xC0 == 0x80 { continuations += 1 }
                    index += 1
                }
                scalars -= continuations
            }
            return true
        }
        guard finished else { return nil }
        blocks.append(scalars)
        self.path = path
        self.bytes = bytes
        self.lineStarts = starts
        self.scalarsBeforeBlock = blocks
        self.isASCII = highBits == 0
    }

    /// Unicode scalars that start before byte `offset`.
    func scalars(before offset: Int) -> Int {
        let block = offset / Self.blockSize
        guard block + 1 < scalarsBeforeBlock.count else { return scalarsBeforeBlock.last ?? 0 }
        let blockStart = block * Self.blockSize
        let before = scalarsBeforeBlock[block]
        if scalarsBeforeBlock[block + 1] - before == min(Self.blockSize, bytes.count - blockStart) {
            return before + (offset - blockStart)
        }
        return before + scalarCount(blockStart..<offset)
    }

    /// Unicode scalars that start in `range`: its bytes less the continuation bytes
    /// (10xxxxxx), counted eight bytes at a time.
    func scalarCount(_ range: Range<Int>) -> Int {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, range.lowerBound >= 0, range.upperBound <= buffer.count else { return 0 }
            let raw = UnsafeRawPointer(base)
            var continuations = 0
            var index = range.lowerBound
            while index + 8 <= range.upperBound {
                let word = ByteLanes.load(raw, index)
                // Bit 7 set and bit 6 clear: shifting left by one brings bit 6 under bit 7.
                continuations += ByteLanes.count(word & ~(word << 1) & ByteLanes.highBits)
                index += 8
            }
            while index < range.upperBound {
                if buffer[index] & 0xC0 == 0x80 { continuations += 1 }
                index += 1
            }
            return range.count - continuations
        }
    }

    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    public var text: String { String(decoding: bytes, as: UTF8.self) }
    public var lineCount: Int { lineStarts.count }

    /// The 0-based line index that holds `offset`.
    public func lineIndex(of offset: Int) -> Int {
        let last = lineStarts.count - 1
        guard last > 0, offset > 0 else { return 0 }
        // A first guess in proportion to the offset: the lines of a draft are of similar
        // length, so the answer is a step or two away. Steps that double from there bound
        // it, and a binary search in the bounds finds it.
        var low = min(last, Int(Double(min(offset, bytes.count)) / Double(max(bytes.count, 1)) * Double(last)))
        var high = low
        var step = 1
        if lineStarts[low] <= offset {
            high = min(low + 1, last)
            while high < last, lineStarts[high] <= offset {
                low = high
                step *= 2
                high = min(high + step, last)
            }
        } else {
            high = low - 1
            low = high
            while low > 0, lineStarts[low] > offset {
                high = low - 1
                step *= 2
                low = max(low - step, 0)
            }
        }
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// The 1-based line and scalar column of a byte offset.
    public func location(of offset: Int) -> SourceLocation {
        let clamped = max(0, min(offset, bytes.count))
        let line = lineIndex(of: clamped)
        let column = scalars(before: clamped) - scalars(before: lineStarts[line])
        return SourceLocation(line: line + 1, column: column + 1)
    }

    /// The locations of both ends of `range`, as `location(of:)` gives them: when both are
    /// on one line (nearly every clause), its line is looked up and its start counted once.
    public func locations(of range: Range<Int>) -> (start: SourceLocation, end: SourceLocation) {
        let lower = max(0, min(range.lowerBound, bytes.count))
        let upper = max(0, min(range.upperBound, bytes.count))
        let line = lineIndex(of: lower)
        let sameLine = upper >= lower && (line + 1 == lineStarts.count || upper < lineStarts[line + 1])
        guard sameLine else { return (location(of: lower), location(of: upper)) }
        let lineStart = lineStarts[line]
        if isASCII {
            return (SourceLocation(line: line + 1, column: lower - lineStart + 1),
                    SourceLocation(line: line + 1, column: upper - lineStart + 1))
        }
        let beforeLine = scalars(before: lineStart)
        return (SourceLocation(line: line + 1, column: scalars(before: lower) - beforeLine + 1),
                SourceLocation(line: line + 1, column: scalars(before: upper) - beforeLine + 1))
    }

    /// The bytes of the 0-based line `index`, without its line break.
    public func lineRange(_ index: Int) -> Range<Int> {
        let start = lineStarts[index]
        var end = index + 1 < lineStarts.count ? lineStarts[index + 1] - 1 : bytes.count
        if end > start, bytes[end - 1] == 0x0D { end -= 1 }
        return start..<max(start, end)
    }

    public func string(_ range: Range<Int>) -> String {
        let lower = max(0, min(range.lowerBound, bytes.count))
        let upper = max(lower, min(range.upperBound, bytes.count))
        return String(decoding: bytes[lower..<upper], as: UTF8.self)
    }
}

/// A 1-based line and column (column in Unicode scalars).
public struct SourceLocation: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public init(line: Int, column: Int) { self.line = line; self.column = column }
    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        a.line != b.line ? a.line < b.line : a.column < b.column
    }
    public var description: String { "\(line):\(column)" }
}
