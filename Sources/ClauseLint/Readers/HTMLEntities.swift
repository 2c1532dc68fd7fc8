/// Decodes HTML character references: numeric (`&#8217;`, `&#x2019;`) and the named
/// ones that occur in exported documents.
enum HTMLEntities {
    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}",
        "ndash": "–", "mdash": "—", "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”",
        "hellip": "…", "eacute": "é", "egrave": "è", "aacute": "á", "agrave": "à", "oacute": "ó",
        "iacute": "í", "uacute": "ú", "ntilde": "ñ", "ccedil": "ç", "uuml": "ü", "ouml": "ö", "auml": "ä",
        "sup1": "¹", "sup2": "²", "sup3": "³", "middot": "·", "bull": "•", "copy": "©", "reg": "®",
        "deg": "°", "sect": "§", "para": "¶", "shy": "", "zwj": "", "zwnj": "", "ensp": " ", "emsp": " ", "thinsp": " ",
        "laquo": "«", "raquo": "»", "euro": "€", "pound": "£", "times": "×", "frac12": "½",
    ]

    /// The decoded text and the length of the reference at `index` (which is at `&`), or nil.
    static func decode(_ bytes: [UInt8], at index: Int) -> (String, Int)? {
        var end = index + 1
        while end < bytes.count, end - index <= 32, bytes[end] != 0x3B {
            let byte = bytes[end]
            let ok = (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || byte == 0x23
            if !ok { return nil }
            end += 1
        }
        guard end < bytes.count, bytes[end] == 0x3B, end > index + 1 else { return nil }
        let name = String(decoding: bytes[(index + 1)..<end], as: UTF8.self)
        let length = end + 1 - index
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            guard let value, let scalar = Unicode.Scalar(value), value != 0 else { return ("\u{FFFD}", length) }
            return (String(Character(scalar)), length)
        }
        guard let text = named[name] ?? named[name.lowercased()] else { return nil }
        return (text, length)
    }
}
