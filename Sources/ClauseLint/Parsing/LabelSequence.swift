/// Counting in the label sequences clauses use: 1 2 3, a b c … z aa bb, i ii iii.
public enum LabelSequence {
    /// The 1-based position of `value` in `family`, or nil when it is not a member.
    public static func ordinal(of value: String, family: LabelFamily) -> Int? {
        switch family {
        case .decimal:
            return Int(value)
        case .lowerLetter, .upperLetter:
            if let ordinal = asciiLetterOrdinal(value) { return ordinal }
            guard !value.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
            let scalars = Array(value.lowercased().unicodeScalars)
            guard let first = scalars.first, first.value >= 97, first.value <= 122,
                  scalars.allSatisfy({ $0 == first }) else { return nil }
            // a…z, then aa, bb … (the UN doubles letters after z).
            return Int(first.value - 96) + 26 * (scalars.count - 1)
        case .lowerRoman, .upperRoman:
            return romanValue(ignoringCase: value)
        }
    }

    /// The label value at 1-based `ordinal` in `family`.
    public static func value(at ordinal: Int, family: LabelFamily) -> String {
        guard ordinal > 0 else { return "0" }
        switch family {
        case .decimal: return String(ordinal)
        case .lowerLetter, .upperLetter:
            let letter = Character(Unicode.Scalar(UInt8(97 + (ordinal - 1) % 26)))
            let text = String(repeating: letter, count: (ordinal - 1) / 26 + 1)
            return family == .upperLetter ? text.uppercased() : text
        case .lowerRoman, .upperRoman:
            let text = roman(ordinal)
            return family == .upperRoman ? text.uppercased() : text
        }
    }

    /// `aa` → 27 for ASCII letters; nil for anything else (the caller decides what that means).
    private static func asciiLetterOrdinal(_ value: String) -> Int? {
        guard let first = value.utf8.first.map({ $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }),
              first >= 0x61, first <= 0x7A,
              value.utf8.allSatisfy({ ($0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0) == first }) else { return nil }
        return Int(first - 96) + 26 * (value.utf8.count - 1)
    }

    public static func romanValue(_ text: String) -> Int? {
        romanValue(text.utf8, foldingCase: false)
    }

    /// `romanValue(text.lowercased())`, without the lower-cased string: no character outside
    /// ASCII lower-cases to a numeral alone, so folding `A`–`Z` by bytes is the same test.
    static func romanValue(ignoringCase text: String) -> Int? {
        romanValue(text.utf8, foldingCase: true)
    }

    /// The value of the numerals in `utf8` (lower-case, or any case when `foldingCase`), when
    /// they are written as `roman(_:)` writes that value.
    private static func romanValue(_ utf8: String.UTF8View, foldingCase: Bool) -> Int? {
        @inline(__always) func folded(_ byte: UInt8) -> UInt8 { foldingCase && byte &- 0x41 < 26 ? byte | 0x20 : byte }
        var total = 0, previous = 0
        // Byte by byte: a byte outside ASCII is no numeral, as its character would not be.
        for byte in utf8.reversed() {
            let value: Int
            switch folded(byte) {
            case 0x69: value = 1       // i
            case 0x76: value = 5       // v
            case 0x78: value = 10      // x
            case 0x6C: value = 50      // l
            case 0x63: value = 100     // c
            case 0x64: value = 500     // d
            case 0x6D: value = 1000    // m
            default: return nil
            }
            if value < previous { total -= value } else { total += value; previous = value }
        }
        guard total > 0 else { return nil }
        // The numerals as `roman(total)` writes them, compared byte by byte without making it.
        var rest = total
        var bytes = utf8.makeIterator()
        for numeral in romanNumerals {
            while rest >= numeral.value {
                rest -= numeral.value
                guard bytes.next().map(folded) == numeral.first else { return nil }
                if numeral.second != 0, bytes.next().map(folded) != numeral.second { return nil }
            }
        }
        return bytes.next() == nil ? total : nil
    }

    /// `romanTable` by bytes: each symbol's one or two letters (`second` 0 for one).
    private static let romanNumerals: [(value: Int, first: UInt8, second: UInt8)] = romanTable.map { value, symbol in
        let bytes = Array(symbol.utf8)
        return (value, bytes[0], bytes.count > 1 ? bytes[1] : 0)
    }

    private static let romanTable: [(Int, String)] = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
                                                      (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]

    public static func roman(_ number: Int) -> String {
        var rest = number, result = ""
        for (value, symbol) in romanTable {
            while rest >= value { result += symbol; rest -= value }
        }
        return result
    }

    /// True when `value` could be a lower-case roman numeral (`i`, `iv`, `xii`).
    public static func isRoman(_ value: String) -> Bool { romanValue(ignoringCase: value) != nil }
}
