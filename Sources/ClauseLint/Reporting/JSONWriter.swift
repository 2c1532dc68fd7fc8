/// Writes JSON with keys in the order given, so output is stable for tools and diffs.
public struct JSONWriter {
    /// The layout (indentation, commas, empty `{}` and `[]`) is `JSONByteWriter`'s, which the
    /// JSON report also writes with directly.
    private var writer: JSONByteWriter
    public var output: String { String(decoding: writer.bytes, as: UTF8.self) }

    /// `indent`: the depth at which the value written will sit in a larger document.
    public init(pretty: Bool = true, indent: Int = 0) {
        writer = JSONByteWriter(depth: indent, pretty: pretty)
    }

    /// A JSON value under construction.
    public indirect enum Value {
        case string(String)
        case int(Int)
        case double(Double)
        case bool(Bool)
        case null
        case array([Value])
        case object([(String, Value)])
    }

    public static func serialize(_ value: Value, pretty: Bool = true) -> String {
        var writer = JSONWriter(pretty: pretty)
        writer.write(value)
        return writer.output
    }

    mutating func write(_ value: Value) {
        switch value {
        case .string(let text): writer.string(text)
        case .int(let number): writer.int(number)
        case .double(let number): writer.double(number)
        case .bool(let flag): writer.bool(flag)
        case .null: writer.null()
        case .array(let items):
            writer.beginArray()
            for item in items {
                writer.item()
                write(item)
            }
            writer.endArray()
        case .object(let members):
            writer.beginObject()
            for (name, member) in members {
                writer.key(name)
                write(member)
            }
            writer.endObject()
        }
    }

    /// Appends `text` as a JSON string literal: runs that need no escape are copied at once.
    static func appendQuoted(_ text: String, to bytes: inout [UInt8]) {
        // A short string's bytes are copied to the stack here, not to a new array.
        var text = text
        text.withUTF8 { appendQuoted(utf8: $0, to: &bytes) }
    }

    /// Escapes `"`, `\`, control characters (`\n`, `\r`, `\t`, else `\u00xx`) and U+2028/U+2029,
    /// which end lines in JavaScript; other UTF-8 passes through.
    private static func appendQuoted(utf8 source: UnsafeBufferPointer<UInt8>, to bytes: inout [UInt8]) {
        bytes.append(0x22)
        var runStart = 0
        var index = 0
        while index < source.count {
            if index + 8 <= source.count,
               !mayNeedEscape(ByteLanes.load(source, index)) {
                index += 8
                continue
            }
            let byte = source[index]
            if byte >= 0x20, byte != 0x22, byte != 0x5C, byte != 0xE2 { index += 1; continue }
            if byte == 0xE2 {
                // U+2028 and U+2029 are E2 80 A8 and E2 80 A9.
                guard index + 2 < source.count, source[index + 1] == 0x80,
                      source[index + 2] == 0xA8 || source[index + 2] == 0xA9 else { index += 1; continue }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<index]))
            switch byte {
            case 0x22: bytes.append(0x5C); bytes.append(0x22)
            case 0x5C: bytes.append(0x5C); bytes.append(0x5C)
            case 0x0A: bytes.append(0x5C); bytes.append(0x6E)
            case 0x0D: bytes.append(0x5C); bytes.append(0x72)
            case 0x09: bytes.append(0x5C); bytes.append(0x74)
            case 0xE2:
                bytes.append(contentsOf: [0x5C, 0x75, 0x32, 0x30, 0x32, source[index + 2] == 0xA8 ? 0x38 : 0x39])
                index += 2
            default:
                bytes.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hexDigit(byte >> 4), hexDigit(byte & 0x0F)])
            }
            index += 1
            runStart = index
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<index]))
        bytes.append(0x22)
    }

    /// Whether any of the eight bytes in `word` is below 0x20, `"`, `\` or not ASCII (U+2028 and
    /// U+2029 start with E2): only such words are looked at byte by byte.
    private static func mayNeedEscape(_ word: UInt64) -> Bool {
        (word & ByteLanes.highBits) | ByteLanes.below(word, 0x20) | ByteLanes.equal(word, 0x22) | ByteLanes.equal(word, 0x5C) != 0
    }

    /// Lower-case, as `String(_:radix: 16)` writes it.
    private static func hexDigit(_ value: UInt8) -> UInt8 { value < 10 ? 0x30 + value : 0x61 + value - 10 }

    /// Appends the decimal digits of `number` without making a String, most significant first.
    static func appendInt(_ number: Int, to bytes: inout [UInt8]) {
        if number < 0 { bytes.append(0x2D) }
        let magnitude = number.magnitude
        var scale: UInt = 1
        while scale <= magnitude / 10 { scale *= 10 }
        repeat {
            bytes.append(0x30 + UInt8(magnitude / scale % 10))
            scale /= 10
        } while scale > 0
    }

    /// A JSON string literal with the escapes RFC 8259 requires.
    public static func quoted(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 2)
        appendQuoted(text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }
}
