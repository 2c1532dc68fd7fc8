import XCTest
@testable import ClauseLint

/// The lexicon reads a paragraph's leading words only as far as its match asks, and finds the
/// longest listed phrase reading up from one word. Both are checked here against references
/// that read every word first and try every phrase length from the longest down, on random
/// texts made of listed words, modifiers, other words, spacing and punctuation.
final class LazyLeadingWordsTests: XCTestCase {
    /// A reading of all the words at once, as the reader did before it read them one by one.
    struct ReferenceWord: Equatable {
        var lower: String
        var end: Int
        var isCapitalized: Bool
        var isASCII: Bool
        var prefixHash: UInt64
    }

    static func referenceWords(_ bytes: [UInt8], limit: Int) -> [ReferenceWord] {
        var words: [ReferenceWord] = []
        var joined: [UInt8] = []
        var index = 0
        while words.count < limit {
            while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
            let start = index
            var ascii = true
            while index < bytes.count {
                let byte = bytes[index]
                let letter = (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A && byte < 0x80
                if byte >= 0x80 { ascii = false } else if !(letter || byte == 0x27 || byte == 0x2D) { break }
                index += 1
            }
            guard index > start else { break }
            let text = String(decoding: bytes[start..<index], as: UTF8.self)
            let lower = ascii ? String(decoding: bytes[start..<index].map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 }, as: UTF8.self) : text.lowercased()
            if !words.isEmpty { joined.append(0x20) }
            joined += Array(lower.utf8)
            let capital = bytes[start] >= 0x41 && bytes[start] <= 0x5A
            words.append(ReferenceWord(lower: lower, end: index, isCapitalized: capital || (!ascii && text.first?.isUppercase == true),
                                       isASCII: ascii, prefixHash: PhraseLexicon.hash(joined)))
            guard index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 else { break }
        }
        return words
    }

    static func words(of reader: LeadingWords) -> [ReferenceWord] {
        (0..<reader.count).map {
            ReferenceWord(lower: reader.string($0), end: reader[$0].end, isCapitalized: reader[$0].isCapitalized,
                          isASCII: reader[$0].isASCII, prefixHash: reader[$0].prefixHash)
        }
    }

    static let vocabulary: [String] = {
        let lexicon = PhraseLexicon.standard
        let listed = Set((lexicon.preambular.union(lexicon.operative).union(lexicon.modifiers)).flatMap { $0.split(separator: " ").map(String.init) })
        return listed.sorted() + ["Having", "examined", "taken", "Urge", "Calls", "upon", "the", "Studies", "also", "further", "again",
                                  "Élève", "ÉTATS", "İstanbul", "naïve", "Ωmega", "x", "A", "", "Recallings", "Notesss"]
    }()

    static func randomText(_ generator: inout some RandomNumberGenerator) -> [UInt8] {
        var text: [UInt8] = []
        let lexicon = PhraseLexicon.standard
        let phrases = Array(lexicon.preambular) + Array(lexicon.operative) + Array(lexicon.modifiers)
        for _ in 0..<Int.random(in: 0...9, using: &generator) {
            var piece = Int.random(in: 0..<3, using: &generator) == 0 ? phrases.randomElement(using: &generator)!
                : vocabulary.randomElement(using: &generator)!
            if Bool.random(using: &generator), let first = piece.first { piece = first.uppercased() + piece.dropFirst() }
            if Int.random(in: 0..<6, using: &generator) == 0 { piece = piece.uppercased() }
            text += Array(piece.utf8)
            switch Int.random(in: 0..<12, using: &generator) {
            case 0: text += [0x20, 0x20]
            case 1: text += [0x09]
            case 2: text += [0x2C, 0x20]
            case 3: text += [0x2E]
            default: text += [0x20]
            }
        }
        return text
    }

    func testReadingWordByWordEqualsReadingAllAtOnce() {
        var generator = SystemRandomNumberGenerator()
        var reader = LeadingWords()
        for _ in 0..<4000 {
            let bytes = Self.randomText(&generator)
            let limit = Int.random(in: 1...9, using: &generator)
            let expected = Self.referenceWords(bytes, limit: limit)
            bytes.withUnsafeBufferPointer { reader.read($0, limit: limit) }
            XCTAssertEqual(Self.words(of: reader), expected, "\(String(decoding: bytes, as: UTF8.self))")
            // Asked for word by word, in any order, as a match asks.
            bytes.withUnsafeBufferPointer { buffer in
                reader.begin(buffer, limit: limit)
                for _ in 0..<4 {
                    let index = Int.random(in: 0...9, using: &generator)
                    XCTAssertEqual(reader.has(index), index < expected.count, "\(String(decoding: bytes, as: UTF8.self)) \(index)")
                }
                reader.end()
            }
            XCTAssertEqual(Self.words(of: reader), Array(expected.prefix(reader.count)))
            XCTAssertFalse(reader.has(reader.count), "no word is read once the reading has ended")
        }
    }

    func testWordsLongerThanTheBufferAndReuse() {
        var reader = LeadingWords()
        let long = String(repeating: "Abcdefgh", count: 100)
        for text in ["Urges", long + " " + long, "É" + long, "Notes with " + long, "Also"] {
            reader.read(Substring(text), limit: 9)
            XCTAssertEqual(Self.words(of: reader), Self.referenceWords(Array(text.utf8), limit: 9), text)
        }
    }

    /// The longest listed phrase by trying every length from the longest down.
    static func referenceLongest(_ words: [ReferenceWord], from start: Int, _ lexicon: PhraseLexicon) -> (count: Int, kinds: UInt8)? {
        var count = min(lexicon.longestPhrase, words.count - start)
        while count >= 1 {
            let phrase = words[start..<(start + count)].map(\.lower).joined(separator: " ")
            let kinds: UInt8 = (lexicon.preambular.contains(phrase) ? 1 : 0) | (lexicon.operative.contains(phrase) ? 2 : 0)
            if kinds != 0 { return (count, kinds | (lexicon.modifiers.contains(phrase) ? 4 : 0)) }
            count -= 1
        }
        return nil
    }

    func testLongestListedPhraseReadingUpEqualsReadingDown() {
        var generator = SystemRandomNumberGenerator()
        var reader = LeadingWords()
        var found = 0
        for lexicon in [PhraseLexicon.standard,
                        PhraseLexicon(preambular: ["Noting", "Noting with deep concern", "Deeply concerned"],
                                      operative: ["Calls upon", "Calls upon all States further", "Urges"], modifiers: ["Also", "Once again"])] {
            for _ in 0..<3000 {
                let bytes = Self.randomText(&generator)
                let expected = Self.referenceWords(bytes, limit: 9)
                bytes.withUnsafeBufferPointer { reader.read($0, limit: 9) }
                for start in 0..<max(expected.count, 1) {
                    let reference = start < expected.count ? Self.referenceLongest(expected, from: start, lexicon) : nil
                    let run = lexicon.longestListedRun(&reader, from: start)
                    XCTAssertEqual(run?.count, reference?.count, "\(String(decoding: bytes, as: UTF8.self)) from \(start)")
                    XCTAssertEqual(run?.kinds, reference?.kinds, "\(String(decoding: bytes, as: UTF8.self)) from \(start)")
                    if reference != nil { found += 1 }
                }
            }
        }
        XCTAssertGreaterThan(found, 1000, "the random texts hold listed phrases")
    }

    func testLongestListedPhraseNearMisses() {
        let lexicon = PhraseLexicon(preambular: ["Noting with deep concern"], operative: ["Calls upon"], modifiers: [])
        var reader = LeadingWords()
        for (text, count) in [("Noting with deep concern", 4), ("Noting with deep", 0), ("Noting with deep concerns", 0), ("Calls upon", 2),
                              ("Calls", 0), ("Calls  upon", 2), ("Calls upon all", 2), ("Calls, upon", 0), ("Calls uponn", 0)] {
            reader.read(Substring(text), limit: 9)
            XCTAssertEqual(lexicon.longestListedRun(&reader, from: 0)?.count ?? 0, count, text)
        }
    }

    /// Matches over lazily read words equal matches over words read in full first.
    func testMatchesEqualThoseOverWordsReadInFull() {
        var generator = SystemRandomNumberGenerator()
        let lexicon = PhraseLexicon.standard
        var reader = LeadingWords()
        var matched = 0
        for _ in 0..<4000 {
            let bytes = Self.randomText(&generator)
            let lazy = bytes.withUnsafeBufferPointer { lexicon.match($0, reading: &reader) }
            let text = String(decoding: bytes, as: UTF8.self)
            XCTAssertEqual(lazy, lexicon.match(Substring(text)), text)
            XCTAssertEqual(lazy, ReferenceMatcher(lexicon: lexicon).match(Self.referenceWords(bytes, limit: lexicon.longestPhrase + 3)), text)
            if lazy != nil { matched += 1 }
        }
        XCTAssertGreaterThan(matched, 1000)
    }
}

/// The lexicon's match as it was before words were read lazily and phrases found reading up:
/// every word read first, phrases looked up in the lexicon's sets from the longest down.
struct ReferenceMatcher {
    let lexicon: PhraseLexicon

    func kinds(_ words: [LazyLeadingWordsTests.ReferenceWord], _ start: Int, _ count: Int) -> UInt8 {
        guard start + count <= words.count else { return 0 }
        let phrase = words[start..<(start + count)].map(\.lower).joined(separator: " ")
        return (lexicon.preambular.contains(phrase) ? 1 : 0) | (lexicon.operative.contains(phrase) ? 2 : 0) | (lexicon.modifiers.contains(phrase) ? 4 : 0)
    }

    func match(_ words: [LazyLeadingWordsTests.ReferenceWord]) -> OpeningMatch? {
        guard let first = words.first, first.isCapitalized else { return nil }
        let wordCount = words.count
        let isModifier = { (start: Int, count: Int) in kinds(words, start, count) & 4 != 0 }
        let isPhrase = { (start: Int, count: Int) in kinds(words, start, count) & 3 != 0 }
        var headIndex = 0
        while headIndex < wordCount {
            if headIndex + 1 < wordCount, isModifier(headIndex, 2), !isPhrase(headIndex, 2) {
                headIndex += 2
            } else if isModifier(headIndex, 1), headIndex + 1 < wordCount, !isPhrase(headIndex, 1) || isPhrase(headIndex, 2) {
                headIndex += 1
            } else {
                break
            }
        }
        if headIndex >= wordCount { headIndex = 0 }
        func longestListed(from start: Int) -> OpeningMatch? {
            guard let (count, found) = LazyLeadingWordsTests.referenceLongest(words, from: start, lexicon) else { return nil }
            var end = start + count
            while end < wordCount, ["also", "further", "again"].contains(words[end].lower) { end += 1 }
            let kind: PhraseKind = found & 2 != 0 && found & 1 == 0 ? .operative : .preambular
            let head = words[headIndex < start + count ? max(start, headIndex) : start].lower
            let form: VerbForm = head.hasSuffix("ing") ? .presentParticiple : kind == .preambular ? .pastParticipleOrAdjective : .thirdPerson
            return OpeningMatch(kind: kind, form: form, known: true, length: words[end - 1].end, head: head)
        }
        if let listed = longestListed(from: 0) { return listed }
        if headIndex > 0, let listed = longestListed(from: headIndex) { return listed }
        let head = words[headIndex].lower
        if head == "having", headIndex + 1 < wordCount {
            let next = words[headIndex + 1].lower
            if next.hasSuffix("ed") || next.hasSuffix("en") {
                return OpeningMatch(kind: .preambular, form: .presentParticiple, known: true, length: words[headIndex + 1].end, head: head)
            }
        }
        guard words[headIndex].isCapitalized || headIndex > 0, !PhraseLexicon.notVerbs.contains(head) else { return nil }
        let kind: PhraseKind
        let shape: VerbForm
        if head.hasSuffix("ing"), head.count > 4 {
            (kind, shape) = (.preambular, .presentParticiple)
        } else if (head.hasSuffix("ed") && head.count > 3) || PhraseLexicon.adjectives.contains(head) {
            (kind, shape) = (.preambular, .pastParticipleOrAdjective)
        } else if lexicon.operativeHeads.contains(head) {
            (kind, shape) = (.operative, .thirdPerson)
        } else if lexicon.isBaseForm(head) {
            (kind, shape) = (.operative, .baseForm)
        } else if head.hasSuffix("s"), head.count > 3, !head.hasSuffix("ss"), !head.hasSuffix("us"), !head.hasSuffix("is"), !head.hasSuffix("ics") {
            (kind, shape) = (.operative, .thirdPerson)
        } else {
            return nil
        }
        var end = headIndex + 1
        if end < wordCount, kind == .operative ? ["upon", "on", "for"].contains(words[end].lower) : PhraseLexicon.particles.contains(words[end].lower) {
            end += 1
        }
        return OpeningMatch(kind: kind, form: shape, known: false, length: words[end - 1].end, head: head)
    }
}
