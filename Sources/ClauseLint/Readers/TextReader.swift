/// What a reader produces: paragraphs in document order plus facts about the input.
public struct ReadResult: Sendable {
    public var source: SourceFile
    public var blocks: [TextBlock]
    public var emphasis: EmphasisInformation
    public var printedLineNumbers: [Int: Int]
    public var notes: [ReaderNote]
    public var footnotes: [TextBlock]
    /// True when the reader stopped at `maximumBlocks`: the loader refuses such a file.
    public var tooManyBlocks = false

    /// Paragraphs a reader keeps at most. Each costs about half a kilobyte once parsed and
    /// linted, so this keeps a file of tiny paragraphs within memory; no real document
    /// comes near it (a 64 MB archive of resolutions has about 200,000).
    public static let maximumBlocks = 500_000

    public init(source: SourceFile, blocks: [TextBlock], emphasis: EmphasisInformation,
                printedLineNumbers: [Int: Int] = [:], notes: [ReaderNote] = [], footnotes: [TextBlock] = []) {
        self.source = source
        self.blocks = blocks
        self.emphasis = emphasis
        self.printedLineNumbers = printedLineNumbers
        self.notes = notes
        self.footnotes = footnotes
    }
}

/// Reads Markdown and plain text, repairing what PDF converters and word processors
/// leave behind: printed line numbers, words hyphenated across lines, paragraphs
/// split by a page break with footnotes in between, converter list markers.
public struct TextReader: Sendable {
    /// Paragraphs kept at most; past them the result says `tooManyBlocks`.
    public var maximumBlocks = ReadResult.maximumBlocks

    public init() {}

    private struct Line {
        var start: Int          // content start (after printed number, bullet)
        var end: Int            // content end (trailing blanks trimmed)
        var kind: TextBlock.Kind
        var bullet: Bool
        var blank: Bool { start >= end }
    }

    public func read(_ source: SourceFile) -> ReadResult {
        let bytes = source.bytes
        let printed = detectPrintedLineNumbers(source)
        // Lines are classified and grouped into paragraphs in one pass, with no list of lines.
        var paragraphs = Paragraphs()
        // A line each at most, and a paragraph to about every other line (a blank between).
        paragraphs.pieces.reserveCapacity(source.lineCount)
        paragraphs.list.reserveCapacity(source.lineCount / 2 + 1)
        // The next `<` at or after the line read, found once for all the lines before it:
        // nearly every file has few, so one search passes over most of the file.
        var nextTag = -1
        for lineIndex in 0..<source.lineCount {
            var range = source.lineRange(lineIndex)
            if lineIndex == 0, range.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
                range = 3..<range.upperBound
            }
            if printed[lineIndex] != nil { range = stripPrintedNumber(bytes, range) }
            if nextTag < range.lowerBound {
                nextTag = ByteSearch.firstIndex(of: 0x3C, in: bytes, range: range.lowerBound..<bytes.count) ?? bytes.count
            }
            // <br> inside a line separates paragraphs, as a converter meant it to.
            // Nearly every line has no tag at all.
            if nextTag >= range.upperBound {
                add(classify(bytes, range), to: &paragraphs, bytes)
            } else {
                for piece in splitAtLineBreakTags(bytes, range) { add(classify(bytes, piece), to: &paragraphs, bytes) }
            }
        }
        flush(&paragraphs, bytes)
        var blocks: [TextBlock] = []
        var footnotes: [TextBlock] = []
        blocks.reserveCapacity(paragraphs.list.count)
        var anyItalic = false
        var tooMany = false
        var markup = InlineMarkupPool.shared.take()
        for paragraph in paragraphs.list {
            if blocks.count >= maximumBlocks { tooMany = true; break }
            let block: TextBlock
            if paragraph.pieceCount == 1 {
                let piece = paragraphs.pieces[paragraph.first]
                block = markup.render(bytes, piece.start..<piece.end, kind: paragraph.kind)
            } else {
                markup.clear()
                var pieceIndex = paragraph.first
                var isFirst = true
                while pieceIndex >= 0 {
                    let piece = paragraphs.pieces[pieceIndex]
                    var end = piece.end
                    if piece.next >= 0, paragraphs.pieces[piece.next].hyphenJoin {
                        end -= 1 // drop the hyphen of "recom-" / "mending"
                    } else if !isFirst && !piece.hyphenJoin {
                        markup.appendSpace(source: max(piece.start - 1, 0))
                    }
                    markup.append(bytes, piece.start..<end)
                    pieceIndex = piece.next
                    isFirst = false
                }
                block = markup.render(kind: paragraph.kind)
            }
            if !block.italics.isEmpty { anyItalic = true }
            if block.text.isEmpty { continue }
            if block.kind == .footnote { footnotes.append(block) }
            blocks.append(block)
        }
        InlineMarkupPool.shared.giveBack(markup)
        var printedMap: [Int: Int] = [:]
        for (index, number) in printed.enumerated() { if let number { printedMap[index] = number } }
        var result = ReadResult(source: source, blocks: blocks, emphasis: anyItalic ? .present : .absent,
                                printedLineNumbers: printedMap, footnotes: footnotes)
        result.tooManyBlocks = tooMany
        return result
    }

    // MARK: Lines

    /// Printed line numbers (`27 *Reaffirming* …`): most non-blank lines start with a
    /// number that mostly grows by one. Returns the number per line, or nil.
    private func detectPrintedLineNumbers(_ source: SourceFile) -> [Int?] {
        let bytes = source.bytes
        var numbers = [Int?](repeating: nil, count: source.lineCount)
        var nonBlank = 0, numbered = 0, increasing = 0
        var previous: Int?
        for lineIndex in 0..<source.lineCount {
            let range = source.lineRange(lineIndex)
            var cursor = range.lowerBound
            while cursor < range.upperBound, bytes[cursor] == 0x20 || bytes[cursor] == 0x09 { cursor += 1 }
            guard cursor < range.upperBound else { continue }
            nonBlank += 1
            var value = 0, digits = 0
            while cursor < range.upperBound, bytes[cursor] >= 0x30, bytes[cursor] <= 0x39, digits < 6 {
                value = value * 10 + Int(bytes[cursor] - 0x30); digits += 1; cursor += 1
            }
            guard digits > 0, digits <= 5, cursor == range.upperBound || bytes[cursor] == 0x20 || bytes[cursor] == 0x09 else {
                // Once even numbers on every line left could not make six in ten, the test
                // below fails: the rest of the file is not read (nearly every file).
                if 6 * nonBlank - 10 * numbered > 4 * (source.lineCount - lineIndex - 1) { break }
                continue
            }
            numbers[lineIndex] = value
            numbered += 1
            if let previous, value > previous, value - previous <= 3 { increasing += 1 }
            previous = value
        }
        guard numbered >= 5, numbered * 10 >= nonBlank * 6, increasing * 10 >= (numbered - 1) * 7 else {
            return [Int?](repeating: nil, count: source.lineCount)
        }
        return numbers
    }

    private func stripPrintedNumber(_ bytes: [UInt8], _ range: Range<Int>) -> Range<Int> {
        var cursor = range.lowerBound
        while cursor < range.upperBound, bytes[cursor] == 0x20 || bytes[cursor] == 0x09 { cursor += 1 }
        while cursor < range.upperBound, bytes[cursor] >= 0x30, bytes[cursor] <= 0x39 { cursor += 1 }
        while cursor < range.upperBound, bytes[cursor] == 0x20 || bytes[cursor] == 0x09 { cursor += 1 }
        return cursor..<range.upperBound
    }

    private func splitAtLineBreakTags(_ bytes: [UInt8], _ range: Range<Int>) -> [Range<Int>] {
        var pieces: [Range<Int>] = []
        var start = range.lowerBound
        var cursor = range.lowerBound
        while cursor + 3 < range.upperBound {
            if bytes[cursor] == 0x3C, bytes[cursor + 1] | 0x20 == 0x62, bytes[cursor + 2] | 0x20 == 0x72,
               let close = (cursor + 3..<min(range.upperBound, cursor + 8)).first(where: { bytes[$0] == 0x3E }),
               bytes[(cursor + 3)..<close].allSatisfy({ $0 == 0x20 || $0 == 0x2F }) {
                pieces.append(start..<cursor)
                start = close + 1
                cursor = start
                continue
            }
            cursor += 1
        }
        pieces.append(start..<range.upperBound)
        return pieces
    }

    private func classify(_ bytes: [UInt8], _ range: Range<Int>) -> Line {
        var start = range.lowerBound
        var end = range.upperBound
        while start < end, isBlank(bytes[start]) { start += 1 }
        while end > start, isBlank(bytes[end - 1]) || bytes[end - 1] == 0x0D { end -= 1 }
        guard start < end else { return Line(start: start, end: start, kind: .paragraph, bullet: false) }
        let first = bytes[start]
        // Headings: "# Title".
        if first == 0x23 {
            var cursor = start
            while cursor < end, bytes[cursor] == 0x23 { cursor += 1 }
            if cursor - start <= 6, cursor == end || bytes[cursor] == 0x20 {
                while cursor < end, bytes[cursor] == 0x20 { cursor += 1 }
                return Line(start: cursor, end: end, kind: .heading, bullet: false)
            }
        }
        // Thematic breaks and setext underlines: "-----", "***", "===".
        if first == 0x2D || first == 0x2A || first == 0x5F || first == 0x3D,
           end - start >= 3, bytes[start..<end].allSatisfy({ $0 == first || $0 == 0x20 }) {
            return Line(start: start, end: start, kind: .separator, bullet: false)
        }
        if first == 0x7C { return Line(start: start, end: end, kind: .tableRow, bullet: false) }
        if first == 0x3E { // block quote marker
            var cursor = start + 1
            while cursor < end, bytes[cursor] == 0x20 { cursor += 1 }
            start = cursor
            // A quote marker alone on its line ("> ") leaves nothing: a blank line (found by fuzzing).
            guard start < end else { return Line(start: start, end: start, kind: .paragraph, bullet: false) }
        }
        // Footnote bodies: "¹ Text", "[^1]: Text", "[1] Text", "* [E/CN.15/2018/1](#)."
        if isFootnoteBody(bytes, start, end) {
            return Line(start: start, end: end, kind: .footnote, bullet: false)
        }
        // Converter list markers: "- a.", " - i.", "- 3.", "* text", "+ text", "• text".
        var bullet = false
        var cursor = start
        while cursor + 1 < end {
            let byte = bytes[cursor]
            if (byte == 0x2D || byte == 0x2A || byte == 0x2B), bytes[cursor + 1] == 0x20 {
                bullet = true
                cursor += 2
            } else if byte == 0xE2, cursor + 3 < end, bytes[cursor + 1] == 0x80, bytes[cursor + 2] == 0xA2, bytes[cursor + 3] == 0x20 {
                bullet = true
                cursor += 4
            } else {
                break
            }
            while cursor < end, isBlank(bytes[cursor]) { cursor += 1 }
        }
        return Line(start: cursor, end: end, kind: bullet ? .listItem : .paragraph, bullet: bullet)
    }

    private func isFootnoteBody(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool {
        let first = bytes[start]
        // Every form below starts with one of these bytes; most lines start with none.
        guard first == 0xC2 || first == 0xE2 || first == 0x5B || first == 0x2A || (first >= 0x31 && first <= 0x39) else { return false }
        // Superscript digits ¹ ² ³ (C2 B9/B2/B3) and ⁰ ⁴–⁹ (E2 81 B0/B4–B9) followed by a space.
        var cursor = start
        while cursor + 1 < end {
            if bytes[cursor] == 0xC2, bytes[cursor + 1] == 0xB9 || bytes[cursor + 1] == 0xB2 || bytes[cursor + 1] == 0xB3 { cursor += 2; continue }
            if bytes[cursor] == 0xE2, cursor + 2 < end, bytes[cursor + 1] == 0x81,
               bytes[cursor + 2] == 0xB0 || (bytes[cursor + 2] >= 0xB4 && bytes[cursor + 2] <= 0xB9) { cursor += 3; continue }
            break
        }
        if cursor > start, cursor < end, bytes[cursor] == 0x20 { return true }
        if first == 0x5B, start + 2 < end {
            var close = start + 1
            if bytes[close] == 0x5E { close += 1 }
            let digitsStart = close
            while close < end, bytes[close] >= 0x30, bytes[close] <= 0x39 { close += 1 }
            if close > digitsStart, close < end, bytes[close] == 0x5D,
               close + 1 < end, bytes[close + 1] == 0x3A || bytes[close + 1] == 0x20 { return true }
        }
        // "* Note text" after an asterisk reference, as PDF converters write footnotes.
        if first == 0x2A, start + 2 < end, bytes[start + 1] == 0x20, bytes[start + 2] == 0x5B { return true }
        // "1 A/73/85." — a short numbered note with no full stop after its number.
        if first >= 0x31, first <= 0x39, end - start < 160 {
            var digitEnd = start
            while digitEnd < end, bytes[digitEnd] >= 0x30, bytes[digitEnd] <= 0x39 { digitEnd += 1 }
            if digitEnd - start <= 2, digitEnd + 1 < end, bytes[digitEnd] == 0x20 {
                let next = bytes[digitEnd + 1]
                let looksLikeSymbol = next >= 0x41 && next <= 0x5A && digitEnd + 2 < end && bytes[digitEnd + 2] == 0x2F
                if looksLikeSymbol || next == 0x2A || next == 0x5B { return true }
                if end - start < 120, bytes[start..<end].contains(0x2F), bytes[end - 1] == 0x2E,
                   bytes[(digitEnd + 1)..<end].starts(with: Array("See ".utf8)) || bytes[(digitEnd + 1)..<end].starts(with: Array("Ibid".utf8)) {
                    return true
                }
            }
        }
        return false
    }

    // MARK: Paragraphs

    /// The lines of all paragraphs in one array, each paragraph a chain through it: a
    /// paragraph joined to an earlier one links its lines on. Plain values only, so building
    /// and copying them counts no references.
    private struct Paragraphs {
        struct Piece {
            var start: Int
            var end: Int
            var hyphenJoin: Bool
            /// The next line of the paragraph, or -1.
            var next = -1
        }

        struct Paragraph {
            var kind: TextBlock.Kind
            var bullet: Bool
            var first: Int
            var last: Int
            var pieceCount = 1
        }

        var pieces: [Piece] = []
        /// Complete paragraphs, page-break halves joined.
        var list: [Paragraph] = []
        /// The paragraph being built and its last line, while lines may still continue it.
        var current: Paragraph?
        var previous: Line?

        /// A new paragraph of one line.
        mutating func paragraph(_ line: Line, kind: TextBlock.Kind, bullet: Bool) -> Paragraph {
            pieces.append(Piece(start: line.start, end: line.end, hyphenJoin: false))
            return Paragraph(kind: kind, bullet: bullet, first: pieces.count - 1, last: pieces.count - 1)
        }

        /// Links `line` on to the current paragraph.
        mutating func continueCurrent(_ line: Line, hyphenJoin: Bool) {
            pieces.append(Piece(start: line.start, end: line.end, hyphenJoin: hyphenJoin))
            pieces[current!.last].next = pieces.count - 1
            current!.last = pieces.count - 1
            current!.pieceCount += 1
        }

        /// Links the lines of `later` on to those of `list[target]`.
        mutating func join(_ later: Paragraph, to target: Int, hyphenJoin: Bool) {
            pieces[later.first].hyphenJoin = hyphenJoin
            pieces[list[target].last].next = later.first
            list[target].last = later.last
            list[target].pieceCount += later.pieceCount
        }
    }

    /// Groups `line` with the lines before it: one step of forming paragraphs.
    private func add(_ line: Line, to paragraphs: inout Paragraphs, _ bytes: [UInt8]) {
        if line.kind == .separator || line.blank {
            flush(&paragraphs, bytes)
            paragraphs.previous = nil
            return
        }
        if line.kind == .heading || line.kind == .footnote || line.kind == .tableRow {
            flush(&paragraphs, bytes)
            let paragraph = paragraphs.paragraph(line, kind: line.kind, bullet: false)
            complete(paragraph, in: &paragraphs, bytes)
            paragraphs.previous = nil
            return
        }
        if paragraphs.current != nil, let previousLine = paragraphs.previous, continues(previousLine, with: line, bytes) {
            let hyphen = endsWithHyphenatedWord(bytes, previousLine) && startsLowercase(bytes, line)
            paragraphs.continueCurrent(line, hyphenJoin: hyphen)
        } else {
            flush(&paragraphs, bytes)
            paragraphs.current = paragraphs.paragraph(line, kind: line.kind, bullet: line.bullet)
        }
        paragraphs.previous = line
    }

    /// Completes the paragraph being built, if any.
    private func flush(_ paragraphs: inout Paragraphs, _ bytes: [UInt8]) {
        if let paragraph = paragraphs.current {
            paragraphs.current = nil
            complete(paragraph, in: &paragraphs, bytes)
        }
    }

    /// True when `line` is a soft-wrapped continuation of `previous` in one paragraph.
    private func continues(_ previous: Line, with line: Line, _ bytes: [UInt8]) -> Bool {
        if line.bullet { return false }
        if bytes[line.start..<line.end].contains(0x09) || bytes[previous.start..<previous.end].contains(0x09) { return false }
        if startsLowercase(bytes, line) { return true }
        if startsWithLabel(bytes, line) { return false }
        let last = bytes[previous.end - 1]
        if last == 0x2C || last == 0x3B || last == 0x3A || last == 0x2E || last == 0x2A || last == 0x5F { return false }
        // A short line without final punctuation is a title or a header line of its own.
        return previous.end - previous.start >= 60
    }

    private func startsLowercase(_ bytes: [UInt8], _ line: Line) -> Bool {
        var cursor = line.start
        while cursor < line.end, bytes[cursor] == 0x2A || bytes[cursor] == 0x5F || bytes[cursor] == 0x22 { cursor += 1 }
        guard cursor < line.end else { return false }
        let byte = bytes[cursor]
        if byte >= 0x61 && byte <= 0x7A {
            // "a. Text", "iv. Text", "b) Text" are labels, not continuations.
            var end = cursor
            while end < line.end, bytes[end] >= 0x61, bytes[end] <= 0x7A { end += 1 }
            if end < line.end, end - cursor <= 4, bytes[end] == 0x2E || bytes[end] == 0x29,
               end + 1 == line.end || bytes[end + 1] == 0x20 {
                return false
            }
            return true
        }
        return false
    }

    private func startsWithLabel(_ bytes: [UInt8], _ line: Line) -> Bool {
        var cursor = line.start
        if bytes[cursor] == 0x28 { return true }
        while cursor < line.end, cursor - line.start < 5,
              (bytes[cursor] >= 0x30 && bytes[cursor] <= 0x39) || (bytes[cursor] | 0x20 >= 0x61 && bytes[cursor] | 0x20 <= 0x7A) {
            cursor += 1
        }
        return cursor > line.start && cursor + 1 < line.end && (bytes[cursor] == 0x2E || bytes[cursor] == 0x29) && bytes[cursor + 1] == 0x20
    }

    private func endsWithHyphenatedWord(_ bytes: [UInt8], _ line: Line) -> Bool {
        guard line.end - line.start >= 3, bytes[line.end - 1] == 0x2D else { return false }
        let before = bytes[line.end - 2] | 0x20
        return before >= 0x61 && before <= 0x7A
    }

    /// Adds a complete paragraph. One that starts in lower case after a blank line continues
    /// the previous clause: a page break split it, often with footnotes or page furniture
    /// between, and it is joined to that clause.
    private func complete(_ paragraph: Paragraphs.Paragraph, in paragraphs: inout Paragraphs, _ bytes: [UInt8]) {
        let first = paragraphs.pieces[paragraph.first]
        let line = Line(start: first.start, end: first.end, kind: paragraph.kind, bullet: paragraph.bullet)
        if paragraph.kind == .paragraph, !paragraph.bullet, startsLowercase(bytes, line) {
            var target = paragraphs.list.count - 1
            var skipped = 0
            while target >= 0, paragraphs.list[target].kind == .footnote || isPageFurniture(paragraphs.list[target], paragraphs, bytes), skipped < 12 {
                target -= 1; skipped += 1
            }
            if target >= 0, paragraphs.list[target].kind == .paragraph || paragraphs.list[target].kind == .listItem {
                let last = paragraphs.pieces[paragraphs.list[target].last]
                let hyphen = endsWithHyphenatedWord(bytes, Line(start: last.start, end: last.end, kind: .paragraph, bullet: false))
                paragraphs.join(paragraph, to: target, hyphenJoin: hyphen)
                return
            }
        }
        paragraphs.list.append(paragraph)
    }

    /// Page numbers and running heads between the halves of a split paragraph.
    private func isPageFurniture(_ paragraph: Paragraphs.Paragraph, _ paragraphs: Paragraphs, _ bytes: [UInt8]) -> Bool {
        guard paragraph.pieceCount == 1 else { return false }
        let piece = paragraphs.pieces[paragraph.first]
        let length = piece.end - piece.start
        guard length <= 24 else { return false }
        // "2/5", "17-08118", "A/RES/73/8", "E/CN.15/2018/L.6": no lower-case words.
        return !bytes[piece.start..<piece.end].contains(where: { $0 >= 0x61 && $0 <= 0x7A })
            || bytes[piece.start..<piece.end].allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2F || $0 == 0x20 })
    }

    private func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }
}
