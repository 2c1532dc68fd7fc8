/// Reads OpenDocument text (`.odt`): paragraphs and headings of `content.xml` in order,
/// italics from automatic and named styles (`fo:font-style="italic"`, following
/// `style:parent-style-name`), list numbering from list styles, and notes as footnotes.
public struct OdtReader: Sendable {
    /// Paragraphs kept at most; past them the result says `tooManyBlocks`.
    public var maximumBlocks = ReadResult.maximumBlocks

    public init() {}

    public func read(path: String, archive bytes: [UInt8]) throws -> ReadResult {
        let archive = try ZipArchive(bytes: bytes)
        guard archive.contains("content.xml") else {
            throw XMLReadError(description: "not an OpenDocument text (the archive has no content.xml)")
        }
        return try read(path: path, content: try archive.read("content.xml"),
                        styles: archive.contains("styles.xml") ? try archive.read("styles.xml") : nil)
    }

    private struct TextStyle {
        var parent: String?
        var italic: Bool?
    }

    private struct ListLevel {
        var numbered: Bool
        var format = "1"
        var prefix = ""
        var suffix = ""
        var start = 1
    }

    private struct Paragraph {
        var runs: [ParagraphCollector.Run] = []
        var italic: Bool
        var heading: Bool
        var label: String?
        var isListItem: Bool
        var footnote: Bool
    }

    public func read(path: String, content: [UInt8], styles: [UInt8]?) throws -> ReadResult {
        var textStyles: [String: TextStyle] = [:]
        var listStyles: [String: [Int: ListLevel]] = [:]
        let contentEvents = try SafeXML.events(content, part: "content.xml")
        let styleEvents = try styles.map { try SafeXML.events($0, part: "styles.xml") } ?? []
        collectStyles(styleEvents + contentEvents, &textStyles, &listStyles)

        func italic(_ name: String?) -> Bool? {
            var cursor = name
            var steps = 0
            while let key = cursor, let style = textStyles[key], steps < 32 {
                if let value = style.italic { return value }
                cursor = style.parent
                steps += 1
            }
            return nil
        }

        var collector = ParagraphCollector(maximumBlocks: maximumBlocks)
        var footnotes: [Paragraph] = []
        var paragraphs: [Paragraph] = []
        var stack: [Paragraph] = []            // open paragraphs (a note's paragraphs nest inside one)
        var spans: [Bool] = []                 // italic state of open spans
        var lists: [(style: String, level: Int)] = []
        var counters: [String: [Int: Int]] = [:]
        var pendingLabel: (label: String?, numbered: Bool)?
        var inBody = false, noteDepth = 0, citationDepth = 0

        func currentItalic() -> Bool { spans.last ?? stack.last?.italic ?? false }
        func append(_ text: String) {
            guard !stack.isEmpty, citationDepth == 0 else { return }
            let flag = currentItalic()
            if var last = stack[stack.count - 1].runs.last, last.italic == flag {
                last.text += text
                stack[stack.count - 1].runs[stack[stack.count - 1].runs.count - 1] = last
            } else {
                stack[stack.count - 1].runs.append(ParagraphCollector.Run(text: text, italic: flag))
            }
        }

        for event in contentEvents {
            switch event {
            case .start(let name, let attributes):
                if name == "office:text" { inBody = true; continue }
                guard inBody else { continue }
                switch name {
                case "text:p", "text:h":
                    let paragraphItalic = italic(attributes["text:style-name"]) ?? false
                    var paragraph = Paragraph(italic: paragraphItalic, heading: name == "text:h", label: nil, isListItem: false, footnote: noteDepth > 0)
                    if let pending = pendingLabel {
                        paragraph.label = pending.label
                        paragraph.isListItem = true
                        pendingLabel = nil
                    }
                    stack.append(paragraph)
                    spans.append(paragraphItalic)
                case "text:span":
                    spans.append(italic(attributes["text:style-name"]) ?? currentItalic())
                case "text:s":
                    append(String(repeating: " ", count: max(1, min(Int(attributes["text:c"] ?? "1") ?? 1, 64))))
                case "text:tab", "text:line-break":
                    append(" ")
                case "text:note": noteDepth += 1
                case "text:note-citation": citationDepth += 1
                case "text:list":
                    let style = attributes["text:style-name"] ?? lists.last?.style ?? ""
                    let level = lists.count + 1
                    if lists.isEmpty, attributes["text:continue-numbering"] != "true", attributes["text:continue-list"] == nil {
                        counters[style] = [:]
                    }
                    lists.append((style, level))
                case "text:list-item":
                    guard let list = lists.last else { break }
                    let format = listStyles[list.style]?[list.level] ?? ListLevel(numbered: false)
                    var levels = counters[list.style] ?? [:]
                    levels[list.level] = (levels[list.level] ?? (format.start - 1)) + 1
                    for deeper in levels.keys where deeper > list.level { levels[deeper] = nil }
                    counters[list.style] = levels
                    if format.numbered, let value = levels[list.level], let rendered = ListNumberFormat.render(value, format: format.format) {
                        pendingLabel = (format.prefix + rendered + format.suffix, true)
                    } else {
                        pendingLabel = (nil, false)
                    }
                case "text:list-header":
                    pendingLabel = nil
                default: break
                }
            case .end(let name):
                guard inBody else { continue }
                switch name {
                case "office:text": inBody = false
                case "text:p", "text:h":
                    if let paragraph = stack.popLast() {
                        if paragraph.footnote { footnotes.append(paragraph) } else { paragraphs.append(paragraph) }
                    }
                    if !spans.isEmpty { spans.removeLast() }
                case "text:span": if !spans.isEmpty { spans.removeLast() }
                case "text:note": noteDepth = max(0, noteDepth - 1)
                case "text:note-citation": citationDepth = max(0, citationDepth - 1)
                case "text:list": if !lists.isEmpty { lists.removeLast() }
                default: break
                }
            case .text(let text):
                if inBody { append(text) }
            }
        }
        for paragraph in paragraphs {
            let kind: TextBlock.Kind = paragraph.heading ? .heading : (paragraph.isListItem && paragraph.label == nil ? .listItem : .paragraph)
            collector.add(paragraph.runs, kind: kind, label: paragraph.label)
        }
        for note in footnotes { collector.add(note.runs, kind: .footnote, label: nil) }
        return collector.finish(path: path)
    }

    /// Text styles (italics, parents) and list styles (numbering per level), from both parts.
    private func collectStyles(_ events: [XMLEvent], _ textStyles: inout [String: TextStyle], _ listStyles: inout [String: [Int: ListLevel]]) {
        var style: (name: String, value: TextStyle)?
        var list: String?
        for event in events {
            switch event {
            case .start(let name, let attributes):
                switch name {
                case "style:style":
                    style = (attributes["style:name"] ?? "", TextStyle(parent: attributes["style:parent-style-name"], italic: nil))
                case "style:text-properties" where style != nil:
                    if let value = attributes["fo:font-style"] { style?.value.italic = value == "italic" || value == "oblique" }
                case "text:list-style": list = attributes["style:name"]
                case "text:list-level-style-number" where list != nil:
                    let level = Int(attributes["text:level"] ?? "1") ?? 1
                    listStyles[list ?? "", default: [:]][level] = ListLevel(
                        numbered: true, format: attributes["style:num-format"] ?? "1", prefix: attributes["style:num-prefix"] ?? "",
                        suffix: attributes["style:num-suffix"] ?? "", start: Int(attributes["text:start-value"] ?? "1") ?? 1)
                case "text:list-level-style-bullet" where list != nil:
                    listStyles[list ?? "", default: [:]][Int(attributes["text:level"] ?? "1") ?? 1] = ListLevel(numbered: false)
                default: break
                }
            case .end(let name):
                if name == "style:style", let finished = style { textStyles[finished.name] = finished.value; style = nil }
                if name == "text:list-style" { list = nil }
            case .text: break
            }
        }
    }
}
