/// How serious a finding is. Errors fail the run (exit 1).
public enum Severity: String, Sendable, Comparable, CaseIterable, Codable {
    case info, warning, error

    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
    private var rank: Int { self == .info ? 0 : self == .warning ? 1 : 2 }
}
