import ClauseLint

/// A clause with what rules need to know about where it sits. A class: the sites of a
/// document are made once and shared by every rule that walks them, without copying clauses.
final class ClauseSite: Sendable {
    let clause: Clause
    let resolutionIndex: Int
    /// Depth below its top-level clause (0 for preambular and operative clauses).
    let depth: Int

    init(clause: Clause, resolutionIndex: Int, depth: Int) {
        self.clause = clause
        self.resolutionIndex = resolutionIndex
        self.depth = depth
    }
}

private struct ClauseSites { var sites: [ClauseSite] }

extension Document {
    /// Every clause of every resolution, depth first, in document order.
    func forEachClause(_ body: (ClauseSite) -> Void) {
        for site in clauseSites { body(site) }
    }

    /// The clause sites, built on first use.
    var clauseSites: [ClauseSite] {
        memo.value(ClauseSites.self) {
            var sites: [ClauseSite] = []
            for (index, resolution) in resolutions.enumerated() {
                func walk(_ clauses: [Clause], depth: Int) {
                    for clause in clauses {
                        sites.append(ClauseSite(clause: clause, resolutionIndex: index, depth: depth))
                        walk(clause.children, depth: depth + 1)
                    }
                }
                walk(resolution.preamble, depth: 0)
                walk(resolution.operative, depth: 0)
                for annex in resolution.annexes { walk(annex.operative, depth: 0) }
            }
            return ClauseSites(sites: sites)
        }.sites
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
