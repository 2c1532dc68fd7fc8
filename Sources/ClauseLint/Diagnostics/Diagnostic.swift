/// One finding: which rule, how serious, what and where.
public struct Diagnostic: Sendable, Equatable, Hashable {
    public var rule: String
    public var severity: Severity
    public var message: String
    public var path: String
    /// Byte range in the source.
    public var range: Range<Int>
    public var start: SourceLocation
    public var end: SourceLocation
    /// The line number printed in the margin of the input, when it had them.
    public var printedLine: Int?
    /// `operative 2(a)`, `preambular 3`, or nil outside clauses.
    public var clause: String?
    public var fix: Fix?
    /// Text that identifies the finding across edits (the clause text), for baselines.
    public var context: String?

    public init(rule: String, severity: Severity, message: String, path: String, range: Range<Int>,
                start: SourceLocation, end: SourceLocation, printedLine: Int? = nil,
                clause: String? = nil, fix: Fix? = nil, context: String? = nil) {
        self.rule = rule
        self.severity = severity
        self.message = message
        self.path = path
        self.range = range
        self.start = start
        self.end = end
        self.printedLine = printedLine
        self.clause = clause
        self.fix = fix
        self.context = context
    }

    public var isFixable: Bool { fix != nil }

    /// Sort order: by position, then rule id, then message.
    public static func ordered(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
        if a.start != b.start { return a.start < b.start }
        if a.rule != b.rule { return a.rule < b.rule }
        return a.message < b.message
    }
}
