import Foundation
import ClauseLint

/// Acronym definitions and uses of a document, grouped by scope: each resolution is
/// its own scope (a resolution must stand alone, even inside an archive), and the prose
/// outside resolutions is one more. Events are in document order within a scope.
struct AcronymIndex {
    struct Event {
        var acronym: String
        var written: String
        var range: Range<Int>
        var block: TextBlock
        var clause: Clause?
        var definition: AcronymScanner.Definition?
        /// In a title line (a heading, or a short line with no closing punctuation):
        /// its uses are not reported, and a definition there may be repeated in the text below.
        var inTitle: Bool
        var offset: Int { block.map.source(range.lowerBound) }
    }

    /// Scope key (resolution index, or -1 outside) → events.
    var scopes: [Int: [Event]] = [:]

    /// The document's index, built once and shared by the three acronym rules.
    static func of(_ document: Document) -> AcronymIndex {
        document.memo.value(AcronymIndex.self) { AcronymIndex(document) }
    }

    init(_ document: Document) {
        let scanner = AcronymScanner()
        let units = textUnits(document, includeHeadings: true)
        var inBibliography = false
        var found: [AcronymScanner.Found] = []
        for unit in units {
            // A bibliography cites titles and addresses, not the writer's own acronyms.
            if unit.resolution == nil, unit.block.text.utf8.count <= 32,
               Self.bibliographyHeadings.contains(unit.block.text.lowercased().trimmingCharacters(in: .whitespaces)) {
                inBibliography = true
            }
            if inBibliography, unit.resolution == nil { continue }
            found.removeAll(keepingCapacity: true)
            scanner.scan(bytes: unit.bytes, into: &found)
            guard !found.isEmpty else { continue }
            let inTitle = Self.isTitle(unit.block, bytes: unit.bytes)
            var events: [Event] = []
            for acronym in found {
                events.append(Event(acronym: acronym.acronym, written: acronym.written, range: acronym.range, block: unit.block,
                                    clause: unit.clause, definition: acronym.definition, inTitle: inTitle))
            }
            scopes[unit.resolution ?? -1, default: []].append(contentsOf: events)
        }
    }

    static let bibliographyHeadings: Set<String> = ["bibliography", "references", "works cited", "sources", "works consulted", "further reading"]

    /// `bytes`: the block's text, as its text unit holds it.
    static func isTitle(_ block: TextBlock, bytes: [UInt8]) -> Bool {
        if block.kind == .heading { return true }
        // Closing punctuation settles it without counting words (most clauses end so).
        if let last = bytes.last, last == 0x2E || last == 0x2C || last == 0x3B || last == 0x3A { return false }
        var words = 0
        var inWord = false
        var last: UInt8 = 0
        for byte in bytes {
            if byte == 0x20 { inWord = false } else if !inWord { inWord = true; words += 1; if words > 14 { return false } }
            last = byte
        }
        guard words > 0 else { return false }
        return !(last == 0x2E || last == 0x2C || last == 0x3B || last == 0x3A)
    }

    /// Reports a finding at an event.
    static func report(_ message: String, at event: Event, _ context: inout RuleContext) {
        if let clause = event.clause { context.report(message, clause: clause, range: event.range) }
        else { context.report(message, block: event.block, range: event.range) }
    }

    /// Allow-list matching: `NGOs` is covered by `NGO`; `HIV/AIDS` by its parts.
    static func isKnown(_ acronym: String, _ known: Set<String>) -> Bool {
        if known.contains(acronym) { return true }
        if acronym.contains("/" as Character) { return acronym.split(separator: "/").allSatisfy { known.contains(String($0)) } }
        return false
    }
}
