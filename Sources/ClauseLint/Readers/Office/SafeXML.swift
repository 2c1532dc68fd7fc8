import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A failure to read an XML part of an office document.
public struct XMLReadError: Error, CustomStringConvertible, Sendable {
    public let description: String
}

/// One event of a SAX walk: element start (with attributes), element end, or text.
enum XMLEvent {
    case start(String, [String: String])
    case end(String)
    case text(String)
}

/// Runs Foundation's `XMLParser` defensively: any DOCTYPE is refused before parsing (so
/// no entity can expand, internal or external), external entities stay off, and element
/// nesting deeper than `maximumDepth` stops the parse. The events come back as a list,
/// which callers walk with their own explicit state, never recursion.
enum SafeXML {
    static let maximumDepth = 256

    /// The offset of the first byte that is not valid UTF-8, or nil.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var index = 0
        while index < bytes.count {
            let length = UTF8Repair.sequenceLength(bytes, index)
            if length == 0 { return index }
            index += length
        }
        return nil
    }

    static func events(_ bytes: [UInt8], part: String) throws -> [XMLEvent] {
        if containsDoctype(bytes) {
            throw XMLReadError(description: "\(part) declares a DOCTYPE, which office documents never do (entity expansion attack?)")
        }
        // Foundation's XMLParser traps (crashes the process) on names that are not valid
        // UTF-8; office parts are UTF-8, so anything else is refused before it gets there.
        let utf16 = bytes.count >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF))
        if !utf16, let bad = firstInvalidUTF8(bytes) {
            throw XMLReadError(description: "\(part) is not valid UTF-8 (byte \(bad)): the file is damaged")
        }
        let parser = XMLParser(data: Data(bytes))
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        let delegate = Delegate()
        parser.delegate = delegate
        let ok = parser.parse()
        if delegate.tooDeep {
            throw XMLReadError(description: "\(part) nests elements deeper than \(maximumDepth) levels")
        }
        if ok, delegate.depth != 0 {
            throw XMLReadError(description: "\(part) ends before its elements are closed (truncated file?)")
        }
        if !ok {
            let line = parser.lineNumber
            throw XMLReadError(description: "\(part) is not well-formed XML (line \(line)): \(parser.parserError?.localizedDescription ?? "parse error")")
        }
        return delegate.events
    }

    /// True when `<!DOCTYPE` appears anywhere (case-insensitive).
    static func containsDoctype(_ bytes: [UInt8]) -> Bool {
        let needle = Array("<!doctype".utf8)
        guard bytes.count >= needle.count else { return false }
        var index = 0
        while index <= bytes.count - needle.count {
            if bytes[index] == 0x3C, bytes[index + 1] == 0x21 {
                var match = true
                for offset in 2..<needle.count where bytes[index + offset] | 0x20 != needle[offset] { match = false; break }
                if match { return true }
            }
            index += 1
        }
        return false
    }

    private final class Delegate: NSObject, XMLParserDelegate {
        var events: [XMLEvent] = []
        var depth = 0
        var tooDeep = false

        func handle(_ event: XMLEvent) { events.append(event) }

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String]) {
            depth += 1
            if depth > SafeXML.maximumDepth { tooDeep = true; parser.abortParsing(); return }
            handle(.start(name, attributes))
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            depth -= 1
            handle(.end(name))
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { handle(.text(string)) }

        func parser(_ parser: XMLParser, foundCDATA data: Data) { handle(.text(String(decoding: data, as: UTF8.self))) }
    }
}

/// Builds the text a reader hands on for an office document: one line per paragraph in a
/// synthetic source (so that line N is paragraph N), each paragraph a `TextBlock` with its
/// italic ranges and any label its list numbering printed.
struct ParagraphCollector {
    struct Run {
        var text: String
        var italic: Bool
    }

    private(set) var lines: [String] = []
    private var pending: [(runs: [Run], kind: TextBlock.Kind, label: String?)] = []

    private var tooMany = false
    let maximumBlocks: Int

    init(maximumBlocks: Int = ReadResult.maximumBlocks) { self.maximumBlocks = maximumBlocks }

    mutating func add(_ runs: [Run], kind: TextBlock.Kind, label: String?) {
        guard pending.count < maximumBlocks else { tooMany = true; return }
        pending.append((runs, kind, label))
    }

    /// The synthetic source and the blocks (empty paragraphs keep their line but make no block).
    func finish(path: String) -> ReadResult {
        var sourceText: [UInt8] = []
        var blocks: [TextBlock] = []
        for paragraph in pending {
            let lineStart = sourceText.count
            var text: [UInt8] = []
            var italics: [Range<Int>] = []
            for run in paragraph.runs {
                let start = text.count
                for byte in run.text.utf8 {
                    let value: UInt8 = (byte == 0x09 || byte == 0x0A || byte == 0x0D) ? 0x20 : byte
                    if value == 0x20, text.isEmpty || text.last == 0x20 { continue }
                    text.append(value)
                }
                if run.italic, text.count > start { italics.append(start..<text.count) }
            }
            while text.last == 0x20 { text.removeLast() }
            sourceText.append(contentsOf: text)
            sourceText.append(0x0A)
            guard !text.isEmpty || paragraph.label != nil else { continue }
            var map = OffsetMap()
            map.append(source: lineStart, count: max(text.count, 0))
            if text.isEmpty { map.append(source: lineStart) }
            // Runs side by side form one italic stretch; trim its spaces afterwards.
            let clipped = InlineMarkup.merged(italics).compactMap { range -> Range<Int>? in
                var lower = range.lowerBound, upper = min(range.upperBound, text.count)
                while lower < upper, text[lower] == 0x20 { lower += 1 }
                while upper > lower, text[upper - 1] == 0x20 { upper -= 1 }
                return lower < upper ? lower..<upper : nil
            }
            blocks.append(TextBlock(kind: paragraph.kind, text: String(decoding: text, as: UTF8.self), map: map,
                                    italics: InlineMarkup.merged(clipped), generatedLabel: paragraph.label))
        }
        var result = ReadResult(source: SourceFile(path: path, bytes: sourceText), blocks: blocks, emphasis: .present)
        result.tooManyBlocks = tooMany
        return result
    }
}

/// Renders list numbers the way word processors show them.
enum ListNumberFormat {
    /// `decimal`/`1`, `lowerLetter`/`a`, `upperLetter`/`A`, `lowerRoman`/`i`, `upperRoman`/`I`; nil for bullets and none.
    static func render(_ value: Int, format: String) -> String? {
        switch format {
        case "decimal", "1", "decimalZero": return String(value)
        case "lowerLetter", "a": return LabelSequence.value(at: value, family: .lowerLetter)
        case "upperLetter", "A": return LabelSequence.value(at: value, family: .upperLetter)
        case "lowerRoman", "i": return LabelSequence.value(at: value, family: .lowerRoman)
        case "upperRoman", "I": return LabelSequence.value(at: value, family: .upperRoman)
        default: return nil
        }
    }
}
