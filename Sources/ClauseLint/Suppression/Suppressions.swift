/// The suppression comments of one document turned into source ranges where rules are
/// silent, and what is left over: comments that suppressed nothing or name no rule.
public struct Suppressions: Sendable {
    struct Region {
        var rules: [String]        // empty: every rule
        var range: Range<Int>      // source bytes
        var comment: SuppressionComment
    }

    var regions: [Region] = []
    var problems: [(message: String, range: Range<Int>)] = []

    /// `knownRules`: every rule id the run knows (a comment naming another is reported).
    public init(_ document: Document, knownRules: Set<String>) {
        let (comments, malformed) = SuppressionComment.scan(document.source.bytes)
        for range in malformed {
            problems.append(("a clauselint comment must read clauselint-disable, clauselint-enable or clauselint-disable-next-clause, and end with -->", range))
        }
        guard !comments.isEmpty else { return }
        for comment in comments {
            for rule in comment.rules where !knownRules.contains(rule) {
                let suggestion = closestWord(to: rule, in: Array(knownRules)).map { " (did you mean '\($0)'?)" } ?? ""
                problems.append(("\(comment.kind.rawValue) names unknown rule '\(rule)'\(suggestion)", comment.range))
            }
        }
        let clauseStarts = Self.clauseRanges(document)
        // Open disable regions by rule ("" for all), each with where it began, in order of
        // opening. Each region is opened and closed once: linear in the comments.
        var open: [String: [(start: Int, comment: SuppressionComment)]] = [:]
        var openOrder: [String] = []
        let end = document.source.bytes.count
        func close(_ rule: String, at position: Int) {
            for region in open[rule] ?? [] {
                regions.append(Region(rules: rule.isEmpty ? [] : [rule], range: region.start..<position, comment: region.comment))
            }
            open[rule] = nil
        }
        for comment in comments {
            switch comment.kind {
            case .disable:
                for rule in comment.rules.isEmpty ? [""] : comment.rules {
                    if open[rule] == nil { openOrder.append(rule) }
                    open[rule, default: []].append((comment.range.upperBound, comment))
                }
            case .enable:
                let closing = comment.rules.isEmpty ? openOrder.filter { open[$0] != nil } : comment.rules.filter { open[$0] != nil }
                if closing.isEmpty { problems.append(("clauselint-enable without a matching clauselint-disable", comment.range)) }
                for rule in closing { close(rule, at: comment.range.lowerBound) }
                if open.isEmpty { openOrder.removeAll() }
            case .disableNextClause:
                // The first clause starting after the comment, by binary search.
                var low = 0, high = clauseStarts.count
                while low < high {
                    let middle = (low + high) / 2
                    if clauseStarts[middle].lowerBound >= comment.range.upperBound { high = middle } else { low = middle + 1 }
                }
                guard low < clauseStarts.count else {
                    problems.append(("clauselint-disable-next-clause has no clause after it", comment.range))
                    continue
                }
                regions.append(Region(rules: comment.rules, range: comment.range.upperBound..<clauseStarts[low].upperBound, comment: comment))
            }
        }
        for rule in openOrder where open[rule] != nil { close(rule, at: end) }
    }

    /// Source ranges of every clause (sub-clauses too), in document order.
    static func clauseRanges(_ document: Document) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        func walk(_ clauses: [Clause]) {
            for clause in clauses {
                let length = clause.block.text.utf8.count
                let start = clause.block.map.source(0)
                ranges.append(start..<max(start, length > 0 ? clause.block.map.sourceEnd(length) : start))
                walk(clause.children)
            }
        }
        for resolution in document.resolutions {
            walk(resolution.preamble)
            for part in resolution.operativeParts { walk(part) }
        }
        return ranges.sorted { $0.lowerBound < $1.lowerBound }
    }

    public var isEmpty: Bool { regions.isEmpty && problems.isEmpty }

    /// The findings the comments leave, plus an `unused-suppression` warning for each
    /// comment that hid nothing and each problem with the comments themselves.
    /// `overflowed`: rules that reached the cap of findings in this document; the findings
    /// past it were never kept, so a comment that may have been for them is not called unused.
    public func apply(to diagnostics: [Diagnostic], document: Document, overflowed: Set<String> = []) -> [Diagnostic] {
        guard !isEmpty else { return diagnostics }
        let used = usedRegions(by: diagnostics)
        var kept: [Diagnostic] = []
        for (index, diagnostic) in diagnostics.enumerated() where !used.hidden[index] { kept.append(diagnostic) }
        var context = RuleContext(document: document, ruleID: ToolFindings.unusedSuppression.id, severity: .warning)
        // A comment naming several rules is unused only when none of its regions hid anything.
        var regionsOfComment: [Int: [Int]] = [:]
        for (index, region) in regions.enumerated() { regionsOfComment[region.comment.range.lowerBound, default: []].append(index) }
        var reported = Set<Int>()
        for (index, region) in regions.enumerated() where !used.regions[index] && !reported.contains(region.comment.range.lowerBound) {
            if !overflowed.isEmpty, region.rules.isEmpty || region.rules.contains(where: overflowed.contains) { continue }
            guard (regionsOfComment[region.comment.range.lowerBound] ?? []).allSatisfy({ !used.regions[$0] }) else { continue }
            reported.insert(region.comment.range.lowerBound)
            let names = region.comment.rules.isEmpty ? "any rule" : region.comment.rules.joined(separator: ", ")
            context.report("\(region.comment.kind.rawValue) suppresses no finding of \(names): remove it", sourceRange: region.comment.range)
        }
        for problem in problems { context.report(problem.message, sourceRange: problem.range) }
        return (kept + context.diagnostics).sortedInReportOrder()
    }

    /// Which findings a region hides, and which regions hide any. A sweep over both in
    /// source order with the regions open at each finding kept by rule: each region is
    /// marked used once, so thousands of comments and findings cost no more than their sum.
    private func usedRegions(by diagnostics: [Diagnostic]) -> (hidden: [Bool], regions: [Bool]) {
        var hidden = [Bool](repeating: false, count: diagnostics.count)
        var used = [Bool](repeating: false, count: regions.count)
        func keys(_ region: Region) -> [String] { region.rules.isEmpty ? [""] : region.rules }
        let byStart = regions.indices.sorted { regions[$0].range.lowerBound < regions[$1].range.lowerBound }
        let byEnd = regions.indices.sorted { regions[$0].range.upperBound < regions[$1].range.upperBound }
        let order = diagnostics.indices.sorted { diagnostics[$0].range.lowerBound < diagnostics[$1].range.lowerBound }
        var openCount: [String: Int] = [:]
        var unmarked: [String: Set<Int>] = [:]
        var nextStart = 0, nextEnd = 0
        for index in order where diagnostics[index].rule != "input" {
            let position = diagnostics[index].range.lowerBound
            while nextStart < byStart.count, regions[byStart[nextStart]].range.lowerBound <= position {
                let region = byStart[nextStart]
                for key in keys(regions[region]) { openCount[key, default: 0] += 1; unmarked[key, default: []].insert(region) }
                nextStart += 1
            }
            while nextEnd < byEnd.count, regions[byEnd[nextEnd]].range.upperBound <= position {
                let region = byEnd[nextEnd]
                if regions[region].range.lowerBound <= position {   // opened above: close it
                    for key in keys(regions[region]) { openCount[key, default: 0] -= 1; unmarked[key]?.remove(region) }
                }
                nextEnd += 1
            }
            let rule = diagnostics[index].rule
            guard (openCount[rule] ?? 0) > 0 || (openCount[""] ?? 0) > 0 else { continue }
            hidden[index] = true
            for key in [rule, ""] {
                for region in unmarked[key] ?? [] {
                    used[region] = true
                    for other in keys(regions[region]) where other != key { unmarked[other]?.remove(region) }
                }
                unmarked[key] = []
            }
        }
        return (hidden, used)
    }
}
