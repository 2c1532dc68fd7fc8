/// The words of a text around its possible acronyms, tokenized on demand: a paragraph has
/// hundreds of words and perhaps one acronym, which needs only the words near it. The
/// window keeps a run of consecutive words of the text in the caller's array (reused from
/// paragraph to paragraph); asked for the word at a byte, it makes sure the run holds that
/// word, `before` words before it (or every word from the start of the text) and `after`
/// words after it (or every word to the end).
///
/// Asked for ascending bytes, it reads each byte of the text at most twice (once back to
/// a starting point, once tokenizing), so its cost stays linear in the text.
struct AcronymTokenWindow {
    typealias Token = AcronymTokenizer.Token

    private let bytes: UnsafeBufferPointer<UInt8>
    private let classes: UnsafeBufferPointer<UInt8>
    private let before: Int
    private let after: Int
    /// Where tokenizing goes on: the byte after the last word in the run, between two words.
    private var resume = 0
    /// Words before this position in the run end before every byte still to be asked for.
    private var searched = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>, _ classes: UnsafeBufferPointer<UInt8>, before: Int, after: Int) {
        self.bytes = bytes
        self.classes = classes
        self.before = before
        self.after = after
    }

    /// The position in `tokens` (the run, empty at the start of the text) of the word that
    /// holds byte `site`, or nil when no word does (the byte is in a web address). `site`
    /// must not be below any byte asked for before. After nil, no word starts before
    /// `nextWordStart(tokens)`.
    mutating func position(of site: Int, in tokens: inout [Token]) -> Int? {
        if site >= resume {
            let start = AcronymTokenizer.start(before: site, words: before, floor: resume, bytes, classes)
            // Far enough ahead: the words between are never needed.
            if start > resume {
                tokens.removeAll(keepingCapacity: true)
                searched = 0
                resume = start
            }
            while resume <= site, let token = AcronymTokenizer.next(bytes, classes, from: &resume) { tokens.append(token) }
        }
        while searched < tokens.count, tokens[searched].upperBound <= site { searched += 1 }
        guard searched < tokens.count, tokens[searched].lowerBound <= site else { return nil }
        while tokens.count <= searched + after, let token = AcronymTokenizer.next(bytes, classes, from: &resume) { tokens.append(token) }
        return searched
    }

    /// Where the first word after the bytes asked for so far starts (or the end of what
    /// is tokenized, when no word is known yet).
    func nextWordStart(_ tokens: [Token]) -> Int { searched < tokens.count ? tokens[searched].lowerBound : resume }
}
