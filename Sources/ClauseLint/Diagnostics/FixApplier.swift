/// Applies the edits of fixes to a source, back to front, skipping any edit that
/// overlaps one already taken (the next lint pass will offer it again).
public enum FixApplier {
    public struct Result: Sendable {
        public var bytes: [UInt8]
        public var applied: Int
        public var skipped: Int
    }

    public static func apply(_ fixes: [Fix], to bytes: [UInt8]) -> Result {
        // Take whole fixes in source order; a fix whose edits collide with a taken one is skipped.
        let ordered = fixes.sorted { ($0.edits.map(\.range.lowerBound).min() ?? 0) < ($1.edits.map(\.range.lowerBound).min() ?? 0) }
        var taken: [TextEdit] = []
        var applied = 0, skipped = 0
        for fix in ordered {
            let valid = fix.edits.allSatisfy { $0.range.lowerBound >= 0 && $0.range.upperBound <= bytes.count }
            let collides = fix.edits.contains { edit in taken.contains { overlaps($0.range, edit.range) } }
            if valid && !collides {
                taken.append(contentsOf: fix.edits)
                applied += 1
            } else {
                skipped += 1
            }
        }
        var output = bytes
        for edit in taken.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
            output.replaceSubrange(edit.range, with: Array(edit.replacement.utf8))
        }
        return Result(bytes: output, applied: applied, skipped: skipped)
    }

    /// Insertions at the same point collide; an insertion at a range's edge does not.
    static func overlaps(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
        if a.isEmpty && b.isEmpty { return a.lowerBound == b.lowerBound }
        if a.isEmpty { return a.lowerBound > b.lowerBound && a.lowerBound < b.upperBound }
        if b.isEmpty { return b.lowerBound > a.lowerBound && b.lowerBound < a.upperBound }
        return a.overlaps(b)
    }
}
