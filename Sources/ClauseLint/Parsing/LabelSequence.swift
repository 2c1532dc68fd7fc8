/// Counting in the label sequences clauses use: 1 2 3, a b c … z aa bb, i ii iii.
public enum LabelSequence {
    /// The 1-based position of `value` in `family`, or nil when it is not a member.
    public static func ordinal(of value: String, family: LabelFamily) -> Int? {
        switch family {
        case .decimal:
            return Int(value)
        case .lowerLetter, .upperLetter:
            let scalars = Array(value.lowercased().unicodeScalars)
            guard let first = scalars.first, first.value >= 97, first.value <= 122,
                  scalars.allSatisfy({ $0 == first }) else { return nil }
            // a…z, then aa, bb … (the UN doubles letters after z).
            return Int(first.value - 96) + 26 * (scalars.count - 1)
        case .lowerRoman, .upperRoman:
            return romanValue(value.lowercased())
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

    public static func romanValue(_ text: String) -> Int? {
        let values: [Character: Int] = ["i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000]
        var total = 0, previous = 0
        for character in text.reversed() {
            guard let value = values[character] else { return nil }
            if value < previous { total -= value } else { total += value; previous = value }
        }
        guard total > 0, roman(total) == text else { return nil }
        return total
    }

    public static func roman(_ number: Int) -> String {
        let table: [(Int, String)] = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
                                      (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
        var rest = number, result = ""
        for (value, symbol) in table {
            while rest >= value { result += symbol; rest -= value }
        }
        return result
    }

    /// True when `value` could be a lower-case roman numeral (`i`, `iv`, `xii`).
    public static func isRoman(_ value: String) -> Bool { romanValue(value.lowercased()) != nil }
}
