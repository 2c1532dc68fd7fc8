/// Reads HTML as word processors and Google Docs export it. A tolerant tag scanner,
/// not an XML parser: real exports are not well-formed. Paragraph elements become
/// blocks; italics come from `<i>`, `<em>`, inline `font-style:italic` and class
/// rules in the page's `<style>`; `<ol>` items get the numbers a browser would show.
/// Offsets point into the HTML source.
public struct HTMLReader: Sendable {
    /// Elements nested deeper than this are read as text of the innermost one kept.
    public var maximumDepth = 4096
    /// Paragraphs kept at most; past them the result says `tooManyBlocks`.
    public var maximumBlocks = ReadResult.maximumBlocks

    public init() {}

    private struct Element {
        var name: String
        var italic: Bool
    }

    private struct ListState {
        var ordered: Bool
        var type: String
        var next: Int
    }

    private static let blockElements: Set<String> = [
        "p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "blockquote", "section",
        "article", "header", "footer", "table", "ul", "ol", "dt", "dd", "pre", "title", "hr", "body",
    ]
    private static let skippedElements: Set<String> = ["script", "style", "head", "noscript", "template", "svg"]
    private static let voidElements: Set<String> = ["br", "hr", "img", "meta", "link", "input", "col", "area", "base", "wbr", "source"]

    public func read(_ source: SourceFile) -> ReadResult {
        let bytes = source.bytes
        var styles = HTMLStyleSheet()
        collectStyles(bytes, into: &styles)

        var blocks: [TextBlock] = []
        var tooMany = false
        var stack: [Element] = []
        var lists: [ListState] = []
        var text: [UInt8] = []
        var map = OffsetMap()
        var italics: [Range<Int>] = []
        var italicStart: Int?
        var kind = TextBlock.Kind.paragraph
        var label: String?
        var overflow = 0  // elements past maximumDepth, counted so their ends pop nothing

        func italicNow() -> Bool { stack.last?.italic ?? false }
        func flush() {
            if let start = italicStart { if text.count > start { italics.append(start..<text.count) }; italicStart = nil }
            while text.last == 0x20 { text.removeLast() }
            if !text.isEmpty, blocks.count >= maximumBlocks { tooMany = true }
            if !text.isEmpty, !tooMany {
                let clipped = italics.compactMap { range -> Range<Int>? in
                    let upper = min(range.upperBound, text.count)
                    return range.lowerBound < upper ? range.lowerBound..<upper : nil
                }
                blocks.append(TextBlock(kind: kind, text: String(decoding: text, as: UTF8.self), map: map,
                                        italics: InlineMarkup.merged(clipped).map(trimSpaces(text)), generatedLabel: label))
            }
            text = []; map = OffsetMap(); italics = []; kind = .paragraph; label = nil
            if italicNow() { italicStart = 0 }
        }
        func emit(_ byte: UInt8, from offset: Int) {
            if byte == 0x20 && (text.isEmpty || text.last == 0x20) { return }
            if italicNow() { if italicStart == nil { italicStart = text.count } }
            else if let start = italicStart { if text.count > start { italics.append(start..<text.count) }; italicStart = nil }
            text.append(byte)
            map.append(source: offset)
        }
        func setItalic(_ italic: Bool) {
            if italic, italicStart == nil { italicStart = text.count }
            if !italic, let start = italicStart { if text.count > start { italics.append(start..<text.count) }; italicStart = nil }
        }

        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte == 0x3C, let tag = Self.scanTag(bytes, at: index) {
                let name = tag.name
                if tag.isComment || name.hasPrefix("!") || name.hasPrefix("?") { index = tag.end; continue }
                if Self.skippedElements.contains(name), !tag.isEnd {
                    index = Self.skipElement(bytes, from: tag.end, name: name)
                    continue
                }
                if tag.isEnd {
                    if Self.blockElements.contains(name) { flush() }
                    if name == "ol" || name == "ul" { if !lists.isEmpty { lists.removeLast() } }
                    if overflow > 0 { overflow -= 1 }
                    else if let position = stack.lastIndex(where: { $0.name == name }) {
                        stack.removeSubrange(position...)
                        setItalic(italicNow())
                    }
                } else {
                    if name == "br" { flush(); index = tag.end; continue }
                    if Self.blockElements.contains(name) { flush() }
                    switch name {
                    case "ol", "ul":
                        let type = Self.attribute("type", in: tag.attributes) ?? "1"
                        let start = Int(Self.attribute("start", in: tag.attributes) ?? "") ?? 1
                        lists.append(ListState(ordered: name == "ol", type: type, next: start))
                    case "li":
                        kind = .listItem
                        if var list = lists.popLast() {
                            if let value = Int(Self.attribute("value", in: tag.attributes) ?? "") { list.next = value }
                            if list.ordered { label = Self.label(list.next, type: list.type) }
                            list.next += 1
                            lists.append(list)
                        }
                    case "h1", "h2", "h3", "h4", "h5", "h6", "th": kind = .heading
                    case "td": kind = .tableRow
                    default: break
                    }
                    if !Self.voidElements.contains(name), !tag.selfClosing {
                        var italic = italicNow()
                        if name == "i" || name == "em" || name == "cite" { italic = true }
                        if let style = Self.attribute("style", in: tag.attributes), let fontStyle = HTMLStyleSheet.fontStyle(in: style) { italic = fontStyle }
                        else if let classes = Self.attribute("class", in: tag.attributes), let fontStyle = styles.italic(forClassAttribute: classes) { italic = fontStyle }
                        if stack.count < maximumDepth { stack.append(Element(name: name, italic: italic)); setItalic(italic) }
                        else { overflow += 1 }
                    }
                }
                index = tag.end
                continue
            }
            if byte == 0x26, let (decoded, length) = HTMLEntities.decode(bytes, at: index) {
                for scalarByte in decoded.utf8 {
                    emit(scalarByte == 0xA0 ? 0x20 : scalarByte, from: index)
                }
                // A non-breaking space decodes to C2 A0; keep it a plain space.
                if decoded == "\u{00A0}" { if text.count >= 2, text[text.count - 2] == 0xC2 { text.removeLast(2); emit(0x20, from: index) } }
                index += length
                continue
            }
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                emit(0x20, from: index)
            } else {
                emit(byte, from: index)
            }
            index += 1
        }
        flush()
        var result = ReadResult(source: source, blocks: blocks, emphasis: .present)
        result.tooManyBlocks = tooMany
        return result
    }

    private func trimSpaces(_ text: [UInt8]) -> (Range<Int>) -> Range<Int> {
        { range in
            var lower = range.lowerBound, upper = range.upperBound
            while lower < upper, text[lower] == 0x20 { lower += 1 }
            while upper > lower, text[upper - 1] == 0x20 { upper -= 1 }
            return lower..<upper
        }
    }

    private func collectStyles(_ bytes: [UInt8], into styles: inout HTMLStyleSheet) {
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0x3C, let tag = Self.scanTag(bytes, at: index), tag.name == "style", !tag.isEnd {
                let end = Self.skipElement(bytes, from: tag.end, name: "style")
                let closeStart = max(tag.end, end - 8)
                styles.parse(Array(bytes[tag.end..<closeStart]))
                index = end
                continue
            }
            index += 1
        }
    }

    struct Tag {
        var name: String
        var isEnd: Bool
        var selfClosing: Bool
        var isComment: Bool
        var attributes: [UInt8]
        var end: Int
    }

    /// A tag at `index` (which holds `<`), or nil when the `<` is text.
    static func scanTag(_ bytes: [UInt8], at index: Int) -> Tag? {
        let count = bytes.count
        var cursor = index + 1
        guard cursor < count else { return nil }
        if bytes[cursor] == 0x21, cursor + 2 < count, bytes[cursor + 1] == 0x2D, bytes[cursor + 2] == 0x2D {
            var end = cursor + 3
            while end + 2 < count, !(bytes[end] == 0x2D && bytes[end + 1] == 0x2D && bytes[end + 2] == 0x3E) { end += 1 }
            return Tag(name: "!--", isEnd: false, selfClosing: true, isComment: true, attributes: [], end: min(count, end + 3))
        }
        var isEnd = false
        if bytes[cursor] == 0x2F { isEnd = true; cursor += 1 }
        let nameStart = cursor
        while cursor < count, (bytes[cursor] | 0x20 >= 0x61 && bytes[cursor] | 0x20 <= 0x7A) || (bytes[cursor] >= 0x30 && bytes[cursor] <= 0x39)
                || bytes[cursor] == 0x21 || bytes[cursor] == 0x3F || bytes[cursor] == 0x3A || bytes[cursor] == 0x2D {
            cursor += 1
        }
        guard cursor > nameStart else { return nil }
        let name = String(decoding: bytes[nameStart..<cursor], as: UTF8.self).lowercased()
        // Attributes up to the closing ">", honouring quotes.
        let attributesStart = cursor
        var quote: UInt8 = 0
        while cursor < count {
            let byte = bytes[cursor]
            if quote != 0 { if byte == quote { quote = 0 } }
            else if byte == 0x22 || byte == 0x27 { quote = byte }
            else if byte == 0x3E { break }
            cursor += 1
        }
        guard cursor < count else { return nil }
        let selfClosing = cursor > attributesStart && bytes[cursor - 1] == 0x2F
        return Tag(name: name, isEnd: isEnd, selfClosing: selfClosing, isComment: false,
                   attributes: Array(bytes[attributesStart..<cursor]), end: cursor + 1)
    }

    /// The offset just past `</name>` (or the end of input).
    static func skipElement(_ bytes: [UInt8], from start: Int, name: String) -> Int {
        let close = Array("</\(name)".utf8)
        var index = start
        while index + close.count <= bytes.count {
            if bytes[index] == 0x3C {
                var matched = true
                for offset in 1..<close.count where bytes[index + offset] | 0x20 != close[offset] | 0x20 { matched = false; break }
                if matched {
                    var end = index + close.count
                    while end < bytes.count, bytes[end] != 0x3E { end += 1 }
                    return min(bytes.count, end + 1)
                }
            }
            index += 1
        }
        return bytes.count
    }

    /// The value of attribute `name` (case-insensitive), unquoted and entity-decoded.
    static func attribute(_ name: String, in attributes: [UInt8]) -> String? {
        let text = String(decoding: attributes, as: UTF8.self)
        let lower = text.lowercased()
        var searchStart = lower.startIndex
        while let range = lower.range(of: name, range: searchStart..<lower.endIndex) {
            searchStart = range.upperBound
            // Must be a whole attribute name followed by "=".
            if range.lowerBound > lower.startIndex {
                let before = lower[lower.index(before: range.lowerBound)]
                if !(before == " " || before == "\t" || before == "\n" || before == "\r") { continue }
            }
            var cursor = range.upperBound
            while cursor < lower.endIndex, lower[cursor] == " " { cursor = lower.index(after: cursor) }
            guard cursor < lower.endIndex, lower[cursor] == "=" else { continue }
            cursor = lower.index(after: cursor)
            while cursor < lower.endIndex, lower[cursor] == " " { cursor = lower.index(after: cursor) }
            guard cursor < lower.endIndex else { return "" }
            let quote = text[cursor]
            if quote == "\"" || quote == "'" {
                let valueStart = text.index(after: cursor)
                let valueEnd = text[valueStart...].firstIndex(of: quote) ?? text.endIndex
                return String(text[valueStart..<valueEnd])
            }
            let valueEnd = text[cursor...].firstIndex(where: { $0 == " " || $0 == ">" || $0 == "/" }) ?? text.endIndex
            return String(text[cursor..<valueEnd])
        }
        return nil
    }

    /// The label a browser shows for item `number` of an `<ol type=…>`.
    static func label(_ number: Int, type: String) -> String {
        switch type {
        case "a": return LabelSequence.value(at: number, family: .lowerLetter) + "."
        case "A": return LabelSequence.value(at: number, family: .upperLetter) + "."
        case "i": return LabelSequence.value(at: number, family: .lowerRoman) + "."
        case "I": return LabelSequence.value(at: number, family: .upperRoman) + "."
        default: return "\(number)."
        }
    }
}
