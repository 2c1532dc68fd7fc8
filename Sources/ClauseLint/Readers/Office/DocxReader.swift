/// Reads WordprocessingML (`.docx`): paragraphs and runs in body order — inside tables,
/// hyperlinks, smart tags and content controls; tracked insertions kept, deletions
/// dropped — with italics from direct formatting, character and paragraph styles and
/// document defaults, automatic list numbers, and footnotes after the body.
public struct DocxReader: Sendable {
    /// Paragraphs kept at most; past them the result says `tooManyBlocks`.
    public var maximumBlocks = ReadResult.maximumBlocks

    public init() {}

    /// Reads the document from a `.docx` archive's bytes.
    public func read(path: String, archive bytes: [UInt8]) throws -> ReadResult {
        let archive = try ZipArchive(bytes: bytes)
        guard archive.contains("word/document.xml") else {
            throw XMLReadError(description: "not a Word document (the archive has no word/document.xml)")
        }
        func optional(_ name: String) throws -> [UInt8]? { archive.contains(name) ? try archive.read(name) : nil }
        return try read(path: path, document: try archive.read("word/document.xml"), styles: try optional("word/styles.xml"),
                        numbering: try optional("word/numbering.xml"), footnotes: try optional("word/footnotes.xml"))
    }

    public func read(path: String, document: [UInt8], styles: [UInt8]?, numbering: [UInt8]?, footnotes: [UInt8]?) throws -> ReadResult {
        let styleSheet = try styles.map { try DocxStyles(xml: $0) } ?? DocxStyles()
        var lists = try numbering.map { try DocxNumbering(xml: $0) } ?? DocxNumbering()
        var collector = ParagraphCollector(maximumBlocks: maximumBlocks)
        try walk(document, part: "word/document.xml", styles: styleSheet, lists: &lists, into: &collector, footnotes: false)
        if let footnotes {
            try walk(footnotes, part: "word/footnotes.xml", styles: styleSheet, lists: &lists, into: &collector, footnotes: true)
        }
        return collector.finish(path: path)
    }

    static func isOn(_ value: String?) -> Bool {
        guard let value else { return true }
        return !["0", "false", "off", "none"].contains(value.lowercased())
    }

    private func walk(_ xml: [UInt8], part: String, styles: DocxStyles, lists: inout DocxNumbering,
                      into collector: inout ParagraphCollector, footnotes: Bool) throws {
        // Paragraph state.
        var inParagraph = false
        var paragraphStyle: String?
        var numId: String?, ilvl: Int?
        var runs: [ParagraphCollector.Run] = []
        var inParagraphProperties = false
        // Run state.
        var inRun = false, inRunProperties = false
        var runStyle: String?, runItalic: Bool?
        var runText = ""
        var inText = false
        // Tracked deletions and field instructions are not text; skipped footnote types neither.
        var skipDepth = 0
        var skippedFootnote = false
        var localLists = lists
        var paragraphs: [(runs: [ParagraphCollector.Run], kind: TextBlock.Kind, label: String?)] = []

        func italic() -> Bool {
            if let runItalic { return runItalic }
            if let value = styles.resolve(runStyle, { $0.italic }) { return value }
            if let value = styles.resolve(paragraphStyle, { $0.italic }) { return value }
            return styles.defaultItalic
        }
        func endRun() {
            if !runText.isEmpty { runs.append(ParagraphCollector.Run(text: runText, italic: italic())) }
            runText = ""
        }

        for event in try SafeXML.events(xml, part: part) {
            switch event {
            case .start(let name, let attributes):
                if name == "w:footnote", footnotes {
                    let type = attributes["w:type"] ?? ""
                    skippedFootnote = type == "separator" || type == "continuationSeparator" || type == "continuationNotice"
                }
                if skipDepth > 0 || skippedFootnote { if skipDepth > 0 { skipDepth += 1 }; continue }
                switch name {
                case "w:del", "w:moveFrom", "w:instrText", "w:delText", "w:fldChar":
                    if name != "w:fldChar" { skipDepth = 1 }
                case "w:p":
                    inParagraph = true
                    paragraphStyle = nil; numId = nil; ilvl = nil; runs = []
                case "w:pPr": inParagraphProperties = true
                case "w:pStyle" where inParagraphProperties: paragraphStyle = attributes["w:val"]
                case "w:numId" where inParagraphProperties: numId = attributes["w:val"]
                case "w:ilvl" where inParagraphProperties: ilvl = Int(attributes["w:val"] ?? "")
                case "w:r":
                    inRun = true
                    runStyle = nil; runItalic = nil; runText = ""
                case "w:rPr": if inRun { inRunProperties = true }
                case "w:rStyle" where inRunProperties: runStyle = attributes["w:val"]
                case "w:i" where inRunProperties: runItalic = DocxReader.isOn(attributes["w:val"])
                case "w:t": inText = true
                case "w:tab", "w:br", "w:cr": if inRun { runText += " " }
                case "w:noBreakHyphen": if inRun { runText += "-" }
                default: break
                }
            case .end(let name):
                if name == "w:footnote" { skippedFootnote = false }
                if skipDepth > 0 { skipDepth -= 1; continue }
                if skippedFootnote { continue }
                switch name {
                case "w:t": inText = false
                case "w:rPr": inRunProperties = false
                case "w:r": endRun(); inRun = false
                case "w:pPr": inParagraphProperties = false
                case "w:p" where inParagraph:
                    inParagraph = false
                    var label: String?
                    var kind: TextBlock.Kind = styles.isHeading(paragraphStyle) ? .heading : (footnotes ? .footnote : .paragraph)
                    let list = numId ?? styles.resolve(paragraphStyle, { $0.numId })
                    if let list, !footnotes {
                        let level = ilvl ?? styles.resolve(paragraphStyle, { $0.ilvl }) ?? 0
                        let (text, isList) = localLists.nextLabel(numId: list, ilvl: level)
                        label = text
                        if isList, text == nil, kind == .paragraph { kind = .listItem }
                    }
                    paragraphs.append((runs, kind, label))
                default: break
                }
            case .text(let text):
                if skipDepth == 0, !skippedFootnote, inText, inRun { runText += text }
            }
        }
        lists = localLists
        for paragraph in paragraphs { collector.add(paragraph.runs, kind: paragraph.kind, label: paragraph.label) }
    }
}
