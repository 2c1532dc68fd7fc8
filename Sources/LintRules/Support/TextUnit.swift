import ClauseLint

/// One paragraph a prose rule reads: a clause, a sub-clause or a prose paragraph, with
/// the index of its resolution (nil outside resolutions) and its UTF-8 bytes. A class,
/// so that the rules passing over a document's units share them without copying clauses.
final class TextUnit: Sendable {
    let block: TextBlock
    /// The clause's site (shared with the clause walk): a reference keeps each unit small,
    /// where a clause held inline would cost hundreds of bytes for every prose paragraph too.
    let site: ClauseSite?
    var clause: Clause? { site?.clause }
    let resolution: Int?
    /// The block's text as bytes, made once for every rule that scans it.
    let bytes: [UInt8]
    /// Where the block starts in the source.
    let offset: Int

    init(block: TextBlock, site: ClauseSite?, resolution: Int?) {
        self.block = block
        self.site = site
        self.resolution = resolution
        self.bytes = Array(block.text.utf8)
        self.offset = block.map.source(0)
    }
}

/// Every paragraph a prose rule should read, clauses, sub-clauses and prose paragraphs in
/// document order (headings too when asked), built once per document.
func textUnits(_ document: Document, includeHeadings: Bool = false) -> [TextUnit] {
    let all = document.memo.value(TextUnitsWithHeadings.self) { TextUnitsWithHeadings(units: buildTextUnits(document)) }.units
    if includeHeadings { return all }
    // The same objects without the prose headings.
    return document.memo.value(TextUnits.self) { TextUnits(units: all.filter { $0.site != nil || $0.block.kind != .heading }) }.units
}

private struct TextUnits { var units: [TextUnit] }
private struct TextUnitsWithHeadings { var units: [TextUnit] }

private func buildTextUnits(_ document: Document) -> [TextUnit] {
    var units: [TextUnit] = []
    document.forEachClause { site in units.append(TextUnit(block: site.clause.block, site: site, resolution: site.resolutionIndex)) }
    for paragraph in document.prose where paragraph.block.kind == .paragraph || paragraph.block.kind == .listItem || paragraph.block.kind == .heading {
        units.append(TextUnit(block: paragraph.block, site: nil, resolution: paragraph.resolutionIndex))
    }
    // Prose between clauses (headings, notes) takes its place among them. Both halves
    // are already in order, so the stable sort only merges two runs.
    return units.sorted { $0.offset < $1.offset }
}

/// The words of one text unit with the hash of each, lower-cased (`WordScanner.lowerHash`).
struct UnitWords {
    var words: [WordScanner.Word]
    var hashes: [UInt64]
}

/// The words of every unit of `textUnits(document)`, in the same order: scanned once per
/// document for the rules that look words up (spelling, capitalisation).
func unitWords(_ document: Document) -> [UnitWords] {
    document.memo.value(AllUnitWords.self) {
        AllUnitWords(units: textUnits(document).map { unit in
            let (words, hashes) = WordScanner.wordsAndHashes(unit.bytes)
            return UnitWords(words: words, hashes: hashes)
        })
    }.units
}

private struct AllUnitWords { var units: [UnitWords] }
