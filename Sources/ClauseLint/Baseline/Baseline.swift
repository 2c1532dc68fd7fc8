import Foundation

/// Findings recorded on one day of an archive (`--write-baseline`), so that later runs
/// (`--baseline`) report only what is new. A finding matches a recorded one by rule,
/// file and `BaselineKey` fingerprint; each recorded finding absorbs one later finding.
public struct Baseline: Sendable {
    public static let version = 1
    /// How many findings of each key were recorded.
    public private(set) var counts: [BaselineKey: Int] = [:]

    public init(_ results: [FileResult]) {
        for result in results {
            for diagnostic in result.diagnostics { counts[BaselineKey(diagnostic), default: 0] += 1 }
        }
    }

    public struct ReadError: Error, CustomStringConvertible {
        public let description: String
    }

    /// Reads a baseline file written by `render()`.
    public static func load(path: String) throws -> Baseline {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ReadError(description: "cannot read the baseline file \(path)")
        }
        guard let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let findings = root["findings"] as? [[String: Any]] else {
            throw ReadError(description: "\(path) is not a clauselint baseline (write one with --write-baseline)")
        }
        guard (root["version"] as? Int) == version else {
            throw ReadError(description: "\(path): unsupported baseline version (this clauselint writes version \(version))")
        }
        var baseline = Baseline([])
        for finding in findings {
            guard let rule = finding["rule"] as? String, let path = finding["path"] as? String,
                  let fingerprint = finding["fingerprint"] as? String else {
                throw ReadError(description: "\(path): a finding lacks rule, path or fingerprint")
            }
            baseline.counts[BaselineKey(rule: rule, path: path, fingerprint: fingerprint), default: 0] += (finding["count"] as? Int) ?? 1
        }
        return baseline
    }

    /// The baseline as JSON, sorted so that it diffs well under version control.
    public func render() -> String {
        let keys = counts.keys.sorted { ($0.path, $0.rule, $0.fingerprint) < ($1.path, $1.rule, $1.fingerprint) }
        let findings: [JSONWriter.Value] = keys.map { key in
            .object([("path", .string(key.path)), ("rule", .string(key.rule)),
                     ("fingerprint", .string(key.fingerprint)), ("count", .int(counts[key] ?? 1))])
        }
        return JSONWriter.serialize(.object([
            ("tool", .string("clauselint")), ("version", .int(Self.version)), ("findings", .array(findings)),
        ])) + "\n"
    }

    /// Removes the findings the baseline recorded; returns how many were removed.
    @discardableResult
    public func filter(_ results: inout [FileResult]) -> Int {
        var remaining = counts
        var removed = 0
        for index in results.indices {
            results[index].diagnostics.removeAll { diagnostic in
                let key = BaselineKey(diagnostic)
                guard let left = remaining[key], left > 0 else { return false }
                remaining[key] = left - 1
                removed += 1
                return true
            }
        }
        return removed
    }
}
