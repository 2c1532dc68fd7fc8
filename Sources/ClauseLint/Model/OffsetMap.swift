/// Maps byte offsets in a cleaned text (markup removed, lines joined) back to byte
/// offsets in the original source. Stored as runs of bytes copied verbatim, so a
/// paragraph of 50 MB costs a handful of entries, not one per byte.
///
/// The first three runs are held inline: most paragraphs are a single run, most others two
/// (an italic opening phrase, its markers skipped) or three (a numbered clause's label before
/// that phrase), and then need no array at all; later runs share one array of pairs (one
/// allocation, not two).
public struct OffsetMap: Sendable, Equatable {
    private struct Run: Sendable, Equatable {
        var text: Int
        var source: Int
    }

    /// An inline run not recorded: it starts past every offset, so a look-up needs no other test.
    private static let absent = Run(text: .max, source: 0)

    /// True once a run was recorded (the first run always starts at cleaned offset 0).
    private var hasRuns = false
    /// Source offset of the first run.
    private var firstSource = 0
    /// The second and third runs, or `absent`.
    private var secondRun = absent
    private var thirdRun = absent
    /// The runs after the third, ascending by `text`.
    private var laterRuns: [Run] = []
    /// Length of the cleaned text mapped so far.
    public private(set) var length = 0
    /// The source offset that would continue the last run.
    private var nextSource = -1

    public init() {}

    /// The map of `runs`, where each starts in the text and in the source, the first at
    /// text offset 0, with `length` bytes of text in all. Equal to appending them one by
    /// one (no two may continue each other), with at most one allocation, at the final size.
    init(runs: UnsafeBufferPointer<(text: Int, source: Int)>, length: Int) {
        guard let first = runs.first, let last = runs.last else { return }
        hasRuns = true
        firstSource = first.source
        if runs.count > 1 { secondRun = Run(text: runs[1].text, source: runs[1].source) }
        if runs.count > 2 { thirdRun = Run(text: runs[2].text, source: runs[2].source) }
        if runs.count > 3 {
            // Reserved, not built uninitialized: that initializer is not specialized and
            // looks up the array's type at run time on every call.
            laterRuns.reserveCapacity(runs.count - 3)
            for run in runs.dropFirst(3) { laterRuns.append(Run(text: run.text, source: run.source)) }
        }
        self.length = length
        nextSource = last.source + (length - last.text)
    }

    /// The runs in order, each where it starts in the text and in the source.
    private var runs: [Run] {
        guard hasRuns else { return [] }
        return [Run(text: 0, source: firstSource)] + [secondRun, thirdRun].filter { $0 != Self.absent } + laterRuns
    }

    /// Start of each run in the cleaned text (ascending).
    public var textStarts: [Int] { runs.map(\.text) }
    /// Source offset of the first byte of each run.
    public var sourceStarts: [Int] { runs.map(\.source) }

    /// Makes room for `runs` runs: a reader that knows how many it will append allocates once.
    public mutating func reserveCapacity(_ runs: Int) {
        if runs > 3 { laterRuns.reserveCapacity(runs - 3) }
    }

    /// Records that the next cleaned byte came from `source`.
    @inline(__always)
    public mutating func append(source: Int) {
        // Continuing the current run is the common case: one comparison, no array access.
        if source == nextSource, hasRuns {
            length += 1
            nextSource += 1
            return
        }
        if !hasRuns {
            hasRuns = true
            firstSource = source
        } else if secondRun == Self.absent {
            secondRun = Run(text: length, source: source)
        } else if thirdRun == Self.absent {
            thirdRun = Run(text: length, source: source)
        } else {
            laterRuns.append(Run(text: length, source: source))
        }
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
        guard hasRuns else { return 0 }
        // Every run starts before `length`: past the end, the last run extends.
        let offset = min(offset, length)
        if offset < secondRun.text { return firstSource + offset }
        if offset < thirdRun.text { return secondRun.source + (offset - secondRun.text) }
        guard let fourth = laterRuns.first, fourth.text <= offset else { return thirdRun.source + (offset - thirdRun.text) }
        var low = 0, high = laterRuns.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if laterRuns[mid].text <= offset { low = mid } else { high = mid - 1 }
        }
        return laterRuns[low].source + (offset - laterRuns[low].text)
    }

    /// The source offset of the byte just before cleaned offset `end`, plus one:
    /// the right end of a range whose last byte is `end - 1`.
    public func sourceEnd(_ end: Int) -> Int {
        end <= 0 ? source(0) : source(end - 1) + 1
    }
}
