/// The stable JSON format of SPEC §6, keys in a fixed order.
/// Written straight to bytes: a `JSONWriter.Value` tree per diagnostic cost ten allocations each.
public struct JSONReporter: Reporter {
    public var version: String

    public init(version: String) {
        self.version = version
    }

    public func report(_ results: [FileResult], rules: [RuleDescription]) -> String {
        let summary = Summary(results)
        // Each file's part is written on its own thread, at its depth in the whole (2).
        let files = Parallel.map(count: results.count) { index in Self.file(results[index]) }
        var writer = JSONByteWriter(capacity: files.reduce(256) { $0 + $1.count + 8 })
        writer.beginObject()
        writer.key("tool"); writer.string("clauselint")
        writer.key("version"); writer.string(version)
        writer.key("files"); writer.beginArray()
        for file in files {
            writer.item(); writer.raw(file)
        }
        writer.endArray()
        writer.key("summary"); writer.beginObject()
        writer.key("files"); writer.int(summary.files)
        writer.key("errors"); writer.int(summary.errors)
        writer.key("warnings"); writer.int(summary.warnings)
        writer.key("infos"); writer.int(summary.infos)
        writer.endObject()
        writer.endObject()
        writer.raw([0x0A])  // the report ends with a newline
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    /// The member names of a file (depth 3) and of a diagnostic (depth 5), laid out once.
    private static let fileKeys = FileKeys()

    private struct FileKeys {
        let path = JSONByteWriter.Key("path", depth: 3)
        let format = JSONByteWriter.Key("format", depth: 3)
        let resolutions = JSONByteWriter.Key("resolutions", depth: 3)
        let diagnostics = JSONByteWriter.Key("diagnostics", depth: 3)
        let rule = JSONByteWriter.Key("rule", depth: 5)
        let severity = JSONByteWriter.Key("severity", depth: 5)
        let message = JSONByteWriter.Key("message", depth: 5)
        let line = JSONByteWriter.Key("line", depth: 5)
        let column = JSONByteWriter.Key("column", depth: 5)
        let endLine = JSONByteWriter.Key("endLine", depth: 5)
        let endColumn = JSONByteWriter.Key("endColumn", depth: 5)
        let clause = JSONByteWriter.Key("clause", depth: 5)
        let fixable = JSONByteWriter.Key("fixable", depth: 5)
        let printedLine = JSONByteWriter.Key("printedLine", depth: 5)
        /// Each severity as a JSON string, laid out once.
        let info = quoted(.info), warning = quoted(.warning), error = quoted(.error)

        func severity(_ severity: Severity) -> [UInt8] {
            switch severity {
            case .info: return info
            case .warning: return warning
            case .error: return error
            }
        }

        private static func quoted(_ severity: Severity) -> [UInt8] {
            var bytes: [UInt8] = []
            JSONWriter.appendQuoted(severity.rawValue, to: &bytes)
            return bytes
        }
    }

    private static func file(_ result: FileResult) -> [UInt8] {
        let keys = fileKeys
        // About 300 bytes a diagnostic: reserved once instead of growing step by step.
        var writer = JSONByteWriter(depth: 2, capacity: 256 + 320 * result.diagnostics.count)
        writer.beginObject()
        writer.key(keys.path); writer.string(result.path)
        writer.key(keys.format); writer.string(result.format?.rawValue)
        writer.key(keys.resolutions); writer.int(result.resolutions)
        writer.key(keys.diagnostics); writer.beginArray()
        for diagnostic in result.diagnostics {
            writer.item(); write(diagnostic, keys, to: &writer)
        }
        writer.endArray()
        writer.endObject()
        return writer.bytes
    }

    private static func write(_ diagnostic: Diagnostic, _ keys: FileKeys, to writer: inout JSONByteWriter) {
        writer.beginObject()
        writer.key(keys.rule); writer.string(diagnostic.rule)
        writer.key(keys.severity); writer.raw(keys.severity(diagnostic.severity))
        writer.key(keys.message); writer.string(diagnostic.message)
        writer.key(keys.line); writer.int(diagnostic.start.line)
        writer.key(keys.column); writer.int(diagnostic.start.column)
        writer.key(keys.endLine); writer.int(diagnostic.end.line)
        writer.key(keys.endColumn); writer.int(diagnostic.end.column)
        writer.key(keys.clause); writer.string(diagnostic.clause)
        writer.key(keys.fixable); writer.bool(diagnostic.isFixable)
        if let printed = diagnostic.printedLine { writer.key(keys.printedLine); writer.int(printed) }
        writer.endObject()
    }
}
