/// The parts of `word/styles.xml` that decide italics and numbering: each style's
/// `w:i`, its paragraph numbering, its `basedOn` parent, and the document defaults.
struct DocxStyles {
    struct Style {
        var name = ""
        var basedOn: String?
        var italic: Bool?
        var numId: String?
        var ilvl: Int?
    }

    var styles: [String: Style] = [:]
    var defaultItalic = false

    init() {}

    init(xml: [UInt8]) throws {
        var current: (id: String, style: Style)?
        var inRunProperties = false, inDefaults = false, inParagraphProperties = false
        for event in try SafeXML.events(xml, part: "word/styles.xml") {
            switch event {
            case .start(let name, let attributes):
                switch name {
                case "w:style": current = (attributes["w:styleId"] ?? "", Style())
                case "w:rPrDefault": inDefaults = true
                case "w:rPr": inRunProperties = true
                case "w:pPr": inParagraphProperties = true
                case "w:name": current?.style.name = attributes["w:val"] ?? ""
                case "w:basedOn": current?.style.basedOn = attributes["w:val"]
                case "w:i" where inRunProperties:
                    let value = DocxReader.isOn(attributes["w:val"])
                    if current != nil { current?.style.italic = value } else if inDefaults { self.defaultItalic = value }
                case "w:numId" where inParagraphProperties: current?.style.numId = attributes["w:val"]
                case "w:ilvl" where inParagraphProperties: current?.style.ilvl = Int(attributes["w:val"] ?? "")
                default: break
                }
            case .end(let name):
                switch name {
                case "w:style":
                    if let current { self.styles[current.id] = current.style }
                    current = nil
                case "w:rPrDefault": inDefaults = false
                case "w:rPr": inRunProperties = false
                case "w:pPr": inParagraphProperties = false
                default: break
                }
            case .text: break
            }
        }
    }

    /// Walks `basedOn` from `id` (cycles and long chains are cut off) and returns the first answer.
    func resolve<T>(_ id: String?, _ property: (Style) -> T?) -> T? {
        var cursor = id
        var steps = 0
        while let key = cursor, let style = styles[key], steps < 32 {
            if let value = property(style) { return value }
            cursor = style.basedOn
            steps += 1
        }
        return nil
    }

    func isHeading(_ id: String?) -> Bool {
        guard let id else { return false }
        let name = (styles[id]?.name ?? id).lowercased()
        return name.hasPrefix("heading") || name.hasPrefix("title") || id.lowercased().hasPrefix("heading") || id.lowercased() == "title"
    }
}
