/// Findings that come from clauselint itself rather than from a rule: a file it could
/// not read, a suppression comment that suppressed nothing. Reports that list rules
/// (SARIF, the dais report) describe them too.
public enum ToolFindings {
    public static let input = RuleDescription(
        id: "input", name: "Input",
        summary: "the file could not be read or parsed as it stands",
        explanation: """
        clauselint reports a file it cannot read (missing, unreadable, too large), a document \
        it cannot open (a damaged or hostile .docx or .odt), and repairs it made while reading \
        (invalid UTF-8 replaced). The other files of the run are still linted.
        """,
        defaultSeverity: .error, triggering: [], nonTriggering: [])

    public static let unusedSuppression = RuleDescription(
        id: "unused-suppression", name: "Unused suppression",
        summary: "a clauselint-disable comment that suppresses nothing, or names an unknown rule",
        explanation: """
        A `<!-- clauselint-disable RULE -->`, `<!-- clauselint-enable RULE -->` or \
        `<!-- clauselint-disable-next-clause RULE -- reason -->` comment that hides no finding \
        is left over from an earlier draft, or names the wrong rule: remove or correct it, so \
        that the comments that remain mean something.
        """,
        defaultSeverity: .warning, triggering: [], nonTriggering: [])

    public static let all = [input, unusedSuppression]
}
