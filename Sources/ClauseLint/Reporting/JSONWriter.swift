/// Writes JSON with keys in the order given, so output is stable for tools and diffs.
public struct JSONWriter {
    public private(set) var output = ""
    private var indent = 0
    private let pretty: Bool
    private var needsComma: [Bool] = [false]

    public init(pretty: Bool = true) {
        self.pretty = pretty
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
        case .string(let text): output += Self.quoted(text)
        case .int(let number): output += String(number)
        case .double(let number): output += number.isFinite ? String(number) : "null"
        case .bool(let flag): output += flag ? "true" : "false"
        case .null: output += "null"
        case .array(let items):
            if items.isEmpty { output += "[]"; return }
            output += "["
            indent += 1
            for (index, item) in items.enumerated() {
                if index > 0 { output += "," }
                newline()
                write(item)
            }
            indent -= 1
            newline()
            output += "]"
        case .object(let members):
            if members.isEmpty { output += "{}"; return }
            output += "{"
            indent += 1
            for (index, member) in members.enumerated() {
                if index > 0 { output += "," }
                newline()
                output += Self.quoted(member.0)
                output += pretty ? ": " : ":"
                write(member.1)
            }
            indent -= 1
            newline()
            output += "}"
        }
    }

    private mutating func newline() {
        guard pretty else { return }
        output += "\n"
        output += String(repeating: "  ", count: indent)
    }

    /// A JSON string literal with the escapes RFC 8259 requires.
    public static func quoted(_ text: String) -> String {
        var result = "\""
        result.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    let hex = String(scalar.value, radix: 16)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
