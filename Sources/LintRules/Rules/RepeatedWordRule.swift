import ClauseLint

/// The same word twice in a row, as in "and and".
struct RepeatedWordRule: Rule {
    static let description = RuleDescription(
        id: "repeated-word",
        name: "Repeated word",
        summary: "the same word twice in a row (and and)",
        explanation: """
        A word typed twice (`the the`, `to to`) survives many readings because the eye skips it. \
        Only words separated by nothing but spaces count: a doubling across punctuation \
        (`that, that`), numbers (`10 10`) and the legitimate `had had` and `that that` are left alone. \
        The fix deletes the second word.

        Bad:
            1. *Urges* all States to to act;
        Good:
            1. *Urges* all States to act;
        """,
        defaultSeverity: .warning,
        triggering: [
            "The General Assembly,\n\n*Noting* the report,\n\n1. *Urges* all States to ↓to act.\n",
            "The General Assembly,\n\n*Noting* The ↓the report,\n\n1. *Urges* States to act.\n",
            "Prose about the ↓the rules.\n",
        ],
        nonTriggering: [
            "The General Assembly,\n\n*Noting* that, that is, the report,\n\n1. *Urges* States that had had no access, in 2010 2011 or later, to act.\n",
            "The General Assembly,\n\n*Noting* the report,\n\n1. *Urges* States to act: (a) (a) is wrong but not a word.\n",
        ],
        corrections: [
            .init("The General Assembly,\n\n*Noting* the the report,\n\n1. *Urges* States to act.\n",
                  "The General Assembly,\n\n*Noting* the report,\n\n1. *Urges* States to act.\n"),
        ]
    )

    let options: NoOptions
    static let legitimate: Set<String> = ["had", "that"]

    init(options: NoOptions) { self.options = options }

    func check(_ document: Document, _ context: inout RuleContext) {
        for unit in textUnits(document) { check(unit.block, bytes: unit.bytes, clause: unit.clause?.path, &context) }
    }

    private func check(_ block: TextBlock, bytes: [UInt8], clause: String?, _ context: inout RuleContext) {
        for word in Self.repeats(bytes) {
            let text = String(decoding: bytes[word], as: UTF8.self)
            if Self.legitimate.contains(text.lowercased()) { continue }
            let fix = context.edit(in: block, range: (word.lowerBound - 1)..<word.upperBound, replacement: "")
                .map { Fix("delete the second \(quote(text))", edits: [$0]) }
            context.report(Message.repeated(text), block: block, range: word, clause: clause, fix: fix)
        }
    }

    /// The second word of each pair of equal words (case aside) with exactly one space
    /// between them. Over the raw buffer: this reads every byte of every paragraph.
    static func repeats(_ bytes: [UInt8]) -> [Range<Int>] {
        var found: [Range<Int>] = []
        bytes.withUnsafeBufferPointer { bytes in
            let count = bytes.count
            var previousStart = -1, previousEnd = -1   // -1: no word to pair with
            var index = 0
            while index < count {
                guard isLetter(bytes[index]) else {
                    // Anything but a single space between two words breaks the pair.
                    if !(bytes[index] == 0x20 && previousEnd == index) { previousStart = -1; previousEnd = -1 }
                    index += 1
                    continue
                }
                let start = index
                while index < count, isLetter(bytes[index]) || bytes[index] == 0x27 || bytes[index] == 0x2D { index += 1 }
                if previousEnd >= 0, previousEnd + 1 == start, index - start == previousEnd - previousStart {
                    var same = true
                    for offset in 0..<(index - start) {
                        let x = bytes[previousStart + offset], y = bytes[start + offset]
                        if x != y, !(x | 0x20 == y | 0x20 && (x | 0x20) >= 0x61 && (x | 0x20) <= 0x7A) { same = false; break }
                    }
                    if same { found.append(start..<index) }
                }
                previousStart = start
                previousEnd = index
            }
        }
        return found
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte >= 0x80
    }

    enum Message {
        static func repeated(_ word: String) -> String { "\(quote(word)) is repeated" }
    }
}
