/// Turns a reader's paragraphs into resolutions, clauses and prose.
///
/// First it finds where resolutions begin (`Code:` headers, authoring-body lines,
/// or a run of preambular clauses under a heading), then it walks each resolution:
/// preamble until the first operative clause, operative clauses by number (or by
/// their verbs when the conference printed no numbers), sub-clauses nested by
/// label family, annexes with operative clauses of their own.
public struct ClauseTreeBuilder: Sendable {
    public let lexicon: PhraseLexicon

    public init(lexicon: PhraseLexicon = .standard) {
        self.lexicon = lexicon
    }

    public func build(_ read: ReadResult, format: DocumentFormat) -> Document {
        let blocks = read.blocks
        var words = LeadingWords()
        var analyses = [BlockAnalysis](repeating: BlockAnalysis(), count: blocks.count)
        // Each analysis filled in place through the buffer: through the array, each was
        // copied out, analysed and copied back.
        analyses.withUnsafeMutableBufferPointer { analyses in
            for index in blocks.indices {
                analyses[index].analyse(blocks[index], lexicon: lexicon, words: &words)
            }
        }
        let starts = resolutionStarts(blocks, analyses)
        let factory = ClauseFactory(lexicon: lexicon, emphasis: read.emphasis)

        var resolutions: [Resolution] = []
        resolutions.reserveCapacity(starts.count)
        var prose: [ProseParagraph] = []
        let firstStart = starts.first ?? blocks.count
        for index in 0..<firstStart {
            prose.append(ProseParagraph(block: blocks[index], resolutionIndex: nil))
        }
        for (number, start) in starts.enumerated() {
            let end = number + 1 < starts.count ? starts[number + 1] : blocks.count
            var builder = ResolutionWalker(blocks: blocks, analyses: analyses, range: start..<end,
                                           factory: factory, resolutionIndex: resolutions.count)
            let (resolution, resolutionProse) = builder.walk()
            resolutions.append(resolution)
            prose.append(contentsOf: resolutionProse)
        }
        // Boxed once, whole.
        return Document(source: read.source, format: format, resolutions: resolutions, prose: prose,
                        footnotes: blocks.filter { $0.kind == .footnote }, emphasis: read.emphasis,
                        printedLineNumbers: read.printedLineNumbers, readerNotes: read.notes, lexicon: lexicon)
    }

    // MARK: Where resolutions begin

    func resolutionStarts(_ blocks: [TextBlock], _ analyses: [BlockAnalysis]) -> [Int] {
        var starts: [Int] = []
        var clausesSinceStart = 0
        var inResolution = false
        var index = 0
        while index < analyses.count {
            switch analyses[index].role {
            case .metadata(let key, _) where key == "code":
                starts.append(headerStart(before: index, analyses, after: starts.last))
                clausesSinceStart = 0
                inResolution = true
            case .authoringBody:
                if !inResolution || clausesSinceStart > 0 {
                    starts.append(headerStart(before: index, analyses, after: starts.last))
                    clausesSinceStart = 0
                    inResolution = true
                }
            case .clauseCandidate:
                if inResolution {
                    clausesSinceStart += 1
                } else if beginsImplicitResolution(at: index, analyses) {
                    // Clauses just above with openings outside the lists belong to it too.
                    var first = index
                    let floor = (starts.last ?? -1) + 1
                    while first - 1 >= floor, analyses[first - 1].role == .clauseCandidate, analyses[first - 1].labelFamily == nil {
                        first -= 1
                    }
                    starts.append(headerStart(before: first, analyses, after: starts.last))
                    clausesSinceStart = 1
                    inResolution = true
                }
            default:
                break
            }
            index += 1
        }
        return starts
    }

    /// Metadata, symbol and sponsor lines just above a resolution belong to it.
    private func headerStart(before index: Int, _ analyses: [BlockAnalysis], after previous: Int?) -> Int {
        var start = index
        var cursor = index - 1
        let floor = (previous ?? -1) + 1
        while cursor >= floor, index - cursor <= 8 {
            switch analyses[cursor].role {
            case .metadata, .documentSymbol, .sponsorLine, .resolutionTitle:
                start = cursor
            case .other:
                break
            default:
                return start
            }
            cursor -= 1
        }
        return start
    }

    /// A run of preambular clauses with no body line above (a conference book that
    /// starts straight after the title), told from prose by needing several in a row.
    private func beginsImplicitResolution(at index: Int, _ analyses: [BlockAnalysis]) -> Bool {
        guard let match = analyses[index].opening, analyses[index].labelFamily == nil,
              match.kind == .preambular, match.known else { return false }
        let punctuation = analyses[index].finalPunctuation
        guard punctuation == 0x2C || punctuation == 0x3B else { return false }
        var following = 0
        for next in (index + 1)..<min(analyses.count, index + 4) {
            if analyses[next].opening != nil || analyses[next].labelFamily != nil { following += 1 }
        }
        return following >= 1
    }
}
