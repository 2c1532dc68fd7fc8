/// Which part of a resolution a phrase belongs to.
public enum PhraseKind: String, Sendable {
    case preambular, operative
}

/// The grammatical shape of the word an opening phrase turns on.
public enum VerbForm: String, Sendable {
    /// `Urges`, `Calls upon`: what an operative clause needs.
    case thirdPerson
    /// `Recalling`, `Having considered`: a preambular participle.
    case presentParticiple
    /// `Alarmed`, `Guided by`, `Aware of`: a preambular past participle or adjective.
    case pastParticipleOrAdjective
    /// `Urge`, `Recommend`: an operative verb in its base form.
    case baseForm
}

/// An opening phrase recognised at the start of a clause.
public struct OpeningMatch: Sendable, Equatable {
    public var kind: PhraseKind
    public var form: VerbForm
    /// True when the phrase (without modifiers) is in the configured lists.
    public var known: Bool
    /// Byte length of the phrase in the text it was matched in, modifiers included.
    public var length: Int
    /// The head word (`requests` in `Also requests`), lower-cased.
    public var head: String
}

/// The phrase lists with their modifiers, matched case-insensitively at the start
/// of a clause; phrases outside the lists are recognised by their shape.
public struct PhraseLexicon: Sendable {
    public let preambular: Set<String>
    public let operative: Set<String>
    public let modifiers: Set<String>
    /// First words of operative phrases (`urges`, `calls`): base forms are found from them.
    let operativeHeads: Set<String>
    /// First words of preambular phrases (`expressing`, `noting`).
    let preambularHeads: Set<String>
    let longestPhrase: Int
    /// Hash of each listed phrase and modifier (its words joined by single spaces) →
    /// bits 1 preambular, 2 operative, 4 modifier, and the phrase to confirm a hit byte by
    /// byte (absent where two listed phrases share a hash: those are confirmed the slow
    /// way). A clause's leading words are looked up without joining strings.
    let phraseTable: PhraseTable
    /// `preambularHeads` and `operativeHeads` by hash, for the head word of a listed match.
    let listedHeads: ListedHeads

    static let adjectives: Set<String> = [
        "aware", "mindful", "conscious", "cognizant", "cognisant", "confident", "anxious",
        "seized", "grieved", "desirous", "fearful", "hopeful", "appreciative", "eager",
        "resolved", "keen", "sensible",
    ]
    static let particles: Set<String> = ["upon", "on", "for", "of", "by", "at", "to", "with", "in"]
    static let notVerbs: Set<String> = [
        "the", "this", "these", "those", "that", "its", "his", "her", "their", "our", "we", "all",
        "member", "members", "states", "nations", "parties", "countries", "governments", "data",
        "united", "international", "national", "general", "security", "economic", "human",
        "is", "was", "has", "his", "thus", "plus", "bus", "gas", "yes", "its", "us", "as",
        "news", "series", "species", "means", "physics", "basis", "crisis", "analysis", "status",
        "ngos", "efforts", "deaths", "victims", "programs", "programmes",
    ]

    public init(preambular: [String] = DefaultPhrases.preambular + DefaultPhrases.observedPreambular,
                operative: [String] = DefaultPhrases.operative + DefaultPhrases.observedOperative,
                modifiers: [String] = DefaultPhrases.modifiers) {
        // By bytes, not strings: this runs at every start-up. Each phrase is lower-cased and
        // joined by single spaces once; its string is made once, for the sets.
        let modifierPhrases = modifiers.map(Self.normalized)
        let modifierSet = Set(modifierPhrases.map { String(decoding: $0, as: UTF8.self) })
        var longest = 1
        for modifier in modifierPhrases { longest = max(longest, Self.wordCount(modifier)) }
        func index(_ phrases: [String]) -> (phrases: Set<String>, heads: Set<String>, bytes: [[UInt8]]) {
            var set = Set<String>(minimumCapacity: phrases.count), heads = Set<String>(minimumCapacity: phrases.count)
            let normalized = phrases.map(Self.normalized)
            for phrase in normalized {
                longest = max(longest, Self.wordCount(phrase))
                set.insert(String(decoding: phrase, as: UTF8.self))
                if let head = Self.head(phrase, modifiers: modifierSet) { heads.insert(head) }
            }
            return (set, heads, normalized)
        }
        let preambularIndex = index(preambular), operativeIndex = index(operative)
        self.preambular = preambularIndex.phrases
        self.operative = operativeIndex.phrases
        self.modifiers = modifierSet
        self.operativeHeads = operativeIndex.heads
        self.preambularHeads = preambularIndex.heads
        self.longestPhrase = longest
        self.phraseTable = Self.table(preambular: preambularIndex.bytes, operative: operativeIndex.bytes, modifiers: modifierPhrases)
        self.listedHeads = ListedHeads([preambularIndex.heads, operativeIndex.heads])
    }

    /// `phrase` lower-cased, its words (runs of bytes between spaces) joined by single spaces.
    /// An ASCII phrase is lower-cased by bytes: the same as `String.lowercased()` there.
    static func normalized(_ phrase: String) -> [UInt8] {
        var copy = phrase
        return copy.withUTF8 { bytes in
            guard bytes.allSatisfy({ $0 < 0x80 }) else {
                var lower = phrase.lowercased()
                return lower.withUTF8(normalized)
            }
            return normalized(bytes)
        }
    }

    /// `normalized` for bytes whose letters outside `A`–`Z` are lower-case already.
    private static func normalized(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var phrase: [UInt8] = []
        phrase.reserveCapacity(bytes.count)
        var pendingSpace = false
        for byte in bytes {
            if byte == 0x20 {
                pendingSpace = !phrase.isEmpty
                continue
            }
            if pendingSpace { phrase.append(0x20); pendingSpace = false }
            phrase.append(byte &- 0x41 < 26 ? byte | 0x20 : byte)
        }
        return phrase
    }

    /// The words of a normalized phrase.
    private static func wordCount(_ phrase: [UInt8]) -> Int {
        phrase.isEmpty ? 0 : phrase.reduce(1) { $0 + ($1 == 0x20 ? 1 : 0) }
    }

    /// The first word of a normalized phrase that is not one of `modifiers`.
    private static func head(_ phrase: [UInt8], modifiers: Set<String>) -> String? {
        var start = 0
        while start < phrase.count {
            let end = phrase[start...].firstIndex(of: 0x20) ?? phrase.count
            let word = String(decoding: phrase[start..<end], as: UTF8.self)
            if !modifiers.contains(word) { return word }
            start = end + 1
        }
        return nil
    }

    /// The table of the normalized phrases (see `phraseTable`).
    private static func table(preambular: [[UInt8]], operative: [[UInt8]], modifiers: [[UInt8]]) -> PhraseTable {
        var table = PhraseTable(capacity: preambular.count + operative.count + modifiers.count)
        for (phrases, kinds) in [(preambular, UInt8(1)), (operative, UInt8(2)), (modifiers, UInt8(4))] {
            for phrase in phrases { table.add(hash(phrase), kinds: kinds, text: phrase) }
        }
        // The first words of each longer phrase continue: `longestListed` reads on from them.
        // FNV-1a reads bytes in order, so the hash before each space is that of the words before it.
        for phrases in [preambular, operative] {
            for phrase in phrases {
                var value = hashSeed
                for byte in phrase {
                    if byte == 0x20 { table.markContinues(value) }
                    value = (value ^ UInt64(byte)) &* hashPrime
                }
            }
        }
        return table
    }

    /// FNV-1a's offset basis: the hash of no bytes.
    static var hashSeed: UInt64 { 0xcbf29ce484222325 }
    /// FNV-1a's prime: each byte is mixed in by `(hash ^ byte) &* hashPrime`.
    static var hashPrime: UInt64 { 0x100000001b3 }

    /// FNV-1a over bytes, continuing from `seed`.
    static func hash(_ bytes: some Sequence<UInt8>, seed: UInt64 = hashSeed) -> UInt64 {
        var value = seed
        for byte in bytes { value = (value ^ UInt64(byte)) &* hashPrime }
        return value
    }

    /// Which lists hold the phrase made of words `start..<start+count` (bits as in
    /// `phraseTable`): a hash look-up, confirmed byte by byte when the hash is present.
    /// Only the bits of `mask` are asked for: a phrase whose hash holds none of them needs no
    /// confirming (most paragraphs' first word is a listed phrase, and no modifier).
    private func kinds(_ words: inout LeadingWords, from start: Int, count: Int, mask: UInt8) -> UInt8 {
        guard words.has(start + count - 1), let position = phraseTable.position(words.hash(from: start, count: count)) else { return 0 }
        return kinds(words, from: start, count: count, at: position, mask: mask)
    }

    /// `kinds(_:from:count:mask:)` once the phrase's hash is found at `position` of the table.
    private func kinds(_ words: borrowing LeadingWords, from start: Int, count: Int, at position: Int, mask: UInt8 = 7) -> UInt8 {
        let kinds = phraseTable.kinds(at: position) & mask
        guard kinds != 0 else { return 0 }
        if let confirmed = words.withPhrase(from: start, count: count, { phraseTable.confirms(at: position, $0) }) {
            return confirmed ? kinds : 0
        }
        let key = words.phraseString(from: start, count: count)
        return ((preambular.contains(key) ? 1 : 0) | (operative.contains(key) ? 2 : 0) | (modifiers.contains(key) ? 4 : 0)) & mask
    }

    /// True when words `start..<start+count` are a modifier (`also`, `once again`).
    /// Words outside ASCII are compared as strings, as the set compares them.
    private func isModifier(_ words: inout LeadingWords, from start: Int, count: Int) -> Bool {
        guard words.isASCII(from: start, count: count) else {
            return modifiers.contains(words.phraseString(from: start, count: count))
        }
        return kinds(&words, from: start, count: count, mask: 4) != 0
    }

    /// Modifiers that may follow a phrase: `Recalling also`, `Encourages further`.
    private static let trailingModifiers: [[UInt8]] = [Array("also".utf8), Array("further".utf8), Array("again".utf8)]

    public static let standard = PhraseLexicon()

    /// Recognises the opening phrase at the start of `text` (after any label).
    public func match(_ text: Substring) -> OpeningMatch? {
        var words = LeadingWords()
        return match(text, reading: &words)
    }

    /// `match(_:)` reading the words into `words`, whose buffers one caller reuses for every paragraph.
    func match(_ text: Substring, reading words: inout LeadingWords) -> OpeningMatch? {
        if let found = text.utf8.withContiguousStorageIfAvailable({ match($0, reading: &words) }) { return found }
        var copy = String(text)
        return copy.withUTF8 { match($0, reading: &words) }
    }

    /// `match(_:reading:)` over the text's bytes, read in place: its words are read as the
    /// match needs them, while the bytes are lent.
    func match(_ bytes: UnsafeBufferPointer<UInt8>, reading words: inout LeadingWords) -> OpeningMatch? {
        words.begin(bytes, limit: wordLimit)
        defer { words.end() }
        return match(&words)
    }

    /// How many leading words a match may look at: the longest phrase, and modifiers around it.
    private var wordLimit: Int { max(longestPhrase, 3) + 3 }

    /// Particles that may follow an operative head outside the lists (`Calls upon`).
    private static let operativeParticles: [[UInt8]] = [Array("upon".utf8), Array("on".utf8), Array("for".utf8)]

    /// The match over `words`, begun on a text: `words.has(index)` stands for `index < count`
    /// of the words the limit allows, and reads them only as far as it is asked.
    private func match(_ words: inout LeadingWords) -> OpeningMatch? {
        guard words.has(0), words[0].isCapitalized else { return nil }

        // Leading modifiers ("Also", "Once again", "Strongly").
        var headIndex = 0
        while words.has(headIndex) {
            if words.has(headIndex + 1), isModifier(&words, from: headIndex, count: 2),
               !isPhrase(&words, from: headIndex, count: 2) {
                headIndex += 2
            } else if isModifier(&words, from: headIndex, count: 1), words.has(headIndex + 1),
                      !isPhrase(&words, from: headIndex, count: 1) || isPhrase(&words, from: headIndex, count: 2) {
                headIndex += 1
            } else {
                break
            }
        }
        if !words.has(headIndex) { headIndex = 0 }

        // The longest listed phrase, from the first word or after the modifiers.
        if let listed = longestListed(&words, from: 0, headIndex: headIndex) { return listed }
        if headIndex > 0, let listed = longestListed(&words, from: headIndex, headIndex: headIndex) { return listed }

        // "Having" + past participle is preambular.
        let head = HeadWord(words, headIndex)
        if head.text == "having", words.has(headIndex + 1) {
            let next = HeadWord(words, headIndex + 1)
            if next.hasSuffix("ed") || next.hasSuffix("en") {
                return OpeningMatch(kind: .preambular, form: .presentParticiple, known: true,
                                    length: words[headIndex + 1].end, head: head.text)
            }
        }

        // Phrases outside the lists, recognised by the shape of their head word.
        guard words[headIndex].isCapitalized || headIndex > 0, !Self.notVerbs.contains(head.text) else { return nil }
        let kind: PhraseKind
        let shape: VerbForm
        if head.hasSuffix("ing"), head.count > 4 {
            (kind, shape) = (.preambular, .presentParticiple)
        } else if (head.hasSuffix("ed") && head.count > 3) || Self.adjectives.contains(head.text) {
            (kind, shape) = (.preambular, .pastParticipleOrAdjective)
        } else if operativeHeads.contains(head.text) {
            (kind, shape) = (.operative, .thirdPerson)
        } else if isBaseForm(head.text) {
            (kind, shape) = (.operative, .baseForm)
        } else if head.hasSuffix("s"), head.count > 3, !head.hasSuffix("ss"), !head.hasSuffix("us"),
                  !head.hasSuffix("is"), !head.hasSuffix("ics") {
            (kind, shape) = (.operative, .thirdPerson)
        } else {
            return nil
        }
        var end = headIndex + 1
        if words.has(end), kind == .operative ? Self.operativeParticles.contains(where: { words.phrase(from: end, count: 1, equals: $0) })
            : Self.particles.contains(words.string(end)) {
            end += 1
        }
        return OpeningMatch(kind: kind, form: shape, known: false, length: words[end - 1].end, head: head.text)
    }

    /// The longest listed phrase starting at word `start`, with any trailing modifiers.
    private func longestListed(_ words: inout LeadingWords, from start: Int, headIndex: Int) -> OpeningMatch? {
        guard let (count, found) = longestListedRun(&words, from: start) else { return nil }
        let (isPre, isOp) = (found & 1 != 0, found & 2 != 0)
        var end = start + count
        // Trailing modifiers: "Recalling also", "Encourages further".
        while words.has(end), Self.trailingModifiers.contains(where: { words.phrase(from: end, count: 1, equals: $0) }) {
            end += 1
        }
        let kind: PhraseKind = isOp && !isPre ? .operative : .preambular
        // The head is a word of the listed phrase, nearly always its head: its string is in `listedHeads`.
        let headPosition = headIndex < start + count ? max(start, headIndex) : start
        let head: String, isParticiple: Bool
        if let listed = listedHeads.word(words, headPosition) {
            (head, isParticiple) = listed
        } else {
            let word = HeadWord(words, headPosition)
            (head, isParticiple) = (word.text, word.hasSuffix("ing"))
        }
        let form: VerbForm = isParticiple ? .presentParticiple : kind == .preambular ? .pastParticipleOrAdjective : .thirdPerson
        return OpeningMatch(kind: kind, form: form, known: true, length: words[end - 1].end, head: head)
    }

    /// The most words from word `start` (at most `longestPhrase`) that make a preambular or
    /// operative phrase, with the lists that hold it (bits as in `phraseTable`). Read from one
    /// word up, as far as the words begin a longer phrase: most paragraphs stop after one or two
    /// look-ups, where reading down from the longest phrase took one for every length.
    func longestListedRun(_ words: inout LeadingWords, from start: Int) -> (count: Int, kinds: UInt8)? {
        var best: (count: Int, kinds: UInt8)?
        var count = 1
        while count <= longestPhrase, words.has(start + count - 1) {
            guard let position = phraseTable.position(words.hash(from: start, count: count)) else { break }
            let found = kinds(words, from: start, count: count, at: position)
            if found & 3 != 0 { best = (count, found) }
            guard phraseTable.continues(at: position) else { break }
            count += 1
        }
        return best
    }

    /// True when `word` (lower-cased) is the base form of a listed operative verb:
    /// `urge` for `urges`, `recommend` for `recommends`, `emphasize` for `emphasizes`.
    public func isBaseForm(_ word: String) -> Bool {
        if operativeHeads.contains(word + "s") || operativeHeads.contains(word + "es") { return true }
        if word.hasSuffix("y"), operativeHeads.contains(String(word.dropLast()) + "ies") { return true }
        return false
    }

    /// The third-person form of a base-form operative verb (`urge` → `urges`).
    public func thirdPerson(of word: String) -> String? {
        if operativeHeads.contains(word + "s") { return word + "s" }
        if operativeHeads.contains(word + "es") { return word + "es" }
        if word.hasSuffix("y"), operativeHeads.contains(String(word.dropLast()) + "ies") { return String(word.dropLast()) + "ies" }
        return nil
    }

    /// True when the phrase is listed, or its head word heads a listed phrase of the
    /// same kind (`Expressing grave alarm` ← `Expressing concern`), or it is the
    /// participle of a listed operative verb (`Calling upon` ← `Calls upon`).
    public func isRecognized(_ match: OpeningMatch) -> Bool {
        if match.known { return true }
        switch match.kind {
        case .operative:
            return operativeHeads.contains(match.head) || isBaseForm(match.head)
        case .preambular:
            if preambularHeads.contains(match.head) { return true }
            if match.head.hasSuffix("ing"), let third = thirdPerson(ofParticiple: match.head) { return operativeHeads.contains(third) }
            return false
        }
    }

    /// True when the phrase or its head word is in the lists of its kind.
    public func isListed(_ match: OpeningMatch) -> Bool {
        match.known || (match.kind == .operative ? operativeHeads : preambularHeads).contains(match.head)
    }

    /// `recommending` → `recommends`, `clarifying` → `clarifies`, when the verb is listed.
    public func thirdPerson(ofParticiple word: String) -> String? {
        guard word.hasSuffix("ing"), word.count > 4 else { return nil }
        let stem = String(word.dropLast(3))
        for base in [stem, stem + "e", String(stem.dropLast())] where !base.isEmpty {
            if let third = thirdPerson(of: base) { return third }
        }
        return nil
    }

    static let doublingVerbs: Set<String> = [
        "regret", "commit", "submit", "admit", "permit", "omit", "transmit", "refer", "prefer", "occur",
        "deter", "compel", "expel", "plan", "stop", "ship", "control", "equip", "confer", "abhor",
    ]

    /// `urges` → `urging`, `stresses` → `stressing`, `calls` → `calling`: for suggestions.
    public static func participle(ofThirdPerson word: String) -> String {
        var base = word
        if base.hasSuffix("ies") { base = String(base.dropLast(3)) + "y" }
        else if base.hasSuffix("sses") || base.hasSuffix("shes") || base.hasSuffix("ches") || base.hasSuffix("xes") || base.hasSuffix("zzes") {
            base = String(base.dropLast(2))
        } else if base.hasSuffix("s") { base = String(base.dropLast()) }
        if base.hasSuffix("e"), !base.hasSuffix("ee") { base = String(base.dropLast()) }
        if base.hasSuffix("ie") { base = String(base.dropLast(2)) + "y" }
        // Stressed final syllables double their consonant: regret → regretting.
        if doublingVerbs.contains(base), let last = base.last { base.append(last) }
        return base + "ing"
    }

    private func isPhrase(_ words: inout LeadingWords, from start: Int, count: Int) -> Bool {
        kinds(&words, from: start, count: count, mask: 3) != 0
    }
}
