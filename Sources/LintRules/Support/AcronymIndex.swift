import Foundation
import ClauseLint

/// Acronym definitions and uses of a document, grouped by scope: each resolution is
/// its own scope (a resolution must stand alone, even inside an archive), and the prose
/// outside resolutions is one more. Events are in document order within a scope.
///
/// A class: the document's memo holds one reference, and each rule's look-up hands out
/// that reference rather than a copy of the index's arrays.
final class AcronymIndex {
    /// A definition or a use, as plain numbers: the rules pass events around without
    /// reference counting, and their Strings and paragraphs are in the index's tables.
    struct Event {
        private var acronymNumber: Int32
        private var unitNumber: Int32
        private var definitionNumber: Int32
        private var start: Int32
        private var end: Int32
        /// In a title line (a heading, or a short line with no closing punctuation):
        /// its uses are not reported, and a definition there may be repeated in the text below.
        let inTitle: Bool

        /// The acronym's number in the document (below `acronymCount`): equal acronyms,
        /// equal numbers, so the rules keep per-acronym state in arrays, not sets of Strings.
        var id: Int { Int(acronymNumber) }
        /// The paragraph's position in `units`.
        var unit: Int { Int(unitNumber) }
        /// The definition's position in `definitions`, or nil for a use.
        var definitionIndex: Int? { definitionNumber < 0 ? nil : Int(definitionNumber) }
        var isDefinition: Bool { definitionNumber >= 0 }
        /// Byte range of the token in its paragraph (inside the parentheses, for `Full Name (ACR)`).
        var range: Range<Int> { Int(start)..<Int(end) }

        init(id: Int, unit: Int, definition: Int?, range: Range<Int>, inTitle: Bool) {
            acronymNumber = Int32(truncatingIfNeeded: id)
            unitNumber = Int32(truncatingIfNeeded: unit)
            definitionNumber = Int32(truncatingIfNeeded: definition ?? -1)
            start = Int32(truncatingIfNeeded: range.lowerBound)
            end = Int32(truncatingIfNeeded: range.upperBound)
            self.inTitle = inTitle
        }
    }

    struct Scope {
        /// The resolution's index, or -1 outside resolutions.
        var key: Int
        /// The scope's events in `events`.
        var events: Range<Int>
    }

    /// Every event, scope after scope in key order.
    let events: [Event]
    /// The scopes that have events, by key.
    let scopes: [Scope]
    /// Each acronym once, by number.
    let acronyms: [String]
    let definitions: [AcronymScanner.Definition]
    /// The document's paragraphs (`textUnits`, headings included).
    let units: [TextUnit]

    var acronymCount: Int { acronyms.count }

    /// The document's index, built once and shared by the three acronym rules.
    static func of(_ document: Document) -> AcronymIndex {
        document.memo.value(AcronymIndex.self) { AcronymIndex(document) }
    }

    init(_ document: Document) {
        var scanner = AcronymScanner()
        units = textUnits(document, includeHeadings: true)
        // Events in paragraph order with their scope key + 1 (slot), put in scope order at the end.
        var found: [Event] = []
        var slots: [Int] = []
        var ids: [String: Int] = [:]
        var acronyms: [String] = []
        var definitions: [AcronymScanner.Definition] = []
        var inBibliography = false
        // Every paragraph's acronyms, one paragraph after another: never emptied, so no
        // paragraph pays for clearing it.
        var acronymsFound: [AcronymScanner.Found] = []
        var nextUnit = 0
        while let (unitNumber, site) = Self.paragraphToRead(units, from: nextUnit) {
            nextUnit = unitNumber + 1
            let unit = units[unitNumber]
            // A bibliography cites titles and addresses, not the writer's own acronyms.
            if unit.resolution == nil, unit.bytes.count <= Self.longestHeading, Self.isBibliographyHeading(unit.bytes, unit.block.text) {
                inBibliography = true
            }
            if inBibliography, unit.resolution == nil { continue }
            guard let site else { continue }
            // Room for a document's acronyms at its first site, so the tables seldom grow.
            if acronymsFound.capacity == 0 {
                acronymsFound.reserveCapacity(64)
                acronyms.reserveCapacity(16)
                definitions.reserveCapacity(16)
                found.reserveCapacity(64)
                slots.reserveCapacity(64)
            }
            let first = acronymsFound.count
            scanner.scan(bytes: unit.bytes, from: site, into: &acronymsFound)
            guard acronymsFound.count > first else { continue }
            let inTitle = Self.isTitle(unit.block, bytes: unit.bytes)
            let slot = (unit.resolution ?? -1) + 1
            for index in first..<acronymsFound.count {
                let acronym = acronymsFound[index]
                let id: Int
                if let known = Self.number(of: acronym.acronym, acronyms, ids) { id = known } else {
                    id = acronyms.count
                    if id >= Self.acronymsSearched { ids[acronym.acronym] = id }
                    acronyms.append(acronym.acronym)
                }
                var definition: Int?
                if let found = acronym.definition { definition = definitions.count; definitions.append(found) }
                found.append(Event(id: id, unit: unitNumber, definition: definition, range: acronym.range, inTitle: inTitle))
                slots.append(slot)
            }
        }
        self.acronyms = acronyms
        self.definitions = definitions
        (events, scopes) = Self.inScopeOrder(found, slots: slots)
    }

    /// A bibliography's heading is this many bytes or fewer.
    private static let longestHeading = 32

    /// The first paragraph from `start` on that the index reads, with where its first
    /// possible acronym starts (nil for none): one that may hold an acronym, or a short one
    /// outside the resolutions, which may be a bibliography's heading. Most paragraphs are
    /// neither, and are passed on one look at their bytes, in a loop that retains none of
    /// them (out of line: the calls in the caller's loop would make it retain each).
    @inline(never)
    private static func paragraphToRead(_ units: [TextUnit], from start: Int) -> (unit: Int, site: Int?)? {
        for unitNumber in start..<units.count {
            let unit = units[unitNumber]
            let site = AcronymScanner.firstSite(unit.bytes)
            if site != nil || (unit.resolution == nil && unit.bytes.count <= longestHeading) { return (unitNumber, site) }
        }
        return nil
    }

    /// A document's first acronyms are found by comparing Strings (most documents have a
    /// handful, and a comparison of two short Strings costs less than hashing one); the
    /// later ones through `ids`.
    private static let acronymsSearched = 16

    /// The number of `acronym` among the `acronyms` so far (the ones from `acronymsSearched`
    /// on are also keys of `ids`), or nil for a new one.
    private static func number(of acronym: String, _ acronyms: [String], _ ids: [String: Int]) -> Int? {
        if let searched = acronyms.prefix(acronymsSearched).firstIndex(of: acronym) { return searched }
        return acronyms.count > acronymsSearched ? ids[acronym] : nil
    }

    /// The events in scope order, and the scopes. Usually they are in order already (the
    /// prose before the resolutions, then one resolution after another) and each scope is a
    /// run of equal slots; else they are counted by slot and each placed after the earlier
    /// slots' events (stable).
    static func inScopeOrder(_ found: [Event], slots: [Int]) -> ([Event], [Scope]) {
        guard !slots.isEmpty else { return ([], []) }
        if zip(slots, slots.dropFirst()).allSatisfy({ $0 <= $1 }) {
            var scopes: [Scope] = []
            // Room for every scope at once: no more than the slots between the first and the last.
            scopes.reserveCapacity(min(slots.count, slots[slots.count - 1] - slots[0] + 1))
            var start = 0
            for index in 1...slots.count where index == slots.count || slots[index] != slots[start] {
                scopes.append(Scope(key: slots[start] - 1, events: start..<index))
                start = index
            }
            return (found, scopes)
        }
        let lastSlot = slots.max()!
        var starts = [Int](repeating: 0, count: lastSlot + 2)
        for slot in slots { starts[slot + 1] += 1 }
        for slot in 0...lastSlot { starts[slot + 1] += starts[slot] }
        var scopes: [Scope] = []
        for slot in 0...lastSlot where starts[slot + 1] > starts[slot] { scopes.append(Scope(key: slot - 1, events: starts[slot]..<starts[slot + 1])) }
        var events = found
        var next = starts
        for (event, slot) in zip(found, slots) {
            events[next[slot]] = event
            next[slot] += 1
        }
        return (events, scopes)
    }

    /// The acronym of an event.
    func acronym(_ event: Event) -> String { acronyms[event.id] }

    /// The token of an event as written (`NGOs` for the acronym `NGO`).
    func written(_ event: Event) -> String {
        String(decoding: units[event.unit].bytes[event.range], as: UTF8.self)
    }

    func definition(_ event: Event) -> AcronymScanner.Definition? { event.definitionIndex.map { definitions[$0] } }

    /// The expansion of `definition`, the definition of `event`, as written.
    func expansion(_ definition: AcronymScanner.Definition, of event: Event) -> String {
        String(decoding: units[event.unit].bytes[definition.expansion], as: UTF8.self)
    }

    /// Where an event is in the source.
    func offset(_ event: Event) -> Int { units[event.unit].block.map.source(event.range.lowerBound) }

    static let bibliographyHeadings: Set<String> = ["bibliography", "references", "works cited", "sources", "works consulted", "further reading"]
    private static let bibliographyHeadingBytes: [[UInt8]] = bibliographyHeadings.map { Array($0.utf8) }

    /// `text` (whose UTF-8 is `bytes`), lower-cased and trimmed of white space, is one of
    /// `bibliographyHeadings`. An ASCII text is judged by its bytes, without making two
    /// Strings: its white space is spaces and tabs, and it lower-cases byte for byte.
    static func isBibliographyHeading(_ bytes: [UInt8], _ text: String) -> Bool {
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return bibliographyHeadings.contains(text.lowercased().trimmingCharacters(in: .whitespaces)) }
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }
        var start = 0, end = bytes.count
        while start < end, isSpace(bytes[start]) { start += 1 }
        while end > start, isSpace(bytes[end - 1]) { end -= 1 }
        let trimmed = bytes[start..<end]
        return bibliographyHeadingBytes.contains { heading in
            heading.count == trimmed.count && zip(heading, trimmed).allSatisfy { $0 == ($1 >= 0x41 && $1 <= 0x5A ? $1 | 0x20 : $1) }
        }
    }

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
    func report(_ message: String, at event: Event, _ context: inout RuleContext) {
        let unit = units[event.unit]
        if let clause = unit.clause { context.report(message, clause: clause, range: event.range) }
        else { context.report(message, block: unit.block, range: event.range) }
    }

    /// Allow-list matching: `NGOs` is covered by `NGO`; `HIV/AIDS` by its parts.
    static func isKnown(_ acronym: String, _ known: Set<String>) -> Bool {
        if known.contains(acronym) { return true }
        if acronym.contains("/" as Character) { return acronym.split(separator: "/").allSatisfy { known.contains(String($0)) } }
        return false
    }
}
