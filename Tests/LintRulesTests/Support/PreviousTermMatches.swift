@testable import LintRules

/// The term rule's matching as it was before hyphenated words were left unsplit when no
/// part of them can matter: every word split at the hyphens inside it, every part read.
/// A reference for `TermCapitalizationSplitTests`, kept independent of the rule.
enum PreviousTermMatches {
    private struct Term {
        var canonical: String
        var hashes: [UInt64]
    }

    private static func hash(_ word: String) -> UInt64 { WordScanner.lowerHash(word) }
    private static let member = hash("member"), un = hash("un"), of = hash("of"), the = hash("the")
    private static let united = hash("united"), nations = hash("nations")

    /// The terms of `canonicals` by the hash of their first word, longest first.
    private static func groups(_ canonicals: [String]) -> [UInt64: [Term]] {
        var groups: [UInt64: [Term]] = [:]
        let terms = canonicals.map { canonical in
            Term(canonical: canonical, hashes: canonical.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" }).map { hash(String($0)) })
        }
        for term in terms.sorted(by: { $0.hashes.count > $1.hashes.count }) { groups[term.hashes[0], default: []].append(term) }
        return groups
    }

    /// Each match to report in `bytes` (one paragraph): its byte range and message.
    static func matches(_ bytes: [UInt8], terms canonicals: [String] = UNTerms.defaults) -> [(range: Range<Int>, message: String)] {
        let groups = groups(canonicals)
        var parts: [Range<Int>] = []
        for word in WordScanner.wordsAndHashes(bytes).words {
            var start = word.lowerBound
            for at in word.range where bytes[at] == 0x2D && at > word.lowerBound {
                parts.append(start..<at)
                start = at + 1
            }
            parts.append(start..<word.upperBound)
        }
        let lower = parts.map { WordScanner.lowerHash(bytes[$0]) }
        var found: [(range: Range<Int>, message: String)] = []
        var index = 0
        while index < lower.count {
            defer { index += 1 }
            for term in groups[lower[index]] ?? [] where index + term.hashes.count <= lower.count
                && Array(lower[index..<(index + term.hashes.count)]) == term.hashes {
                let range = parts[index].lowerBound..<parts[index + term.hashes.count - 1].upperBound
                let written = String(decoding: bytes[range], as: UTF8.self)
                if written == term.canonical || WordScanner.isAllCapitals(bytes[range]) { break }
                if range.count > term.canonical.utf8.count + 2 { break }
                if term.hashes[0] == member {
                    if index > 0, WordScanner.isAllCapitals(bytes[parts[index - 1]]), lower[index - 1] != un { break }
                    let after = index + term.hashes.count
                    if after + 2 < lower.count, lower[after] == of, lower[after + 1] == the,
                       !(lower[after + 2] == united && after + 3 < lower.count && lower[after + 3] == nations) { break }
                }
                found.append((range, "'\(written)' should be written '\(term.canonical)'"))
                index += term.hashes.count - 1
                break
            }
        }
        return found
    }
}
