import Foundation

/// SARIF 2.1.0, as GitHub code scanning and other viewers read it: one run, the rules in
/// `tool.driver.rules`, one result per finding with its region (columns in Unicode code
/// points, as clauselint counts them) and, where it has one, its fix as byte replacements.
public struct SARIFReporter: Reporter {
    public var version: String
    public static let informationURI = "https://github.com/clauselint/clauselint"

    public init(version: String) {
        self.version = version
    }

    public func report(_ results: [FileResult], rules: [RuleDescription]) -> String {
        var described = rules
        for pseudo in ToolFindings.all where !described.contains(where: { $0.id == pseudo.id }) { described.append(pseudo) }
        var ruleIndex: [String: Int] = [:]
        for (index, rule) in described.enumerated() { ruleIndex[rule.id] = index }
        let findings = results.flatMap { result in result.diagnostics.map { self.result($0, ruleIndex: ruleIndex) } }
        let run: JSONWriter.Value = .object([
            ("tool", .object([("driver", .object([
                ("name", .string("clauselint")),
                ("version", .string(version)),
                ("semanticVersion", .string(version)),
                ("informationUri", .string(Self.informationURI)),
                ("rules", .array(described.map(rule))),
            ]))])),
            ("columnKind", .string("unicodeCodePoints")),
            ("results", .array(findings)),
        ])
        let log: JSONWriter.Value = .object([
            ("$schema", .string("https://json.schemastore.org/sarif-2.1.0.json")),
            ("version", .string("2.1.0")),
            ("runs", .array([run])),
        ])
        return JSONWriter.serialize(log) + "\n"
    }

    private func rule(_ description: RuleDescription) -> JSONWriter.Value {
        var help = description.explanation
        if !description.triggering.isEmpty {
            help += "\n\nExample of what it flags:\n\n" + description.triggering[0].replacingOccurrences(of: "↓", with: "")
        }
        return .object([
            ("id", .string(description.id)),
            ("name", .string(Self.pascalCase(description.name))),
            ("shortDescription", .object([("text", .string(description.summary))])),
            ("fullDescription", .object([("text", .string(description.explanation))])),
            ("help", .object([("text", .string(help))])),
            ("defaultConfiguration", .object([
                ("enabled", .bool(description.enabledByDefault)),
                ("level", .string(Self.level(description.defaultSeverity))),
            ])),
        ])
    }

    private func result(_ diagnostic: Diagnostic, ruleIndex: [String: Int]) -> JSONWriter.Value {
        let uri = Self.uri(diagnostic.path)
        var members: [(String, JSONWriter.Value)] = [("ruleId", .string(diagnostic.rule))]
        if let index = ruleIndex[diagnostic.rule] { members.append(("ruleIndex", .int(index))) }
        members.append(("level", .string(Self.level(diagnostic.severity))))
        members.append(("message", .object([("text", .string(diagnostic.message))])))
        members.append(("locations", .array([.object([("physicalLocation", .object([
            ("artifactLocation", .object([("uri", .string(uri))])),
            ("region", .object([
                ("startLine", .int(diagnostic.start.line)),
                ("startColumn", .int(diagnostic.start.column)),
                ("endLine", .int(diagnostic.end.line)),
                ("endColumn", .int(diagnostic.end.column)),
            ])),
        ]))])])))
        // Stable across edits elsewhere in the file, so code scanning tracks a finding as it moves.
        members.append(("partialFingerprints", .object([("clauseHash/v1", .string(BaselineKey(diagnostic).fingerprint))])))
        if let clause = diagnostic.clause { members.append(("properties", .object([("clause", .string(clause))]))) }
        if let fix = diagnostic.fix, !fix.edits.isEmpty {
            let replacements: [JSONWriter.Value] = fix.edits.map { edit in
                .object([
                    ("deletedRegion", .object([("byteOffset", .int(edit.range.lowerBound)), ("byteLength", .int(edit.range.count))])),
                    ("insertedContent", .object([("text", .string(edit.replacement))])),
                ])
            }
            members.append(("fixes", .array([.object([
                ("description", .object([("text", .string(fix.description))])),
                ("artifactChanges", .array([.object([
                    ("artifactLocation", .object([("uri", .string(uri))])),
                    ("replacements", .array(replacements)),
                ])])),
            ])])))
        }
        return .object(members)
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .info: return "note"
        }
    }

    /// `opening italic` → `OpeningItalic`, the SARIF convention for rule names.
    static func pascalCase(_ name: String) -> String {
        name.split { !$0.isLetter && !$0.isNumber }.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    /// A relative path stays relative (resolved against the checkout); an absolute one becomes a file URI.
    static func uri(_ path: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "?#[]@!$&'()*+,;=")
        let encoded = path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
        return path.hasPrefix("/") ? "file://" + encoded : encoded
    }
}
