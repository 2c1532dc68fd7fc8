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
        // Open disable regions, by rule ("" for all), with where they began.
        var open: [(rule: String, start: Int, comment: SuppressionComment)] = []
        let end = document.source.bytes.count
        for comment in comments {
            switch comment.kind {
            case .disable:
                for rule in comment.rules.isEmpty ? [""] : comment.rules { open.append((rule, comment.range.upperBound, comment)) }
            case .enable:
                let closing = comment.rules.isEmpty ? nil : Set(comment.rules)
                var kept: [(rule: String, start: Int, comment: SuppressionComment)] = []
                for region in open {
                    if closing == nil || closing!.contains(region.rule) {
                        regions.append(Region(rules: region.rule.isEmpty ? [] : [region.rule], range: region.start..<comment.range.lowerBound, comment: region.comment))
                    } else {
                        kept.append(region)
                    }
                }
                if kept.count == open.count { problems.append(("clauselint-enable without a matching clauselint-disable", comment.range)) }
                open = kept
            case .disableNextClause:
                guard let clause = clauseStarts.first(where: { $0.lowerBound >= comment.range.upperBound }) else {
                    problems.append(("clauselint-disable-next-clause has no clause after it", comment.range))
                    continue
                }
                regions.append(Region(rules: comment.rules, range: comment.range.upperBound..<clause.upperBound, comment: comment))
            }
        }
        for region in open {
            regions.append(Region(rules: region.rule.isEmpty ? [] : [region.rule], range: region.start..<end, comment: region.comment))
        }
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
    public func apply(to diagnostics: [Diagnostic], document: Document) -> [Diagnostic] {
        guard !isEmpty else { return diagnostics }
        var used = Array(repeating: false, count: regions.count)
        var kept: [Diagnostic] = []
        for diagnostic in diagnostics {
            var hidden = false
            if diagnostic.rule != "input" {
                for (index, region) in regions.enumerated()
                where region.range.contains(diagnostic.range.lowerBound) && (region.rules.isEmpty || region.rules.contains(diagnostic.rule)) {
                    used[index] = true
                    hidden = true
                }
            }
            if !hidden { kept.append(diagnostic) }
        }
        var context = RuleContext(document: document, ruleID: ToolFindings.unusedSuppression.id, severity: .warning)
        var reported = Set<Int>()
        for (index, region) in regions.enumerated() where !used[index] && !reported.contains(region.comment.range.lowerBound) {
            // A comment naming several rules is unused only when none of its regions hid anything.
            let sameComment = regions.indices.filter { regions[$0].comment.range == region.comment.range }
            guard sameComment.allSatisfy({ !used[$0] }) else { continue }
            reported.insert(region.comment.range.lowerBound)
            let names = region.comment.rules.isEmpty ? "any rule" : region.comment.rules.joined(separator: ", ")
            context.report("\(region.comment.kind.rawValue) suppresses no finding of \(names): remove it", sourceRange: region.comment.range)
        }
        for problem in problems { context.report(problem.message, sourceRange: problem.range) }
        return (kept + context.diagnostics).sorted(by: Diagnostic.ordered)
    }
}
