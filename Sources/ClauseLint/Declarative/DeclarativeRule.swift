import Foundation

/// Runs a rule written in the configuration (see `DeclarativeRuleSpec`) over the parts of
/// a document its scope names.
public struct DeclarativeRule: DocumentCheck {
    public let spec: DeclarativeRuleSpec
    let matcher: TextMatcher
    /// For `opening`: the phrases as lower-case word lists.
    let openingWords: [[Substring]]

    public init(spec: DeclarativeRuleSpec) {
        self.spec = spec
        let patterns = spec.patterns.compactMap { TextMatcher.compile($0, ignoreCase: spec.ignoreCase, wholeWord: spec.wholeWord) }
        let tokens: [String]
        switch spec.kind {
        case .substitution: tokens = spec.swap.map(\.0)
        case .consistency: tokens = spec.either.flatMap { $0 }
        default: tokens = spec.tokens
        }
        matcher = TextMatcher(tokens: tokens, patterns: patterns, ignoreCase: spec.ignoreCase, wholeWord: spec.wholeWord)
        openingWords = spec.phrases.map { $0.lowercased().split(separator: " ") }
    }

    public var ruleDescription: RuleDescription { spec.description }

    /// One piece of text the rule reads: a clause (or part of it) or a prose paragraph.
    struct Unit {
        var block: TextBlock
        var range: Range<Int>
        var clause: Clause?
    }

    public func check(_ document: Document, _ context: inout RuleContext) {
        let units = self.units(of: document)
        switch spec.kind {
        case .existence:
            for unit in units {
                for match in matches(in: unit) { report(match, in: unit, replacement: nil, &context) }
            }
        case .substitution:
            for unit in units {
                for match in matches(in: unit) {
                    report(match, in: unit, replacement: Self.keepCase(of: match.text, spec.swap[match.index].1), &context)
                }
            }
        case .occurrence:
            checkOccurrence(units, document, &context)
        case .consistency:
            checkConsistency(units, &context)
        case .opening:
            checkOpenings(units, &context)
        }
    }

    // MARK: Units

    func units(of document: Document) -> [Unit] {
        var kinds = spec.scope.intersection([.preamble, .operative, .subclause, .prose])
        if kinds.isEmpty { kinds = spec.scope.contains(.body) ? [.preamble, .operative, .subclause] : [.preamble, .operative] }
        let openingOnly = spec.scope.contains(.opening) && !spec.scope.contains(.body)
        let bodyOnly = spec.scope.contains(.body) && !spec.scope.contains(.opening)
        var units: [Unit] = []
        func add(_ clause: Clause) {
            let length = clause.block.text.utf8.count
            var range = min(clause.contentStart, length)..<length
            if let opening = clause.opening {
                if openingOnly { range = opening.range }
                if bodyOnly { range = min(opening.range.upperBound, length)..<length }
            } else if openingOnly, spec.kind != .opening {
                return
            }
            units.append(Unit(block: clause.block, range: range, clause: clause))
        }
        func walk(_ clauses: [Clause], top: RuleScope) {
            for clause in clauses {
                if kinds.contains(top) { add(clause) }
                walkSub(clause.children)
            }
        }
        func walkSub(_ clauses: [Clause]) {
            for clause in clauses {
                if kinds.contains(.subclause) { add(clause) }
                walkSub(clause.children)
            }
        }
        var prose = kinds.contains(.prose) ? document.prose.makeIterator() : [].makeIterator()
        var pending = prose.next()
        for resolution in document.resolutions where !skipped(resolution) {
            // Prose and clauses in reading order, so messages and counts follow the text.
            while let paragraph = pending, paragraph.block.map.source(0) < resolution.startOffset {
                units.append(Unit(block: paragraph.block, range: 0..<paragraph.block.text.utf8.count, clause: nil))
                pending = prose.next()
            }
            walk(resolution.preamble, top: .preamble)
            for part in resolution.operativeParts { walk(part, top: .operative) }
        }
        while let paragraph = pending {
            units.append(Unit(block: paragraph.block, range: 0..<paragraph.block.text.utf8.count, clause: nil))
            pending = prose.next()
        }
        return units
    }

    func skipped(_ resolution: Resolution) -> Bool {
        guard !spec.skipBodies.isEmpty else { return false }
        let names = [resolution.body, resolution.committee].compactMap { $0?.lowercased() }
        return spec.skipBodies.contains { body in names.contains { $0.contains(body.lowercased()) } }
    }

    func matches(in unit: Unit) -> [TextMatcher.Match] {
        let utf8 = unit.block.text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: unit.range.lowerBound)
        let end = utf8.index(utf8.startIndex, offsetBy: unit.range.upperBound)
        guard let text = String(utf8[start..<end]) else { return [] }
        return matcher.matches(in: text).map { match in
            var shifted = match
            shifted.range = (match.range.lowerBound + unit.range.lowerBound)..<(match.range.upperBound + unit.range.lowerBound)
            return shifted
        }
    }

    // MARK: Reporting

    func message(match: String, replacement: String?, count: Int? = nil, clause: Clause?) -> String {
        var text = spec.message
        text = text.replacingOccurrences(of: "{match}", with: match)
        text = text.replacingOccurrences(of: "{replacement}", with: replacement ?? "")
        if let count { text = text.replacingOccurrences(of: "{count}", with: String(count)) }
        let limit = spec.max ?? spec.min
        text = text.replacingOccurrences(of: "{limit}", with: limit.map(String.init) ?? "")
        text = text.replacingOccurrences(of: "{clause}", with: clause?.path ?? "")
        return text
    }

    func report(_ match: TextMatcher.Match, in unit: Unit, replacement: String?, count: Int? = nil, _ context: inout RuleContext) {
        var fix: Fix?
        // Only word-for-word swaps are fixed automatically: --fix never adds or drops words.
        if let replacement, Self.wordCount(replacement) == Self.wordCount(match.text),
           let edit = context.edit(in: unit.block, range: match.range, replacement: replacement) {
            fix = Fix("replace '\(match.text)' with '\(replacement)'", edits: [edit])
        }
        let text = message(match: match.text, replacement: replacement, count: count, clause: unit.clause)
        if let clause = unit.clause {
            context.report(text, clause: clause, range: match.range, fix: fix)
        } else {
            context.report(text, block: unit.block, range: match.range, fix: fix)
        }
    }

    static func wordCount(_ text: String) -> Int {
        text.split { !$0.isLetter && !$0.isNumber && $0 != "'" && $0 != "’" }.count
    }

    /// `Programme` → `Program` keeps a capital where the match had one.
    public static func keepCase(of original: String, _ replacement: String) -> String {
        guard let first = original.first, first.isUppercase, let head = replacement.first, head.isLowercase else { return replacement }
        if original.count > 1, original == original.uppercased() { return replacement.uppercased() }
        return head.uppercased() + replacement.dropFirst()
    }

    // MARK: occurrence

    func checkOccurrence(_ units: [Unit], _ document: Document, _ context: inout RuleContext) {
        if spec.per == "clause" {
            for unit in units { checkBounds(matches(in: unit).map { ($0, unit) }, anchor: unit, &context) }
        } else {
            let all = units.flatMap { unit in matches(in: unit).map { ($0, unit) } }
            guard let first = units.first else { return }
            checkBounds(all, anchor: first, &context)
        }
    }

    private func checkBounds(_ found: [(TextMatcher.Match, Unit)], anchor: Unit, _ context: inout RuleContext) {
        if let max = spec.max, found.count > max {
            // Reported at the first match over the limit: that is where to start cutting.
            let (match, unit) = found[max]
            report(match, in: unit, replacement: nil, count: found.count, &context)
        }
        if let min = spec.min, found.count < min {
            let start = anchor.range.lowerBound
            let words = String(decoding: Array(anchor.block.text.utf8)[anchor.range].prefix(60), as: UTF8.self)
            let match = TextMatcher.Match(range: start..<start, text: words.split(separator: " ").prefix(4).joined(separator: " "), index: 0)
            report(match, in: anchor, replacement: nil, count: found.count, &context)
        }
    }

    // MARK: consistency

    func checkConsistency(_ units: [Unit], _ context: inout RuleContext) {
        let found = units.flatMap { unit in matches(in: unit).map { ($0, unit) } }
        var offset = 0
        for group in spec.either {
            let indices = offset..<(offset + group.count)
            offset += group.count
            let inGroup = found.filter { indices.contains($0.0.index) }
            var counts: [Int: Int] = [:]
            var firstSeen: [Int: Int] = [:]
            for (position, (match, _)) in inGroup.enumerated() {
                counts[match.index, default: 0] += 1
                if firstSeen[match.index] == nil { firstSeen[match.index] = position }
            }
            guard counts.count > 1 else { continue }
            // The form used most is the document's choice; on a tie, the one used first.
            let preferred = counts.keys.max { a, b in
                counts[a]! != counts[b]! ? counts[a]! < counts[b]! : firstSeen[a]! > firstSeen[b]!
            }!
            let replacementText = group[preferred - indices.lowerBound]
            for (match, unit) in inGroup where match.index != preferred {
                report(match, in: unit, replacement: Self.keepCase(of: match.text, replacementText), &context)
            }
        }
    }

    // MARK: opening

    func checkOpenings(_ units: [Unit], _ context: inout RuleContext) {
        for unit in units {
            guard let clause = unit.clause else { continue }
            let range: Range<Int>
            if let opening = clause.opening {
                range = opening.range
            } else {
                // No recognised opening: its first three words stand in for it.
                range = Self.firstWords(Array(clause.block.text.utf8), from: clause.contentStart, count: 3)
                guard !range.isEmpty else { continue }
            }
            let utf8 = Array(clause.block.text.utf8)
            let text = String(decoding: utf8[range], as: UTF8.self)
            let words = text.lowercased().split { !$0.isLetter && $0 != "-" && $0 != "'" }
            let hit = openingWords.firstIndex { phrase in words.contains(run: phrase) }
            let flagged = spec.mode == "forbid" ? hit != nil : hit == nil
            guard flagged else { continue }
            let match = TextMatcher.Match(range: range, text: text.trimmingCharacters(in: .whitespaces), index: hit ?? 0)
            report(match, in: unit, replacement: nil, &context)
        }
    }

    static func firstWords(_ bytes: [UInt8], from start: Int, count: Int) -> Range<Int> {
        var position = min(start, bytes.count)
        while position < bytes.count, bytes[position] == 0x20 { position += 1 }
        let begin = position
        var words = 0
        while position < bytes.count, words < count {
            while position < bytes.count, bytes[position] != 0x20 { position += 1 }
            words += 1
            if words < count { while position < bytes.count, bytes[position] == 0x20 { position += 1 } }
        }
        return begin..<position
    }
}
