/// Maps byte offsets in a cleaned text (markup removed, lines joined) back to byte
/// offsets in the original source. Stored as runs of bytes copied verbatim, so a
/// paragraph of 50 MB costs a handful of entries, not one per byte.
public struct OffsetMap: Sendable, Equatable {
    /// Start of each run in the cleaned text (ascending).
    public private(set) var textStarts: [Int] = []
    /// Source offset of the first byte of each run.
    public private(set) var sourceStarts: [Int] = []
    /// Length of the cleaned text mapped so far.
    public private(set) var length = 0
    /// The source offset that would continue the last run.
    private var nextSource = -1

    public init() {}

    /// Makes room for `runs` runs: a reader that knows how many it will append allocates once.
    public mutating func reserveCapacity(_ runs: Int) {
        textStarts.reserveCapacity(runs)
        sourceStarts.reserveCapacity(runs)
    }

    /// Records that the next cleaned byte came from `source`.
    @inline(__always)
    public mutating func append(source: Int) {
        // Continuing the current run is the common case: one comparison, no array access.
        if source == nextSource, !textStarts.isEmpty {
            length += 1
            nextSource += 1
            return
        }
        textStarts.append(length)
        sourceStarts.append(source)
        length += 1
        nextSource = source + 1
    }

    /// Records `count` consecutive bytes copied from `source`.
    public mutating func append(source: Int, count: Int) {
        guard count > 0 else { return }
        append(source: source)
        length += count - 1
        nextSource += count - 1
    }

    /// The source offset of cleaned offset `offset` (the end maps past the last byte).
    public func source(_ offset: Int) -> Int {
        guard !textStarts.isEmpty else { return 0 }
        if offset >= length {
            let last = textStarts.count - 1
            return sourceStarts[last] + (length - textStarts[last])
        }
        var low = 0, high = textStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if textStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return sourceStarts[low] + (offset - textStarts[low])
    }

    /// The source offset of the byte just before cleaned offset `end`, plus one:
    /// the right end of a range whose last byte is `end - 1`.
    public func sourceEnd(_ end: Int) -> Int {
        end <= 0 ? source(0) : source(end - 1) + 1
    }
}
