/// Writes JSON with keys in the order given, so output is stable for tools and diffs.
public struct JSONWriter {
    /// Written as UTF-8 bytes: appending to a String piece by piece was a tenth of a run.
    private var bytes: [UInt8] = []
    public var output: String { String(decoding: bytes, as: UTF8.self) }
    private var indent = 0
    private let pretty: Bool

    /// `indent`: the depth at which the value written will sit in a larger document.
    public init(pretty: Bool = true, indent: Int = 0) {
        self.pretty = pretty
        self.indent = indent
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
        /// Already written, at the depth where it appears (see `serializedBytes`).
        case raw([UInt8])
    }

    public static func serialize(_ value: Value, pretty: Bool = true) -> String {
        var writer = JSONWriter(pretty: pretty)
        writer.write(value)
        return writer.output
    }

    /// `value` written as it appears at depth `indent` of a larger document: pieces of one
    /// document can be written on several threads and joined with `.raw`.
    public static func serializedBytes(_ value: Value, pretty: Bool = true, indent: Int) -> [UInt8] {
        var writer = JSONWriter(pretty: pretty, indent: indent)
        writer.write(value)
        return writer.bytes
    }

    mutating func write(_ value: Value) {
        switch value {
        case .string(let text): Self.appendQuoted(text, to: &bytes)
        case .int(let number): append(String(number))
        case .double(let number): append(number.isFinite ? String(number) : "null")
        case .bool(let flag): append(flag ? "true" : "false")
        case .null: append("null")
        case .raw(let written): bytes.append(contentsOf: written)
        case .array(let items):
            if items.isEmpty { append("[]"); return }
            bytes.append(0x5B)
            indent += 1
            for (index, item) in items.enumerated() {
                if index > 0 { bytes.append(0x2C) }
                newline()
                write(item)
            }
            indent -= 1
            newline()
            bytes.append(0x5D)
        case .object(let members):
            if members.isEmpty { append("{}"); return }
            bytes.append(0x7B)
            indent += 1
            for (index, member) in members.enumerated() {
                if index > 0 { bytes.append(0x2C) }
                newline()
                Self.appendQuoted(member.0, to: &bytes)
                append(pretty ? ": " : ":")
                write(member.1)
            }
            indent -= 1
            newline()
            bytes.append(0x7D)
        }
    }

    private mutating func append(_ text: String) { bytes.append(contentsOf: text.utf8) }

    private mutating func newline() {
        guard pretty else { return }
        bytes.append(0x0A)
        for _ in 0..<indent { bytes.append(0x20); bytes.append(0x20) }
    }

    /// Appends `text` as a JSON string literal, escaping byte by byte (UTF-8 passes through).
    static func appendQuoted(_ text: String, to bytes: inout [UInt8]) {
        bytes.append(0x22)
        var utf8 = text.utf8.makeIterator()
        var pending: [UInt8] = []
        while let byte = utf8.next() {
            switch byte {
            case 0x22: bytes.append(0x5C); bytes.append(0x22)
            case 0x5C: bytes.append(0x5C); bytes.append(0x5C)
            case 0x0A: bytes.append(0x5C); bytes.append(0x6E)
            case 0x0D: bytes.append(0x5C); bytes.append(0x72)
            case 0x09: bytes.append(0x5C); bytes.append(0x74)
            case 0x00..<0x20:
                bytes.append(contentsOf: Array("\\u00".utf8))
                bytes.append(contentsOf: Array(String(byte >> 4, radix: 16).utf8))
                bytes.append(contentsOf: Array(String(byte & 0x0F, radix: 16).utf8))
            case 0xE2:
                // U+2028 and U+2029 (E2 80 A8/A9) are escaped: they end lines in JavaScript.
                pending = [byte]
                if let second = utf8.next() {
                    pending.append(second)
                    if second == 0x80, let third = utf8.next() {
                        if third == 0xA8 || third == 0xA9 {
                            bytes.append(contentsOf: Array((third == 0xA8 ? "\\u2028" : "\\u2029").utf8))
                            continue
                        }
                        pending.append(third)
                    }
                }
                bytes.append(contentsOf: pending)
            default: bytes.append(byte)
            }
        }
        bytes.append(0x22)
    }

    /// A JSON string literal with the escapes RFC 8259 requires.
    public static func quoted(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 2)
        appendQuoted(text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }
}
