import ClauseLint

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
