/// The stable JSON format of SPEC §6, keys in a fixed order.
public struct JSONReporter: Reporter {
    public var version: String

    public init(version: String) {
        self.version = version
    }

    public func report(_ results: [FileResult], rules: [RuleDescription]) -> String {
        let summary = Summary(results)
        // Each file's part is written on its own thread, at its depth in the whole (2).
        let files = Parallel.map(count: results.count) { index in JSONWriter.serializedBytes(Self.file(results[index]), indent: 2) }
        let value: JSONWriter.Value = .object([
            ("tool", .string("clauselint")),
            ("version", .string(version)),
            ("files", .array(files.map { .raw($0) })),
            ("summary", .object([
                ("files", .int(summary.files)),
                ("errors", .int(summary.errors)),
                ("warnings", .int(summary.warnings)),
                ("infos", .int(summary.infos)),
            ])),
        ])
        return JSONWriter.serialize(value) + "\n"
    }

    private static func file(_ result: FileResult) -> JSONWriter.Value {
        .object([
            ("path", .string(result.path)),
            ("format", result.format.map { .string($0.rawValue) } ?? .null),
            ("resolutions", .int(result.resolutions)),
            ("diagnostics", .array(result.diagnostics.map(diagnostic))),
        ])
    }

    private static func diagnostic(_ diagnostic: Diagnostic) -> JSONWriter.Value {
        var members: [(String, JSONWriter.Value)] = [
            ("rule", .string(diagnostic.rule)),
            ("severity", .string(diagnostic.severity.rawValue)),
            ("message", .string(diagnostic.message)),
            ("line", .int(diagnostic.start.line)),
            ("column", .int(diagnostic.start.column)),
            ("endLine", .int(diagnostic.end.line)),
            ("endColumn", .int(diagnostic.end.column)),
            ("clause", diagnostic.clause.map { .string($0) } ?? .null),
            ("fixable", .bool(diagnostic.isFixable)),
        ]
        if let printed = diagnostic.printedLine { members.append(("printedLine", .int(printed))) }
        return .object(members)
    }
}
