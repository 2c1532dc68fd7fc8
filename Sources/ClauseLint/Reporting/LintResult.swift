/// What a run found in one file.
public struct FileResult: Sendable {
    public var path: String
    public var format: DocumentFormat?
    public var resolutions: Int
    public var diagnostics: [Diagnostic]
    /// What cross-document rules kept of the file, by rule id.
    public var digests: [String: any Sendable]
    /// The text and resolution starts, for the HTML report.
    public var outline: SourceOutline?

    public init(path: String, format: DocumentFormat?, resolutions: Int, diagnostics: [Diagnostic],
                digests: [String: any Sendable] = [:]) {
        self.path = path
        self.format = format
        self.resolutions = resolutions
        self.diagnostics = diagnostics
        self.digests = digests
    }
}

/// Counts by severity over a run.
public struct Summary: Sendable, Equatable {
    public var files = 0
    public var errors = 0
    public var warnings = 0
    public var infos = 0

    public var total: Int { errors + warnings + infos }

    public init(_ results: [FileResult]) {
        files = results.count
        for result in results {
            for diagnostic in result.diagnostics {
                switch diagnostic.severity {
                case .error: errors += 1
                case .warning: warnings += 1
                case .info: infos += 1
                }
            }
        }
    }
}

/// Writes a run's results in one output format.
public protocol Reporter {
    func report(_ results: [FileResult], rules: [RuleDescription]) -> String
}
