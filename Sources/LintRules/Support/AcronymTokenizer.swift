import ClauseLint

/// How `AcronymScanner` cuts a text into words: runs of word bytes (`WordScanner.isWordByte`),
/// `&` and `+`, joined across `'` `-` `.` `/` when a word byte follows; a trailing `'`
/// belongs to its word; web addresses are skipped to the next space.
///
/// A space ends every word and every skipped address, so tokenizing can start right after
/// any space and find the same words as from the start of the text: the scanner tokenizes
/// only the stretches around possible acronyms.
enum AcronymTokenizer {
    /// A word as offsets and flags, no String: its text is made only when it is looked at.
    struct Token {
        private var start: Int32
        private var end: Int32
        /// A capital after the first byte, or no lower-case letter, or non-ASCII: may be an acronym.
        var candidate: Bool
        /// No lower-case ASCII letter, a capital and two bytes or more: an acronym or a shouted word.
        var capital: Bool
        /// Every byte below 0x80: its text can be judged by bytes, not Characters.
        var ascii: Bool
        var lowerBound: Int { Int(start) }
        var upperBound: Int { Int(end) }
        var range: Range<Int> { Int(start)..<Int(end) }

        init(range: Range<Int>, candidate: Bool, capital: Bool, ascii: Bool) {
            start = Int32(clamping: range.lowerBound)
            end = Int32(clamping: range.upperBound)
            self.candidate = candidate
            self.capital = capital
            self.ascii = ascii
        }

        func text(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        }
    }

    /// The next word from `index` (a byte between two words), with `index` moved past it;
    /// nil, with `index` at the end, when no word is left.
    static func next(_ bytes: UnsafeBufferPointer<UInt8>, _ classes: UnsafeBufferPointer<UInt8>, from index: inout Int) -> Token? {
        let count = bytes.count
        func isWordByte(_ byte: UInt8) -> Bool { classes[Int(byte)] & ByteClass.word != 0 }
        while index < count {
            let byte = bytes[index]
            guard isWordByte(byte) else { index += 1; continue }
            // Web addresses hold no acronyms: skip to the next space.
            if (byte == 0x68 || byte == 0x77), startsURL(bytes, index) {
                while index < count, bytes[index] != 0x20 { index += 1 }
                continue
            }
            let start = index
            // Most words have a lower-case letter and no capital after the first: they can be
            // neither acronyms nor shouting. Capitals are counted; of the other classes only
            // whether one was seen matters.
            var capitals = 0
            var seen: UInt8 = 0
            while index < count {
                let b = bytes[index]
                let byteClass = classes[Int(b)]
                if byteClass & ByteClass.inToken != 0 {
                    capitals &+= Int(byteClass & ByteClass.capital)
                    seen |= byteClass
                    index &+= 1
                    continue
                }
                if b == 0x27 || b == 0x2D || b == 0x2E || b == 0x2F, index + 1 < count, isWordByte(bytes[index + 1]) { index += 1; continue }
                if b == 0x27, index + 1 == count || !isWordByte(bytes[index + 1]) { index += 1; break }
                break
            }
            let other = seen & ByteClass.high != 0, lowers = seen & ByteClass.lower != 0
            let candidate = other || capitals >= 2 || (!lowers && capitals >= 1)
            return Token(range: start..<index, candidate: candidate, capital: candidate && !lowers && capitals >= 1 && index - start >= 2,
                         ascii: !other)
        }
        return nil
    }

    /// Where tokenizing may start to find at least `words` words before `site`, counting
    /// from no earlier than `floor` (a byte between two words): the start of the `words`-th
    /// space-separated stretch before the site's own that begins with a word, or `floor`
    /// when there are not that many. Reads each byte from `site` back to that point once.
    static func start(before site: Int, words: Int, floor: Int, _ bytes: UnsafeBufferPointer<UInt8>,
                      _ classes: UnsafeBufferPointer<UInt8>) -> Int {
        var index = site
        // Words before the site in its own stretch are not counted.
        while index > floor, bytes[index - 1] != 0x20 { index -= 1 }
        var counted = 0
        // The first word byte of the stretch read so far: the stretch's first word starts
        // there, unless a web address does.
        var firstWordByte = -1
        while index > floor {
            index -= 1
            let byte = bytes[index]
            if byte == 0x20 {
                if firstWordByte >= 0, !startsURL(bytes, firstWordByte) {
                    counted += 1
                    if counted == words { return index + 1 }
                }
                firstWordByte = -1
            } else if classes[Int(byte)] & ByteClass.word != 0 {
                firstWordByte = index
            }
        }
        return floor
    }

    /// What a byte is to the tokenizer, as bits of `byteClasses`.
    private enum ByteClass {
        static let capital: UInt8 = 1, lower: UInt8 = 2, high: UInt8 = 4
        /// `WordScanner.isWordByte`: a letter, a digit, or 0x80 and above.
        static let word: UInt8 = 8
        /// Inside a token: a word byte, `&` or `+`.
        static let inToken: UInt8 = 16
    }

    /// Each byte's `ByteClass` bits: one look-up per byte in the tokenizer's loop.
    static let byteClasses: [UInt8] = (0...255).map { (value: Int) -> UInt8 in
        let byte = UInt8(value)
        var byteClass: UInt8 = 0
        if byte >= 0x41, byte <= 0x5A { byteClass |= ByteClass.capital }
        if byte >= 0x61, byte <= 0x7A { byteClass |= ByteClass.lower }
        if byte >= 0x80 { byteClass |= ByteClass.high }
        if WordScanner.isWordByte(byte) { byteClass |= ByteClass.word | ByteClass.inToken }
        if byte == 0x26 || byte == 0x2B { byteClass |= ByteClass.inToken }
        return byteClass
    }

    private static let urlPrefixes: [[UInt8]] = ["http://", "https://", "www."].map { Array($0.utf8) }

    private static func startsURL(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        let byte = bytes[index]
        guard byte == 0x68 || byte == 0x77 else { return false }   // h, w
        for needle in urlPrefixes where bytes.count - index >= needle.count {
            var matched = true
            for offset in 0..<needle.count where bytes[index + offset] != needle[offset] { matched = false; break }
            if matched { return true }
        }
        return false
    }
}
