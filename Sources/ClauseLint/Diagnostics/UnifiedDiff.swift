/// A unified diff of two texts by lines (Myers' algorithm), for `--fix-dry-run`.
public enum UnifiedDiff {
    public static func render(old: String, new: String, path: String, context: Int = 3) -> String {
        let a = old.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let b = new.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let script = editScript(a, b)
        guard script.contains(where: { $0.kind != .same }) else { return "" }
        var output = "--- \(path)\n+++ \(path)\n"
        var index = 0
        while index < script.count {
            guard let firstChange = script[index...].firstIndex(where: { $0.kind != .same }) else { break }
            var hunkStart = max(index, firstChange - context)
            if hunkStart < index { hunkStart = index }
            var hunkEnd = firstChange
            // Extend the hunk while changes are closer than 2 × context.
            var lastChange = firstChange
            var cursor = firstChange
            while cursor < script.count {
                if script[cursor].kind != .same { lastChange = cursor }
                if cursor - lastChange > 2 * context { break }
                cursor += 1
            }
            hunkEnd = min(script.count, lastChange + context + 1)
            let slice = script[hunkStart..<hunkEnd]
            let oldStart = (slice.first?.oldLine ?? 0) + 1
            let newStart = (slice.first?.newLine ?? 0) + 1
            let oldCount = slice.filter { $0.kind != .insert }.count
            let newCount = slice.filter { $0.kind != .delete }.count
            output += "@@ -\(oldStart),\(oldCount) +\(newStart),\(newCount) @@\n"
            for line in slice {
                switch line.kind {
                case .same: output += " \(a[line.oldLine])\n"
                case .delete: output += "-\(a[line.oldLine])\n"
                case .insert: output += "+\(b[line.newLine])\n"
                }
            }
            index = hunkEnd
        }
        return output
    }

    struct Line {
        enum Kind { case same, delete, insert }
        var kind: Kind
        var oldLine: Int
        var newLine: Int
    }

    static func editScript(_ a: [String], _ b: [String]) -> [Line] {
        let n = a.count, m = b.count
        let maxD = n + m
        var v = [Int](repeating: 0, count: 2 * maxD + 2)
        var trace: [[Int]] = []
        let offset = maxD + 1
        outer: for d in 0...maxD {
            trace.append(v)
            for k in stride(from: -d, through: d, by: 2) {
                var x = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])) ? v[offset + k + 1] : v[offset + k - 1] + 1
                var y = x - k
                while x < n, y < m, a[x] == b[y] { x += 1; y += 1 }
                v[offset + k] = x
                if x >= n, y >= m { trace.append(v); break outer }
            }
        }
        // Walk back through the trace to recover the script.
        var lines: [Line] = []
        var x = n, y = m
        for d in stride(from: trace.count - 2, through: 0, by: -1) {
            let v = trace[d]
            let k = x - y
            let previousK = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])) ? k + 1 : k - 1
            let previousX = v[offset + previousK]
            let previousY = previousX - previousK
            while x > previousX, y > previousY { x -= 1; y -= 1; lines.append(Line(kind: .same, oldLine: x, newLine: y)) }
            if d > 0 {
                if x == previousX { y -= 1; lines.append(Line(kind: .insert, oldLine: x, newLine: y)) }
                else { x -= 1; lines.append(Line(kind: .delete, oldLine: x, newLine: y)) }
            }
        }
        while x > 0, y > 0 { x -= 1; y -= 1; lines.append(Line(kind: .same, oldLine: x, newLine: y)) }
        return lines.reversed()
    }
}
