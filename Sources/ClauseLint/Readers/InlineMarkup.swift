/// Turns the raw bytes of one Markdown paragraph into clean text: emphasis markers,
/// links, HTML tags and footnote markers removed, whitespace collapsed, italic
/// ranges recorded. One pass to find markup, one to pair emphasis, one to emit. The
/// first pass also notes where whitespace needs collapsing, so the last copies the text
/// between those places, skips and italic boundaries without looking at it again.
///
/// One renderer serves every paragraph of a file, and is then kept for a later file
/// (`InlineMarkupPool`): its working arrays keep their capacity, so a paragraph allocates
/// only what its `TextBlock` keeps.
struct InlineMarkup {
    /// The raw bytes of a paragraph of several lines, joined, and the runs of the source
    /// they were copied from (a paragraph of one line is read where it stands).
    private var joined: [UInt8] = []
    private var rawRuns = Runs()

    // Working arrays, emptied (not freed) for each paragraph.
    private var skips = ScratchArray<Range<Int>>()
    /// Where the output must collapse whitespace: tabs, line breaks, no-break spaces and
    /// a space after another blank. Every other space is copied as it stands.
    private var blankStops = ScratchArray<Int>()
    private var runs = ScratchArray<DelimiterRun>()
    private var tagItalicStack = ScratchArray<Int>()
    private var italicRaw = ScratchArray<Range<Int>>()
    private var openers = ScratchArray<Int>()
    private var points = ScratchArray<(raw: Int, slot: Int)>()
    private var cleanAt = ScratchArray<Int>()
    /// The italic ranges in the clean text, before they are merged.
    private var cleanItalics = ScratchArray<Range<Int>>()
    private var singleItalics = SingleRangeArrays()
    /// Holds the clean text; never shorter than the longest paragraph so far.
    private var out: [UInt8] = []
    private var outRuns = Runs()

    private struct DelimiterRun {
        var position: Int
        var length: Int
        var character: UInt8
        var canOpen: Bool
        var canClose: Bool
        var openerUsed = 0   // consumed from the right, as an opener
        var closerUsed = 0   // consumed from the left, as a closer
    }

    /// Runs of bytes copied verbatim, as `OffsetMap` records them, in one array that is reused.
    private struct Runs {
        /// Where each run starts in the text and in the source.
        var starts = ScratchArray<(text: Int, source: Int)>()
        var length = 0
        var nextSource = -1

        mutating func removeAll() {
            starts.clear()
            length = 0
            nextSource = -1
        }

        /// Records `count` bytes copied from `source` on, continuing the last run when they follow it.
        @inline(__always)
        mutating func append(source: Int, count: Int) {
            guard count > 0 else { return }
            if source != nextSource || starts.isEmpty {
                starts.append((length, source))
            }
            length += count
            nextSource = source + count
        }

        /// An `OffsetMap` with the same runs, its array allocated once at its final size.
        func offsetMap() -> OffsetMap {
            starts.withUnsafeBufferPointer { OffsetMap(runs: $0, length: length) }
        }
    }

    /// Bytes of the largest paragraph the renderer has room for (its other arrays grow with
    /// the markup of a paragraph, so no faster).
    var workingSize: Int { out.count }

    // MARK: The raw paragraph

    /// Starts a new paragraph of several lines.
    mutating func clear() {
        joined.clear()
        rawRuns.removeAll()
    }

    /// Appends `bytes[range]`, which sit at the same offsets in the source.
    mutating func append(_ bytes: [UInt8], _ range: Range<Int>) {
        // From a buffer, copied at once: from an array slice the append takes a slower path.
        bytes.withUnsafeBufferPointer { joined.append(contentsOf: UnsafeBufferPointer(rebasing: $0[range])) }
        rawRuns.append(source: range.lowerBound, count: range.count)
    }

    /// Appends the space that joins two lines; `source` is where it stands in for a line break.
    mutating func appendSpace(source: Int) {
        joined.append(0x20)
        rawRuns.append(source: source, count: 1)
    }

    // MARK: Rendering

    /// Renders `bytes[range]`, a paragraph of one line, read where it stands in the source:
    /// nearly every paragraph, which then needs no copy.
    mutating func render(_ bytes: [UInt8], _ range: Range<Int>, kind: TextBlock.Kind) -> TextBlock {
        rawRuns.removeAll()
        rawRuns.append(source: range.lowerBound, count: range.count)
        return bytes.withUnsafeBufferPointer { render(UnsafeBufferPointer(rebasing: $0[range]), kind: kind) }
    }

    /// Renders the lines appended since `clear()`.
    mutating func render(kind: TextBlock.Kind) -> TextBlock {
        // A reference of its own, so that rendering may change the renderer (nothing
        // changes `joined` meanwhile).
        let joined = self.joined
        return joined.withUnsafeBufferPointer { render($0, kind: kind) }
    }

    /// Renders the raw paragraph `raw`, whose offsets `rawRuns` maps to the source. Every
    /// read of `raw` is checked against its count first.
    private mutating func render(_ raw: UnsafeBufferPointer<UInt8>, kind: TextBlock.Kind) -> TextBlock {
        skips.clear()
        blankStops.clear()
        runs.clear()
        tagItalicStack.clear()
        italicRaw.clear()
        let count = raw.count

        // Pass 1: markup positions.
        var index = 0
        var linkResume: (at: Int, to: Int)? = nil
        while index < count {
            if let resume = linkResume, index >= resume.at {
                index = resume.to
                linkResume = nil
                continue
            }
            let stop = min(count, linkResume?.at ?? count)
            index = Self.skipPlainText(raw, from: index, to: stop)
            guard index < stop else { continue }
            let byte = raw[index]
            switch byte {
            case 0x5C where index + 1 < count && Self.isASCIIPunctuation(raw[index + 1]):
                skips.append(index..<(index + 1))
                index += 2
                continue
            case 0x2A, 0x5F: // * _
                var end = index
                while end < count, raw[end] == byte { end += 1 }
                let before: UInt8 = index > 0 ? raw[index - 1] : 0x20
                let after: UInt8 = end < count ? raw[end] : 0x20
                let leftFlanking = !Self.isSpace(after) && (!Self.isASCIIPunctuation(after) || Self.isSpace(before) || Self.isASCIIPunctuation(before))
                let rightFlanking = !Self.isSpace(before) && (!Self.isASCIIPunctuation(before) || Self.isSpace(after) || Self.isASCIIPunctuation(after))
                var canOpen = leftFlanking, canClose = rightFlanking
                if byte == 0x5F { // intraword underscores are not emphasis
                    canOpen = leftFlanking && (!rightFlanking || Self.isASCIIPunctuation(before))
                    canClose = rightFlanking && (!leftFlanking || Self.isASCIIPunctuation(after))
                }
                runs.append(DelimiterRun(position: index, length: end - index, character: byte, canOpen: canOpen, canClose: canClose))
                index = end
                continue
            case 0x3C: // <
                if let (end, tag) = Self.tag(in: raw, at: index) {
                    switch tag {
                    case "i", "em": tagItalicStack.append(end)
                    case "/i", "/em":
                        if let open = tagItalicStack.popLast() { italicRaw.append(open..<index) }
                    case "sup":
                        // <sup>1</sup>: a footnote marker.
                        if let close = Self.find(Array("</sup>".utf8), in: raw, from: end, limit: 40) {
                            skips.append(index..<(close + 6)); index = close + 6; continue
                        }
                    default: break
                    }
                    skips.append(index..<end)
                    index = end
                    continue
                }
            case 0x5B: // [
                if let (textRange, end) = Self.link(in: raw, at: index) {
                    // Footnote references [1] and [^1] vanish; links keep their text.
                    if Self.isFootnoteReference(raw[textRange]) {
                        skips.append(index..<end)
                        index = end
                        continue
                    }
                    skips.append(index..<textRange.lowerBound)
                    skips.append(textRange.upperBound..<end)
                    linkResume = (textRange.upperBound, end)
                    index = textRange.lowerBound
                    continue
                }
            case 0x21 where index + 1 < count && raw[index + 1] == 0x5B: // ![image](url)
                if let (_, end) = Self.link(in: raw, at: index + 1) {
                    skips.append(index..<end); index = end; continue
                }
            case 0xC2 where index + 1 < count && (raw[index + 1] == 0xB9 || raw[index + 1] == 0xB2 || raw[index + 1] == 0xB3):
                skips.append(index..<(index + 2)); index += 2; continue
            case 0xE2 where index + 2 < count && raw[index + 1] == 0x81 && (raw[index + 2] == 0xB0 || (raw[index + 2] >= 0xB4 && raw[index + 2] <= 0xB9)):
                skips.append(index..<(index + 3)); index += 3; continue
            case 0xC2 where index + 1 < count && raw[index + 1] == 0xA0, 0x09, 0x0A, 0x0D, 0x20:
                blankStops.append(index)
            default: break
            }
            index += 1
        }

        pairEmphasis()
        // Already in order nearly always; the sort is stable, so skipping it changes nothing.
        if !zip(skips, skips.dropFirst()).allSatisfy({ $0.lowerBound <= $1.lowerBound }) {
            skips.sort { $0.lowerBound < $1.lowerBound }
        }
        // Out of order only when a tag inside a link's text runs past its end: rare.
        if !zip(blankStops, blankStops.dropFirst()).allSatisfy({ $0 <= $1 }) { blankStops.sort() }
        return emit(raw, kind: kind)
    }

    /// Pass 2: pairs emphasis delimiters (CommonMark's algorithm, simplified) into
    /// italic ranges and skips.
    private mutating func pairEmphasis() {
        openers.clear()
        for closerIndex in runs.indices {
            if runs[closerIndex].canClose {
                var search = openers.count - 1
                while search >= 0, runs[closerIndex].length - runs[closerIndex].closerUsed > 0 {
                    let openerIndex = openers[search]
                    let opener = runs[openerIndex]
                    let openerLeft = opener.length - opener.openerUsed
                    if opener.character == runs[closerIndex].character, openerLeft > 0 {
                        let closerLeft = runs[closerIndex].length - runs[closerIndex].closerUsed
                        let used = openerLeft >= 2 && closerLeft >= 2 ? 2 : 1
                        runs[openerIndex].openerUsed += used
                        runs[closerIndex].closerUsed += used
                        if used == 1 {
                            let start = opener.position + opener.length - runs[openerIndex].openerUsed + 1
                            let end = runs[closerIndex].position + runs[closerIndex].closerUsed - 1
                            italicRaw.append(start..<max(start, end))
                        }
                        // Openers between the pair can no longer close anything.
                        openers.removeAll(from: search + 1)
                        if runs[openerIndex].length - runs[openerIndex].openerUsed == 0 {
                            openers.remove(at: search)
                            search -= 1
                        }
                    } else {
                        search -= 1
                    }
                }
            }
            if runs[closerIndex].canOpen, runs[closerIndex].length - runs[closerIndex].closerUsed > 0 {
                openers.append(closerIndex)
            }
        }
        for run in runs {
            if run.closerUsed > 0 { skips.append(run.position..<(run.position + run.closerUsed)) }
            if run.openerUsed > 0 { skips.append((run.position + run.length - run.openerUsed)..<(run.position + run.length)) }
        }
    }

    /// Pass 3: emits the clean text, collapsing whitespace, and translates italic ranges.
    private mutating func emit(_ raw: UnsafeBufferPointer<UInt8>, kind: TextBlock.Kind) -> TextBlock {
        let count = raw.count
        points.clear()
        for (slot, range) in italicRaw.enumerated() {
            points.append((range.lowerBound, slot * 2))
            points.append((range.upperBound, slot * 2 + 1))
        }
        // In order unless emphasis nests; points at the same offset get the same value, so
        // their order does not matter.
        if !zip(points, points.dropFirst()).allSatisfy({ $0.raw <= $1.raw }) { points.sort { $0.raw < $1.raw } }
        // A slot for each point; the loop below writes every slot before it is read.
        cleanAt.clear()
        for _ in 0..<points.count { cleanAt.append(0) }
        // The output is never longer than the input.
        if out.count < count { out = [UInt8](repeating: 0, count: max(count, 2 * out.count)) }
        outRuns.removeAll()
        var outCount = 0
        var skipIndex = 0, pointIndex = 0, stopIndex = 0
        var rawCursor = RawCursor(runs: rawRuns)
        var index = 0
        out.withUnsafeMutableBufferPointer { out in
            while index <= count {
                while pointIndex < points.count, points[pointIndex].raw <= index {
                    cleanAt[points[pointIndex].slot] = outCount
                    pointIndex += 1
                }
                guard index < count else { break }
                while skipIndex < skips.count, skips[skipIndex].upperBound <= index { skipIndex += 1 }
                if skipIndex < skips.count, skips[skipIndex].lowerBound <= index {
                    index = skips[skipIndex].upperBound
                    continue
                }
                let byte = raw[index]
                if Self.isSpace(byte) || (byte == 0xC2 && index + 1 < count && raw[index + 1] == 0xA0) {
                    if outCount > 0, out[outCount - 1] != 0x20 {
                        out[outCount] = 0x20
                        outCount += 1
                        outRuns.append(source: rawCursor.source(index), count: 1)
                    }
                    index += byte == 0xC2 ? 2 : 1
                    continue
                }
                // Plain text up to the next blank stop, skip, italic boundary or line of
                // the raw map: copied at once and mapped as one piece. Its single spaces
                // follow a byte copied just before them, so they are what collapsing writes.
                let source = rawCursor.source(index)
                var limit = min(count, rawCursor.runEnd)
                if skipIndex < skips.count { limit = min(limit, skips[skipIndex].lowerBound) }
                if pointIndex < points.count { limit = min(limit, points[pointIndex].raw) }
                while stopIndex < blankStops.count, blankStops[stopIndex] <= index { stopIndex += 1 }
                if stopIndex < blankStops.count { limit = min(limit, blankStops[stopIndex]) }
                let length = limit - index
                (out.baseAddress! + outCount).update(from: raw.baseAddress! + index, count: length)
                outCount += length
                outRuns.append(source: source, count: length)
                index = limit
            }
        }
        while outCount > 0, out[outCount - 1] == 0x20 { outCount -= 1 }
        cleanItalics.clear()
        for slot in 0..<italicRaw.count {
            var start = min(cleanAt[slot * 2], outCount), end = min(cleanAt[slot * 2 + 1], outCount)
            while start < end, out[start] == 0x20 { start += 1 }
            while end > start, out[end - 1] == 0x20 { end -= 1 }
            if start < end { cleanItalics.append(start..<end) }
        }
        let italics: [Range<Int>]
        switch cleanItalics.count {
        case 0: italics = []
        case 1: italics = singleItalics.array(cleanItalics[0])
        default: italics = Self.merged(Array(cleanItalics))
        }
        let text = out.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[0..<outCount]), as: UTF8.self) }
        // Trailing spaces were dropped from the text; their runs stay in the map, as before.
        return TextBlock(kind: kind, text: text, map: outRuns.offsetMap(), italics: italics)
    }

    /// Arrays of one italic range, shared by the blocks of the file with that range. Most
    /// blocks with italics have one (an italic opening phrase), and the same few again and
    /// again (`0..<9` for `*Recalling*`, `3..<8` for `1. *Urges*`): they then share an
    /// array instead of allocating one each. A small cache: a range whose slot holds
    /// another gets a new array, which takes the slot.
    private struct SingleRangeArrays {
        private var slots: [(range: Range<Int>, array: [Range<Int>])] = []
        private static let slotCount = 64

        mutating func array(_ range: Range<Int>) -> [Range<Int>] {
            // An empty range marks an empty slot: italic ranges are never empty.
            if slots.isEmpty { slots = Array(repeating: (0..<0, []), count: Self.slotCount) }
            let slot = (range.lowerBound &* 31 &+ range.upperBound) & (Self.slotCount - 1)
            if slots[slot].range != range { slots[slot] = (range, [range]) }
            return slots[slot].array
        }
    }

    /// Sorts and merges overlapping or touching ranges (`*a* *b*` stays two ranges).
    static func merged(_ ranges: [Range<Int>]) -> [Range<Int>] {
        // Usually already apart and in order: nothing to sort or merge.
        if zip(ranges, ranges.dropFirst()).allSatisfy({ $0.upperBound < $1.lowerBound }) { return ranges }
        let sorted = ranges.sorted { $0.lowerBound < $1.lowerBound }
        var result: [Range<Int>] = []
        for range in sorted {
            if let last = result.last, range.lowerBound <= last.upperBound {
                result[result.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                result.append(range)
            }
        }
        return result
    }

    /// Walks the raw map forwards; its arrays are held here so each step costs no retain.
    private struct RawCursor {
        let starts: ScratchArray<(text: Int, source: Int)>
        var run = 0
        init(runs: Runs) { starts = runs.starts }
        /// The raw offset where the run of the last `source` call ends.
        var runEnd: Int { run + 1 < starts.count ? starts[run + 1].text : Int.max }
        @inline(__always)
        mutating func source(_ offset: Int) -> Int {
            guard !starts.isEmpty else { return offset }
            while run + 1 < starts.count, starts[run + 1].text <= offset { run += 1 }
            return starts[run].source + (offset - starts[run].text)
        }
    }

    /// The first offset in `start..<end` holding a byte the first pass acts on (see
    /// `needsLook`), or `end`. Plain text, nearly all of it, is passed over sixteen bytes at a
    /// time by `lookFlags`, which flags a few bytes more than `needsLook`: the scan goes to
    /// the first flag and asks `needsLook` there. Fewer than sixteen bytes at the end are
    /// tested as the last sixteen, with the flags of the bytes already passed cleared.
    @inline(__always)
    static func skipPlainText(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        var index = start
        guard index < end else { return end }
        // The first byte of the paragraph has no byte before it for the sixteen-byte test.
        if index == 0 {
            if needsLook(bytes, 0) { return 0 }
            index = 1
        }
        let raw = UnsafeRawPointer(bytes.baseAddress!)
        while index < end {
            var flags: (low: UInt64, high: UInt64)
            var base = index
            if end &- index >= 16 {
                flags = lookFlags(raw, at: index)
                if flags.low | flags.high == 0 { index &+= 16; continue }
            } else if end > 16 {
                base = end &- 16
                flags = lookFlags(raw, at: base)
                let passed = (index &- base) &* 8
                if passed >= 64 { flags.low = 0; flags.high &= ~0 << (passed &- 64) } else { flags.low &= ~0 << passed }
                if flags.low | flags.high == 0 { return end }
            } else {
                if needsLook(bytes, index) { return index }
                index &+= 1
                continue
            }
            index = base &+ (flags.low != 0 ? flags.low.trailingZeroBitCount &>> 3 : 8 &+ flags.high.trailingZeroBitCount &>> 3)
            if needsLook(bytes, index) { return index }
            index &+= 1
        }
        return end
    }

    /// Flags of the sixteen bytes from `offset` that may need the first pass, a nonzero byte
    /// each, in two words (byte `i` is bits `8i..<8i+8` of the pair): bytes below 0x20 or
    /// 0x80 and above, the markup bytes (backslash ! * < [ _), a space after a byte below
    /// 0x21 or 0x80 and above, and also `|` and 0x1C, which `needsLook` then lets pass. Reads
    /// the byte before `offset` too, which must exist. Byte comparisons in one vector register
    /// (the standard library's SIMD16 comparisons are single instructions); the flags are
    /// added, not or-ed, as that operator is a single instruction too, and each sum of at
    /// most five flags of 0xFF is nonzero.
    @inline(__always)
    static func lookFlags(_ raw: UnsafeRawPointer, at offset: Int) -> (low: UInt64, high: UInt64) {
        typealias Bytes = SIMD16<UInt8>
        func flags(_ mask: SIMDMask<SIMD16<Int8>>) -> Bytes { unsafeBitCast(mask, to: Bytes.self) }
        /// `bytes | mask` in each byte, worked on as four words (no single instruction for bytes).
        func setting(_ bytes: Bytes, _ mask: UInt8) -> Bytes {
            unsafeBitCast(unsafeBitCast(bytes, to: SIMD4<UInt32>.self) | SIMD4(repeating: UInt32(mask) &* 0x0101_0101), to: Bytes.self)
        }
        let bytes = raw.loadUnaligned(fromByteOffset: offset, as: Bytes.self)
        let previous = raw.loadUnaligned(fromByteOffset: offset &- 1, as: SIMD16<Int8>.self)
        // Each byte after a blank less one: then a space there is below 0x20, like the bytes
        // below 0x20 and those of 0x80 and above (as signed bytes, negative). 0x80 after a
        // blank becomes 0x7F and passes: it needs no look.
        let lowered = unsafeBitCast(bytes &+ flags(previous .< SIMD16(repeating: 0x21)), to: SIMD16<Int8>.self)
        let sum = flags(lowered .< SIMD16(repeating: 0x20))
            &+ flags(setting(bytes, 0x04) .== Bytes(repeating: 0x5F))   // [ and _
            &+ flags(setting(bytes, 0x60) .== Bytes(repeating: 0x7C))   // < and backslash
            &+ flags(bytes .== Bytes(repeating: 0x21)) &+ flags(bytes .== Bytes(repeating: 0x2A))
        let halves = unsafeBitCast(sum, to: SIMD2<UInt64>.self)
        return (UInt64(littleEndian: halves[0]), UInt64(littleEndian: halves[1]))
    }

    /// True for the bytes the first pass acts on: backslash * _ < [ !, the lead bytes of
    /// superscript digits and of the no-break space, tabs and line breaks, and a space
    /// after another blank.
    @inline(__always)
    static func needsLook(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        switch bytes[index] {
        case 0x5C, 0x2A, 0x5F, 0x3C, 0x5B, 0x21, 0xC2, 0xE2, 0x09, 0x0A, 0x0D: return true
        case 0x20: return index > 0 && isBlankBefore(bytes[index - 1])
        default: return false
        }
    }

    /// Blanks a following space collapses into: the ASCII ones and the last byte of a
    /// no-break space (0xA0 also ends other characters; a needless stop changes no output).
    @inline(__always)
    static func isBlankBefore(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0xA0
    }

    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }

    static func isASCIIPunctuation(_ byte: UInt8) -> Bool {
        (byte >= 0x21 && byte <= 0x2F) || (byte >= 0x3A && byte <= 0x40) || (byte >= 0x5B && byte <= 0x60) || (byte >= 0x7B && byte <= 0x7E)
    }

    /// An HTML tag or comment at `index`: its end and lower-cased name (`/em`), or nil.
    static func tag(in raw: UnsafeBufferPointer<UInt8>, at index: Int) -> (Int, String)? {
        let count = raw.count
        if index + 3 < count, raw[index + 1] == 0x21, raw[index + 2] == 0x2D, raw[index + 3] == 0x2D {
            if let close = find(Array("-->".utf8), in: raw, from: index + 4, limit: 4096) { return (close + 3, "!--") }
            return nil
        }
        var cursor = index + 1
        var name: [UInt8] = []
        if cursor < count, raw[cursor] == 0x2F { name.append(0x2F); cursor += 1 }
        let nameStart = cursor
        while cursor < count, (raw[cursor] | 0x20) >= 0x61, (raw[cursor] | 0x20) <= 0x7A {
            name.append(raw[cursor] | 0x20); cursor += 1
        }
        guard cursor > nameStart, cursor - nameStart <= 10 else { return nil }
        // Autolinks (<https://…>) are text, not tags.
        if cursor < count, raw[cursor] == 0x3A { return nil }
        var end = cursor
        while end < count, end - index < 512, raw[end] != 0x3E, raw[end] != 0x3C { end += 1 }
        guard end < count, raw[end] == 0x3E else { return nil }
        let first = raw[cursor]
        guard first == 0x3E || first == 0x20 || first == 0x2F || first == 0x09 else { return nil }
        return (end + 1, String(decoding: name, as: UTF8.self))
    }

    /// A `[text](url)` link, `[1]` or `[^1]` footnote reference at `index`: the text range and the end.
    static func link(in raw: UnsafeBufferPointer<UInt8>, at index: Int) -> (Range<Int>, Int)? {
        let count = raw.count
        var depth = 0, cursor = index
        while cursor < count, cursor - index < 2000 {
            if raw[cursor] == 0x5B { depth += 1 }
            if raw[cursor] == 0x5D { depth -= 1; if depth == 0 { break } }
            cursor += 1
        }
        guard cursor < count, raw[cursor] == 0x5D else { return nil }
        let textRange = (index + 1)..<cursor
        if cursor + 1 < count, raw[cursor + 1] == 0x28 {
            var end = cursor + 2, parens = 1
            while end < count, end - cursor < 2000 {
                if raw[end] == 0x28 { parens += 1 }
                if raw[end] == 0x29 { parens -= 1; if parens == 0 { return (textRange, end + 1) } }
                if raw[end] == 0x20 && parens == 1 && raw[cursor + 2] != 0x3C { break }
                end += 1
            }
            return nil
        }
        if isFootnoteReference(raw[textRange]) { return (textRange, cursor + 1) }
        return nil
    }

    static func isFootnoteReference(_ text: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        guard !text.isEmpty, text.count <= 4 else { return false }
        var digits = text[...]
        if digits.first == 0x5E { digits = digits.dropFirst() }
        return !digits.isEmpty && digits.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    static func find(_ needle: [UInt8], in raw: UnsafeBufferPointer<UInt8>, from start: Int, limit: Int) -> Int? {
        guard !needle.isEmpty else { return nil }
        var index = start
        let last = min(raw.count - needle.count, start + limit)
        while index <= last {
            if raw[index] == needle[0] || raw[index] | 0x20 == needle[0] {
                var matched = true
                for offset in 1..<needle.count where raw[index + offset] | 0x20 != needle[offset] | 0x20 {
                    matched = false; break
                }
                if matched { return index }
            }
            index += 1
        }
        return nil
    }
}

private extension Array {
    /// Empties the array and keeps its buffer. An empty array is left alone: the standard
    /// library's `removeAll(keepingCapacity:)` goes through `replaceSubrange` even then.
    mutating func clear() {
        if !isEmpty { removeAll(keepingCapacity: true) }
    }
}
