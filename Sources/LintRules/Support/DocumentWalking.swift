import ClauseLint

/// A clause with what rules need to know about where it sits.
struct ClauseSite {
    var clause: Clause
    var resolutionIndex: Int
    /// Depth below its top-level clause (0 for preambular and operative clauses).
    var depth: Int
    /// The clause it belongs to, for sub-clauses.
    var parent: Clause?
}

extension Document {
    /// Every clause of every resolution, depth first, in document order.
    func forEachClause(_ body: (ClauseSite) -> Void) {
        for (index, resolution) in resolutions.enumerated() {
            func walk(_ clauses: [Clause], depth: Int, parent: Clause?) {
                for clause in clauses {
                    body(ClauseSite(clause: clause, resolutionIndex: index, depth: depth, parent: parent))
                    walk(clause.children, depth: depth + 1, parent: clause)
                }
            }
            walk(resolution.preamble, depth: 0, parent: nil)
            walk(resolution.operative, depth: 0, parent: nil)
            for annex in resolution.annexes { walk(annex.operative, depth: 0, parent: nil) }
        }
    }
}

extension Clause {
    /// Byte range of the whole clause text after its label, for findings about the clause as a whole.
    var contentRange: Range<Int> { contentStart..<block.text.utf8.count }

    /// A short quotation of the clause's start, for messages.
    var quotedStart: String {
        let words = content.split(separator: " ", maxSplits: 6, omittingEmptySubsequences: true)
        let head = words.prefix(6).joined(separator: " ")
        return words.count > 6 ? head + " …" : head
    }
}

/// Quotes text for a message: `'Urges'`.
func quote(_ text: some StringProtocol) -> String { "'\(text)'" }
