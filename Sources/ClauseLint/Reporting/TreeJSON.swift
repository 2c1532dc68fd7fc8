/// The clause tree as JSON (`clauselint tree --format json`), in the shape SPEC §3 fixes.
public enum TreeJSON {
    public static func render(_ document: Document) -> String {
        JSONWriter.serialize(value(document)) + "\n"
    }

    public static func value(_ document: Document) -> JSONWriter.Value {
        .object([
            ("path", .string(document.source.path)),
            ("format", .string(document.format.rawValue)),
            ("emphasis", .string(document.emphasis == .present ? "present" : "absent")),
            ("resolutions", .array(document.resolutions.map { resolution($0, document) })),
            ("prose", .array(document.prose.filter { $0.resolutionIndex == nil }.map { prose($0.block, document) })),
        ])
    }

    static func resolution(_ resolution: Resolution, _ document: Document) -> JSONWriter.Value {
        var members: [(String, JSONWriter.Value)] = []
        func optional(_ key: String, _ value: String?) {
            members.append((key, value.map { .string($0) } ?? .null))
        }
        optional("code", resolution.code)
        optional("committee", resolution.committee)
        optional("topic", resolution.topic)
        optional("sponsors", resolution.sponsors)
        optional("signatories", resolution.signatories)
        optional("body", resolution.body)
        members.append(("line", .int(document.location(of: resolution.startOffset).line)))
        members.append(("numbered", .bool(!resolution.unnumberedOperatives)))
        members.append(("preamble", .array(resolution.preamble.map { clause($0, document) })))
        members.append(("operative", .array(resolution.operative.map { clause($0, document) })))
        members.append(("annexes", .array(resolution.annexes.map { annex in
            .object([
                ("title", .string(annex.title)),
                ("line", .int(document.location(of: annex.offset).line)),
                ("operative", .array(annex.operative.map { clause($0, document) })),
            ])
        })))
        return .object(members)
    }

    static func clause(_ clause: Clause, _ document: Document) -> JSONWriter.Value {
        let start = document.location(of: clause.block.map.source(0))
        var members: [(String, JSONWriter.Value)] = [("kind", .string(clause.kind.rawValue))]
        if clause.kind == .operative {
            members.append(("number", clause.label.map { .string($0.value) } ?? .null))
        } else if clause.kind == .subclause {
            members.append(("label", clause.label.map { .string($0.written) } ?? .null))
        }
        if let label = clause.label { members.append(("labelStyle", .string(label.style.rawValue))) }
        members.append(("opening", clause.opening.map { .string($0.text) } ?? .null))
        members.append(("italic", .string(clause.opening?.italic.rawValue ?? (document.emphasis == .absent ? "unknown" : "none"))))
        members.append(("line", .int(start.line)))
        members.append(("column", .int(start.column)))
        if let printed = document.printedLine(at: clause.block.map.source(0)) { members.append(("printedLine", .int(printed))) }
        members.append(("path", .string(clause.path)))
        members.append(("end", .string(clause.end)))
        members.append(("text", .string(String(clause.content))))
        members.append(("children", .array(clause.children.map { self.clause($0, document) })))
        return .object(members)
    }

    static func prose(_ block: TextBlock, _ document: Document) -> JSONWriter.Value {
        .object([
            ("line", .int(document.location(of: block.map.source(0)).line)),
            ("kind", .string(block.kind.rawValue)),
            ("text", .string(block.text)),
        ])
    }
}
