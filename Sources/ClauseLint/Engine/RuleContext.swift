/// What a rule reports to while it checks one document.
public struct RuleContext {
    public let document: Document
    public private(set) var ruleID: String
    public private(set) var severity: Severity
    /// The findings on the document so far, of this rule and of those checked before it.
    public private(set) var diagnostics: [Diagnostic] = []
    /// Findings beyond `Linter.findingsPerRuleLimit` are counted, not kept: a flood of one
    /// finding (a file of one word repeated) must not fill memory.
    public private(set) var overflow = 0
    var limit = Int.max
    /// Where the findings of the rule now checking begin in `diagnostics`: one context gathers
    /// the findings of every rule on a document, so none are copied from rule to document.
    private(set) var ruleStart = 0

    public init(document: Document, ruleID: String, severity: Severity) {
        self.document = document
        self.ruleID = ruleID
        self.severity = severity
    }

    /// Makes this context ready for the next rule on the same document, keeping the findings so
    /// far: one context serves every rule, so the document is not copied (retained) for each.
    mutating func restart(ruleID: String, severity: Severity) {
        self.ruleID = ruleID
        self.severity = severity
        ruleStart = diagnostics.count
        overflow = 0
    }

    /// Room for `count` findings at the start: grown a place at a time, the list of a document's
    /// findings was reallocated on the first, second, fourth … finding.
    mutating func reserve(_ count: Int) { diagnostics.reserveCapacity(count) }

    /// Puts the findings of the rule now checking in order, with `note` (how many more there
    /// were) after them in place of those beyond the limit.
    mutating func capRule(note: String) {
        guard overflow > 0 else { return }
        var kept = Array(diagnostics[ruleStart...]).sortedInReportOrder()
        if var last = kept.last {
            last.severity = .info
            last.message = note
            last.fix = nil
            kept.append(last)
        }
        diagnostics.replaceSubrange(ruleStart..., with: kept)
    }

    /// Reports a finding on a byte range of a clause's text.
    public mutating func report(_ message: String, clause: Clause, range: Range<Int>, fix: Fix? = nil,
                                severity: Severity? = nil) {
        report(message, block: clause.block, range: range, clause: clause.path, fix: fix, severity: severity,
               context: clause.block.text)
    }

    /// Reports a finding on a byte range of a paragraph's text.
    public mutating func report(_ message: String, block: TextBlock, range: Range<Int>, clause: String? = nil,
                                fix: Fix? = nil, severity: Severity? = nil, context: String? = nil) {
        let length = block.text.utf8.count
        let lower = max(0, min(range.lowerBound, length))
        let upper = max(lower, min(range.upperBound, length))
        let start = block.map.source(lower)
        let end = upper > lower ? block.map.sourceEnd(upper) : start
        report(message, sourceRange: start..<max(start, end), clause: clause, fix: fix, severity: severity,
               context: context ?? block.text)
    }

    /// Reports a finding on a byte range of the source file.
    public mutating func report(_ message: String, sourceRange: Range<Int>, clause: String? = nil,
                                fix: Fix? = nil, severity: Severity? = nil, context: String? = nil) {
        // Past the cap a finding is only counted: a flood costs no line lookups.
        guard diagnostics.count - ruleStart < limit else { overflow += 1; return }
        let (start, end) = document.locations(of: sourceRange)
        diagnostics.append(Diagnostic(rule: ruleID, severity: severity ?? self.severity, message: message,
                                      path: document.source.path, range: sourceRange, start: start, end: end,
                                      printedLine: document.printedLine(at: sourceRange.lowerBound),
                                      clause: clause, fix: fix, context: context))
    }

    /// An edit replacing a byte range of a paragraph's text, translated to the source.
    /// Nil when the range does not map to contiguous source bytes (markup inside it),
    /// or the input is not a text format that can be rewritten.
    public func edit(in block: TextBlock, range: Range<Int>, replacement: String) -> TextEdit? {
        guard document.format == .markdown || document.format == .text else { return nil }
        let length = block.text.utf8.count
        guard range.lowerBound >= 0, range.upperBound <= length else { return nil }
        let start = block.map.source(range.lowerBound)
        let end = range.isEmpty ? start : block.map.sourceEnd(range.upperBound)
        guard end - start == range.count else { return nil }
        // The source bytes must be exactly the text bytes, or the edit would touch markup.
        // (Compared in place: copying a long paragraph for each edit would make fixes quadratic.)
        let utf8 = block.text.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        let upper = utf8.index(lower, offsetBy: range.count)
        guard utf8[lower..<upper].elementsEqual(document.source.bytes[start..<end]) else { return nil }
        return TextEdit(range: start..<end, replacement: replacement)
    }
}
