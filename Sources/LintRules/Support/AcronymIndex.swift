import Foundation
import ClauseLint

/// Acronym definitions and uses of a document, grouped by scope: each resolution is
/// its own scope (a resolution must stand alone, even inside an archive), and the prose
/// outside resolutions is one more. Events are in document order within a scope.
struct AcronymIndex {
    struct Event {
        var acronym: String
        /// The acronym's number in the document (`acronymCount`): equal acronyms, equal
        /// numbers, so the rules keep per-acronym state in arrays rather than sets of Strings.
        var id: Int
        var written: String
        var range: Range<Int>
        /// The paragraph: its block, and its clause when it is one.
        var unit: TextUnit
        var definition: AcronymScanner.Definition?
        /// In a title line (a heading, or a short line with no closing punctuation):
        /// its uses are not reported, and a definition there may be repeated in the text below.
        var inTitle: Bool
        var offset: Int { unit.block.map.source(range.lowerBound) }
    }

    struct Scope {
        /// The resolution's index, or -1 outside resolutions.
        var key: Int
        var events: [Event]
    }

    /// The scopes that have events, by key.
    private(set) var scopes: [Scope] = []
    /// How many different acronyms the document has: every `Event.id` is below it.
    private(set) var acronymCount = 0

    /// The document's index, built once and shared by the three acronym rules.
    static func of(_ document: Document) -> AcronymIndex {
        document.memo.value(AcronymIndex.self) { AcronymIndex(document) }
    }

    init(_ document: Document) {
        var scanner = AcronymScanner()
        let units = textUnits(document, includeHeadings: true)
        // Events by scope key + 1: an empty array costs nothing.
        var byKey = [[Event]](repeating: [], count: (units.lazy.map { $0.resolution ?? -1 }.max() ?? -1) + 2)
        var ids: [String: Int] = [:]
        var inBibliography = false
        var found: [AcronymScanner.Found] = []
        for unit in units {
            // A bibliography cites titles and addresses, not the writer's own acronyms.
            if unit.resolution == nil, unit.bytes.count <= 32,
               Self.bibliographyHeadings.contains(unit.block.text.lowercased().trimmingCharacters(in: .whitespaces)) {
                inBibliography = true
            }
            if inBibliography, unit.resolution == nil { continue }
            scanner.scan(bytes: unit.bytes, into: &found)
            guard !found.isEmpty else { continue }
            defer { found.removeAll(keepingCapacity: true) }
            let inTitle = Self.isTitle(unit.block, bytes: unit.bytes)
            let slot = (unit.resolution ?? -1) + 1
            // Room for a document's few acronyms at the first, so the table seldom grows.
            if ids.isEmpty { ids.reserveCapacity(16) }
            for acronym in found {
                let id: Int
                if let known = ids[acronym.acronym] { id = known } else { id = ids.count; ids[acronym.acronym] = id }
                byKey[slot].append(Event(acronym: acronym.acronym, id: id, written: acronym.written, range: acronym.range, unit: unit,
                                         definition: acronym.definition, inTitle: inTitle))
            }
        }
        acronymCount = ids.count
        for (slot, events) in byKey.enumerated() where !events.isEmpty { scopes.append(Scope(key: slot - 1, events: events)) }
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
        if let clause = event.unit.clause { context.report(message, clause: clause, range: event.range) }
        else { context.report(message, block: event.unit.block, range: event.range) }
    }

    /// Allow-list matching: `NGOs` is covered by `NGO`; `HIV/AIDS` by its parts.
    static func isKnown(_ acronym: String, _ known: Set<String>) -> Bool {
        if known.contains(acronym) { return true }
        if acronym.contains("/" as Character) { return acronym.split(separator: "/").allSatisfy { known.contains(String($0)) } }
        return false
    }
}
