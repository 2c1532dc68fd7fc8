/// What a rule reports to while it checks one document.
public struct RuleContext {
    public let document: Document
    public internal(set) var ruleID: String
    public internal(set) var severity: Severity
    public internal(set) var diagnostics: [Diagnostic] = []
    /// Findings beyond `Linter.findingsPerRuleLimit` are counted, not kept: a flood of one
    /// finding (a file of one word repeated) must not fill memory.
    public internal(set) var overflow = 0
    var limit = Int.max

    public init(document: Document, ruleID: String, severity: Severity) {
        self.document = document
        self.ruleID = ruleID
        self.severity = severity
    }

    /// Makes this context ready for the next rule on the same document, with no findings:
    /// one context serves every rule, so the document is not copied (retained) for each.
    mutating func restart(ruleID: String, severity: Severity) {
        self.ruleID = ruleID
        self.severity = severity
        diagnostics = []
        overflow = 0
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
        let start = document.location(of: sourceRange.lowerBound)
        let end = document.location(of: sourceRange.upperBound)
        guard diagnostics.count < limit else { overflow += 1; return }
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
