/// The dais report: one self-contained page (no network needed) with, per file and per
/// resolution, the text with every flagged span highlighted and its message beside it; a
/// summary table of rules by severity linking to each rule's first finding; filters by
/// severity, rule and file; each rule's explanation one click away; and a print layout
/// that keeps each message next to its clause.
public struct HTMLReporter: Reporter {
    public var version: String
    public var title: String

    public init(version: String, title: String = "clauselint report") {
        self.version = version
        self.title = title
    }

    /// A finding with its number on the page.
    struct Numbered {
        var number: Int
        var diagnostic: Diagnostic
    }

    public func report(_ results: [FileResult], rules: [RuleDescription]) -> String {
        var described = rules
        for pseudo in ToolFindings.all where !described.contains(where: { $0.id == pseudo.id }) { described.append(pseudo) }
        // Number findings in page order, so the summary can link to each rule's first.
        var numbered: [[Numbered]] = []
        var next = 1
        for result in results {
            numbered.append(result.diagnostics.map { diagnostic in
                defer { next += 1 }
                return Numbered(number: next, diagnostic: diagnostic)
            })
        }
        let summary = Summary(results)
        var html = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        html += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        html += "<meta name=\"generator\" content=\"clauselint \(Self.escape(version))\">\n"
        html += "<title>\(Self.escape(title))</title>\n<style>\n\(HTMLReportAssets.css)</style>\n</head>\n<body>\n"
        html += "<header>\n<h1>\(Self.escape(title))</h1>\n<p class=\"totals\">"
        html += "\(Self.count(summary.files, "file")) · <span class=\"sev-error\">\(Self.count(summary.errors, "error"))</span> · "
        html += "<span class=\"sev-warning\">\(Self.count(summary.warnings, "warning"))</span> · "
        html += "<span class=\"sev-info\">\(summary.infos) info</span> <span class=\"by\">— clauselint \(Self.escape(version))</span></p>\n</header>\n"
        html += filters(results, numbered: numbered, rules: described)
        html += summaryTable(numbered.flatMap { $0 }, rules: described)
        html += "<main>\n"
        for (index, result) in results.enumerated() {
            html += file(result, index: index, findings: numbered[index])
        }
        html += "</main>\n"
        html += ruleSection(described, used: Set(results.flatMap { $0.diagnostics.map(\.rule) }))
        html += "<script>\n\(HTMLReportAssets.script)</script>\n</body>\n</html>\n"
        return html
    }

    // MARK: Parts of the page

    private func filters(_ results: [FileResult], numbered: [[Numbered]], rules: [RuleDescription]) -> String {
        let used = Set(results.flatMap { $0.diagnostics.map(\.rule) })
        var html = "<nav class=\"filters\" aria-label=\"Filters\">\n"
        for severity in ["error", "warning", "info"] {
            html += "<label class=\"sev-\(severity)\"><input type=\"checkbox\" name=\"sev\" value=\"\(severity)\" checked> \(severity)</label>\n"
        }
        html += "<label>rule <select id=\"rule-filter\"><option value=\"\">all rules</option>"
        for rule in rules where used.contains(rule.id) {
            html += "<option value=\"\(Self.escape(rule.id))\">\(Self.escape(rule.id))</option>"
        }
        html += "</select></label>\n"
        if results.count > 1 {
            html += "<label>file <select id=\"file-filter\"><option value=\"\">all files</option>"
            for (index, result) in results.enumerated() {
                html += "<option value=\"file-\(index + 1)\">\(Self.escape(result.path)) (\(result.diagnostics.count))</option>"
            }
            html += "</select></label>\n"
        }
        let flaggedOnly = results.count > 1 ? " checked" : ""
        html += "<label><input type=\"checkbox\" id=\"flagged-only\"\(flaggedOnly)> flagged paragraphs only</label>\n"
        html += "<span id=\"shown\" aria-live=\"polite\"></span>\n</nav>\n"
        return html
    }

    private func summaryTable(_ findings: [Numbered], rules: [RuleDescription]) -> String {
        var html = "<section id=\"summary\">\n<h2>Summary</h2>\n"
        guard !findings.isEmpty else { return html + "<p class=\"clean\">No findings.</p>\n</section>\n" }
        html += "<table>\n<thead><tr><th scope=\"col\">rule</th><th scope=\"col\">what it checks</th>"
        html += "<th scope=\"col\" class=\"n\">errors</th><th scope=\"col\" class=\"n\">warnings</th><th scope=\"col\" class=\"n\">info</th><th scope=\"col\">first</th></tr></thead>\n<tbody>\n"
        var byRule: [String: [Numbered]] = [:]
        for finding in findings { byRule[finding.diagnostic.rule, default: []].append(finding) }
        // Worst severity first, then the most frequent.
        func worst(_ id: String) -> Int { byRule[id]!.map { Self.rank($0.diagnostic.severity) }.min() ?? 3 }
        let order = byRule.keys.sorted { (worst($0), -byRule[$0]!.count, $0) < (worst($1), -byRule[$1]!.count, $1) }
        let oneFile = Set(findings.map(\.diagnostic.path)).count == 1
        for id in order {
            let list = byRule[id]!
            let counts = Self.severities.map { severity in list.filter { $0.diagnostic.severity == severity }.count }
            let summary = rules.first { $0.id == id }?.summary ?? ""
            let first = list[0]
            html += "<tr data-rule=\"\(Self.escape(id))\"><th scope=\"row\"><a class=\"explain\" href=\"#rule-\(Self.escape(id))\">\(Self.escape(id))</a></th>"
            html += "<td>\(Self.escape(summary))</td>"
            for (severity, count) in zip(Self.severities, counts) {
                html += "<td class=\"n\">" + (count > 0 ? "<span class=\"sev-\(severity.rawValue)\">\(count)</span>" : "") + "</td>"
            }
            let place = oneFile ? "line \(first.diagnostic.start.line)"
                : "\(Self.escape(Self.fileName(first.diagnostic.path))):\(first.diagnostic.start.line)"
            html += "<td class=\"first\"><a href=\"#f-\(first.number)\" title=\"\(Self.escape(first.diagnostic.path))\">\(place)</a>"
            html += list.count > 1 ? " <span class=\"more\">+\(list.count - 1)</span></td></tr>\n" : "</td></tr>\n"
        }
        html += "</tbody>\n</table>\n</section>\n"
        return html
    }

    private func file(_ result: FileResult, index: Int, findings: [Numbered]) -> String {
        let counts = Self.severities.map { severity in findings.filter { $0.diagnostic.severity == severity }.count }
        var html = "<section class=\"file\" id=\"file-\(index + 1)\" data-file=\"file-\(index + 1)\">\n"
        html += "<h2><span class=\"path\">\(Self.escape(result.path))</span> <span class=\"counts\">"
        html += findings.isEmpty ? "no findings" : zip(Self.severities, counts).filter { $0.1 > 0 }
            .map { "<span class=\"sev-\($0.0.rawValue)\">\($0.0 == .info ? "\($0.1) info" : Self.count($0.1, $0.0.rawValue))</span>" }.joined(separator: " ")
        html += "</span></h2>\n"
        guard let outline = result.outline else {
            if !findings.isEmpty {
                html += "<div class=\"para flagged\"><div class=\"text\"></div>\n<ol class=\"notes\">\n"
                html += findings.map(note).joined() + "</ol></div>\n"
            }
            return html + "</section>\n"
        }
        let display = HTMLDisplayText(source: outline.bytes, isHTML: result.format == .html)
        let lineStarts = Self.lineStarts(outline.bytes)
        // Place each finding at the display position of its start.
        var placed = findings.map { ($0, display.displayOffset(of: $0.diagnostic.range.lowerBound),
                                     max(display.displayOffset(of: $0.diagnostic.range.lowerBound), display.displayOffset(of: $0.diagnostic.range.upperBound))) }
        placed.sort { $0.1 < $1.1 }
        let resolutionStarts = outline.resolutions.map { (display.displayOffset(of: $0.offset), $0.title) }
        var nextFinding = 0
        var nextResolution = 0
        var openResolution = false
        // Word and OpenDocument text holds one paragraph per line; Markdown, text and HTML
        // separate paragraphs with a blank line.
        let byLine = result.format == .docx || result.format == .odt
        for paragraph in Self.paragraphs(display.bytes, byLine: byLine) {
            while nextResolution < resolutionStarts.count, resolutionStarts[nextResolution].0 < paragraph.upperBound {
                if openResolution { html += "</section>\n" }
                html += "<section class=\"resolution\">\n<h3>\(Self.escape(resolutionStarts[nextResolution].1))</h3>\n"
                openResolution = true
                nextResolution += 1
            }
            var here: [(Numbered, Int, Int)] = []
            while nextFinding < placed.count, placed[nextFinding].1 < paragraph.upperBound {
                here.append(placed[nextFinding])
                nextFinding += 1
            }
            let line = Self.line(of: display.sourceOffset(of: paragraph.lowerBound), lineStarts)
            html += paragraphHTML(display.bytes, paragraph, line: line, findings: here)
        }
        if nextFinding < placed.count {
            // Findings past the last paragraph (at the very end of the file).
            html += paragraphHTML(display.bytes, display.bytes.count..<display.bytes.count, line: lineStarts.count,
                                  findings: Array(placed[nextFinding...]))
        }
        if openResolution { html += "</section>\n" }
        return html + "</section>\n"
    }

    private func paragraphHTML(_ bytes: [UInt8], _ range: Range<Int>, line: Int, findings: [(Numbered, Int, Int)]) -> String {
        let rules = Set(findings.map { $0.0.diagnostic.rule }).sorted().joined(separator: " ")
        var html = "<div class=\"para\(findings.isEmpty ? "" : " flagged")\"\(findings.isEmpty ? "" : " data-rules=\"\(Self.escape(rules))\"")>"
        html += "<div class=\"text\"><span class=\"ln\" aria-label=\"line\">\(line)</span>"
        // Cut the paragraph at every finding boundary; each piece is marked with the findings covering it.
        var cuts = Set([range.lowerBound, range.upperBound])
        for (_, start, end) in findings {
            cuts.insert(min(max(start, range.lowerBound), range.upperBound))
            cuts.insert(min(max(end, range.lowerBound), range.upperBound))
        }
        let points = cuts.sorted()
        var anchored = Set<Int>()
        for (position, cut) in points.enumerated() {
            // Findings with an empty range are shown as a caret where they point.
            for (finding, start, end) in findings where start == end && start == cut {
                html += "<mark class=\"point sev-\(finding.diagnostic.severity.rawValue)\" id=\"m-\(finding.number)\" data-f=\"\(finding.number)\" title=\"\(Self.escape(finding.diagnostic.message))\">‸</mark>"
                anchored.insert(finding.number)
            }
            guard position + 1 < points.count else { break }
            let piece = cut..<points[position + 1]
            let text = Self.escape(String(decoding: bytes[piece], as: UTF8.self))
            let covering = findings.filter { $0.1 < $0.2 && $0.1 <= piece.lowerBound && $0.2 >= piece.upperBound }
            guard !covering.isEmpty else { html += text; continue }
            let worst = covering.map(\.0.diagnostic.severity).min { Self.rank($0) < Self.rank($1) }!
            let numbers = covering.map { String($0.0.number) }.joined(separator: " ")
            var id = ""
            if let first = covering.first(where: { !anchored.contains($0.0.number) }) {
                id = " id=\"m-\(first.0.number)\""
                anchored.insert(first.0.number)
            }
            let titles = covering.map(\.0.diagnostic.message).joined(separator: "\n")
            html += "<mark class=\"sev-\(worst.rawValue)\"\(id) data-f=\"\(numbers)\" title=\"\(Self.escape(titles))\">\(text)</mark>"
        }
        html += "</div>"
        if !findings.isEmpty {
            html += "\n<ol class=\"notes\">\n" + findings.map { note($0.0) }.joined() + "</ol>"
        }
        return html + "</div>\n"
    }

    private func note(_ finding: Numbered) -> String {
        let diagnostic = finding.diagnostic
        let severity = diagnostic.severity.rawValue
        var html = "<li class=\"note sev-\(severity)\" id=\"f-\(finding.number)\" data-f=\"\(finding.number)\" data-rule=\"\(Self.escape(diagnostic.rule))\" data-sev=\"\(severity)\">"
        html += "<a class=\"loc\" href=\"#m-\(finding.number)\">\(diagnostic.start.line):\(diagnostic.start.column)</a> "
        html += "<span class=\"sev\">\(severity)</span> <span class=\"msg\">\(Self.escape(diagnostic.message))</span>"
        var details: [String] = []
        if let clause = diagnostic.clause { details.append(Self.escape(clause)) }
        if let printed = diagnostic.printedLine { details.append("printed line \(printed)") }
        if diagnostic.isFixable { details.append("fixable with --fix") }
        if !details.isEmpty { html += " <span class=\"where\">\(details.joined(separator: " · "))</span>" }
        html += " <a class=\"explain\" href=\"#rule-\(Self.escape(diagnostic.rule))\">\(Self.escape(diagnostic.rule))</a></li>\n"
        return html
    }

    private func ruleSection(_ rules: [RuleDescription], used: Set<String>) -> String {
        var html = "<section id=\"rules\">\n<h2>Rules</h2>\n"
        for rule in rules where used.contains(rule.id) {
            html += "<details id=\"rule-\(Self.escape(rule.id))\"><summary><b>\(Self.escape(rule.id))</b> — \(Self.escape(rule.summary))</summary>\n"
            html += "<div class=\"explanation\">\(Self.paragraphs(ofExplanation: rule.explanation))</div>"
            if let example = rule.triggering.first {
                html += "<p class=\"label\">Example of what it flags:</p><pre>\(Self.escape(example.replacingOccurrences(of: "↓", with: "")))</pre>"
            }
            html += "</details>\n"
        }
        return html + "</section>\n"
    }

    // MARK: Helpers

    static func paragraphs(ofExplanation text: String) -> String {
        text.components(separatedBy: "\n\n").map { block in
            let lines = block.split(separator: "\n", omittingEmptySubsequences: false)
            if lines.contains(where: { $0.hasPrefix("    ") }) { return "<pre>\(escape(block))</pre>" }
            return "<p>\(escape(block))</p>"
        }.joined()
    }

    /// Paragraphs of the display text: runs of lines between blank lines, or every line.
    static func paragraphs(_ bytes: [UInt8], byLine: Bool = false) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start: Int? = nil
        var lineStart = 0
        var index = 0
        while index <= bytes.count {
            if index == bytes.count || bytes[index] == 0x0A {
                let blank = bytes[lineStart..<index].allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
                if byLine {
                    if let begin = start { result.append(begin..<lineStart); start = nil }
                    if !blank { start = lineStart }
                } else if blank {
                    if let begin = start { result.append(begin..<lineStart); start = nil }
                } else if start == nil {
                    start = lineStart
                }
                lineStart = index + 1
            }
            index += 1
        }
        if let begin = start { result.append(begin..<bytes.count) }
        // Trailing new lines are not part of a paragraph.
        return result.map { range in
            var end = range.upperBound
            while end > range.lowerBound, bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D { end -= 1 }
            return range.lowerBound..<end
        }
    }

    static func lineStarts(_ bytes: [UInt8]) -> [Int] {
        var starts = [0]
        for (index, byte) in bytes.enumerated() where byte == 0x0A { starts.append(index + 1) }
        return starts
    }

    static func line(of offset: Int, _ starts: [Int]) -> Int {
        var low = 0, high = starts.count
        while low < high {
            let middle = (low + high) / 2
            if starts[middle] <= offset { low = middle + 1 } else { high = middle }
        }
        return max(1, low)
    }

    static let severities: [Severity] = [.error, .warning, .info]

    static func rank(_ severity: Severity) -> Int {
        switch severity {
        case .error: return 0
        case .warning: return 1
        case .info: return 2
        }
    }

    static func fileName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    static func count(_ number: Int, _ word: String) -> String { "\(number) \(word)\(number == 1 ? "" : "s")" }

    static func escape(_ text: String) -> String { MarkupEscaping.escape(text) }
}
