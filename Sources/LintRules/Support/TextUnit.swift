import ClauseLint

/// One paragraph a prose rule reads: a clause, a sub-clause or a prose paragraph, with
/// the index of its resolution (nil outside resolutions) and its UTF-8 bytes. A class,
/// so that the rules passing over a document's units share them without copying clauses.
final class TextUnit: Sendable {
    let block: TextBlock
    /// The clause the paragraph is (nil for prose): one reference, as a clause's fields are boxed.
    let clause: Clause?
    let resolution: Int?
    /// The block's text as bytes, made once for every rule that scans it.
    let bytes: [UInt8]
    /// Where the block starts in the source.
    let offset: Int

    init(block: TextBlock, clause: Clause?, resolution: Int?) {
        self.block = block
        self.clause = clause
        self.resolution = resolution
        self.bytes = Array(block.text.utf8)
        self.offset = block.sourceStart
    }
}

/// Every paragraph a prose rule should read, clauses, sub-clauses and prose paragraphs in
/// document order (headings too when asked), built once per document.
func textUnits(_ document: Document, includeHeadings: Bool = false) -> [TextUnit] {
    let all = document.memo.value(TextUnitsWithHeadings.self) { TextUnitsWithHeadings(units: buildTextUnits(document)) }.units
    if includeHeadings { return all }
    return document.memo.value(TextUnits.self) {
        // The same objects without the prose headings: the same array when there are none,
        // else one reserved array (a filter grows its result one element at a time).
        func isProseHeading(_ unit: TextUnit) -> Bool { unit.clause == nil && unit.block.kind == .heading }
        guard all.contains(where: isProseHeading) else { return TextUnits(units: all) }
        var units: [TextUnit] = []
        units.reserveCapacity(all.count)
        for unit in all where !isProseHeading(unit) { units.append(unit) }
        return TextUnits(units: units)
    }.units
}

private struct TextUnits { var units: [TextUnit] }
private struct TextUnitsWithHeadings { var units: [TextUnit] }

private func buildTextUnits(_ document: Document) -> [TextUnit] {
    var units: [TextUnit] = []
    // Every clause of every resolution, depth first, in document order.
    for (index, resolution) in document.resolutions.enumerated() {
        func walk(_ clauses: [Clause]) {
            for clause in clauses {
                units.append(TextUnit(block: clause.block, clause: clause, resolution: index))
                walk(clause.children)
            }
        }
        walk(resolution.preamble)
        walk(resolution.operative)
        for annex in resolution.annexes { walk(annex.operative) }
    }
    for paragraph in document.prose where paragraph.block.kind == .paragraph || paragraph.block.kind == .listItem || paragraph.block.kind == .heading {
        units.append(TextUnit(block: paragraph.block, clause: nil, resolution: paragraph.resolutionIndex))
    }
    // Prose between clauses (headings, notes) takes its place among them. Both halves
    // are already in order, so the stable sort (in place) only merges two runs.
    units.sort { $0.offset < $1.offset }
    return units
}

/// The words of every unit of `textUnits(document)` with the hash of each, lower-cased
/// (`WordScanner.lowerHash`), in two arrays for the whole document: no pair of arrays
/// to make and free for every paragraph.
struct UnitWords {
    var words: [WordScanner.Word]
    var hashes: [UInt64]
    /// Unit `i`'s words are at `ends[i]..<ends[i + 1]` in `words` and `hashes`.
    var ends: [Int]

    /// Where the words of unit `unit` are in `words` and `hashes`.
    func range(_ unit: Int) -> Range<Int> { ends[unit]..<ends[unit + 1] }
}

/// The words of every unit of `textUnits(document)`, in the same order: scanned once per
/// document for the rules that look words up (spelling, capitalisation, duplicates).
func unitWords(_ document: Document) -> UnitWords {
    document.memo.value(UnitWords.self) {
        let units = textUnits(document)
        var ends = [0]
        ends.reserveCapacity(units.count + 1)
        var hashes: [UInt64] = []
        // Room for the most words the text can hold: only the part written is ever touched.
        let room = units.reduce(0) { $0 + WordScanner.mostWords($1.bytes.count) }
        let words = [WordScanner.Word](unsafeUninitializedCapacity: room) { words, found in
            hashes = [UInt64](unsafeUninitializedCapacity: room) { hashes, hashed in
                for unit in units {
                    hashed = WordScanner.scan(unit.bytes, into: words, hashes, at: hashed)
                    ends.append(hashed)
                }
                found = hashed
            }
        }
        return UnitWords(words: words, hashes: hashes, ends: ends)
    }
}
