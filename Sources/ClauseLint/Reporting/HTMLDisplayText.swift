/// The text the dais report shows for a document, with a map back to source offsets so
/// that findings (which point into the source) can be highlighted. Markdown, plain text
/// and the one-paragraph-per-line text of Word and OpenDocument files are shown as they
/// are; an HTML page is shown as its visible text (tags dropped, entities decoded,
/// paragraphs and line breaks kept, `<head>`, `<style>` and `<script>` left out).
struct HTMLDisplayText {
    var bytes: [UInt8]
    /// `sourceOffsets[i]`: where display byte `i` came from (nil: identical to the source).
    var sourceOffsets: [Int]?

    init(source: [UInt8], isHTML: Bool) {
        guard isHTML else { bytes = source; sourceOffsets = nil; return }
        var out: [UInt8] = []
        var offsets: [Int] = []
        out.reserveCapacity(source.count / 2)
        offsets.reserveCapacity(source.count / 2)
        func emit(_ byte: UInt8, _ offset: Int) {
            // Runs of spaces collapse; a new line swallows the spaces before it.
            if byte == 0x20, out.last == 0x20 || out.last == 0x0A || out.isEmpty { return }
            if byte == 0x0A {
                while out.last == 0x20 { out.removeLast(); offsets.removeLast() }
                if out.count >= 2, out[out.count - 1] == 0x0A, out[out.count - 2] == 0x0A { return }
                if out.isEmpty { return }
            }
            out.append(byte)
            offsets.append(offset)
        }
        var index = 0
        var skipUntil: [UInt8]? = nil   // inside <head>, <style> or <script>: the closing tag
        while index < source.count {
            let byte = source[index]
            if byte == 0x3C {  // <
                if SuppressionComment.matches(Array("<!--".utf8), in: source, at: index) {
                    index = (SuppressionComment.find(Array("-->".utf8), in: source, from: index + 4) ?? source.count - 3) + 3
                    continue
                }
                var end = index + 1
                while end < source.count, source[end] != 0x3E { end += 1 }
                let name = Self.tagName(source, from: index + 1, to: end)
                if let closing = skipUntil {
                    if name == String(decoding: closing, as: UTF8.self) { skipUntil = nil }
                } else if ["head", "style", "script", "title"].contains(name) {
                    skipUntil = Array("/\(name)".utf8)
                } else if ["p", "/p", "div", "/div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "/h1", "/h2", "/h3", "/h4", "/h5", "/h6", "table", "/table", "ol", "ul", "/ol", "/ul", "blockquote", "/blockquote"].contains(name) {
                    emit(0x0A, index); emit(0x0A, index)
                } else if name == "br" || name == "/li" || name == "/tr" {
                    emit(0x0A, index)
                } else if name == "td" || name == "th" {
                    emit(0x20, index)
                }
                index = min(source.count, end + 1)
                continue
            }
            if skipUntil != nil { index += 1; continue }
            if byte == 0x26, let (decoded, length) = Self.entity(source, at: index) {  // &
                for scalarByte in decoded { emit(scalarByte, index) }
                index += length
                continue
            }
            emit(byte == 0x0A || byte == 0x0D || byte == 0x09 ? 0x20 : byte, index)
            index += 1
        }
        bytes = out
        sourceOffsets = offsets
    }

    /// The display offset of a source offset: the first display byte at or after it.
    func displayOffset(of source: Int) -> Int {
        guard let offsets = sourceOffsets else { return min(source, bytes.count) }
        var low = 0, high = offsets.count
        while low < high {
            let middle = (low + high) / 2
            if offsets[middle] < source { low = middle + 1 } else { high = middle }
        }
        return low
    }

    func sourceOffset(of display: Int) -> Int {
        guard let offsets = sourceOffsets else { return display }
        return display < offsets.count ? offsets[display] : (offsets.last ?? 0)
    }

    static func tagName(_ bytes: [UInt8], from start: Int, to end: Int) -> String {
        var name: [UInt8] = []
        var index = start
        while index < end, name.count < 12 {
            var byte = bytes[index]
            if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x3E || (byte == 0x2F && !name.isEmpty) { break }
            if byte >= 0x41, byte <= 0x5A { byte |= 0x20 }
            name.append(byte)
            index += 1
        }
        return String(decoding: name, as: UTF8.self)
    }

    /// A character reference at `index`: its UTF-8 bytes and its length in the source.
    static func entity(_ bytes: [UInt8], at index: Int) -> ([UInt8], Int)? {
        HTMLEntities.decode(bytes, at: index).map { (Array($0.0.utf8), $0.1) }
    }
}
