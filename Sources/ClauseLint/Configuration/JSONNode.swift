/// A JSON value that remembers where it was written, so configuration errors can name
/// the file, line and key. Objects keep their members in order.
public struct JSONNode: Sendable, Equatable {
    public indirect enum Value: Sendable, Equatable {
        case null
        case bool(Bool)
        case number(Double, isInteger: Bool)
        case string(String)
        case array([JSONNode])
        case object([Member])
    }

    public struct Member: Sendable, Equatable {
        public var key: String
        public var keyLine: Int
        public var keyColumn: Int
        public var value: JSONNode
    }

    public var value: Value
    public var line: Int
    public var column: Int

    public var members: [Member]? { if case .object(let members) = value { return members } else { return nil } }
    public var elements: [JSONNode]? { if case .array(let items) = value { return items } else { return nil } }
    public var string: String? { if case .string(let text) = value { return text } else { return nil } }
    public var bool: Bool? { if case .bool(let flag) = value { return flag } else { return nil } }
    public var int: Int? {
        if case .number(let number, let isInteger) = value, isInteger, abs(number) < 1e15 { return Int(number) }
        return nil
    }

    public subscript(key: String) -> JSONNode? { members?.first { $0.key == key }?.value }

    /// What kind of value this is, for messages ("a string", "an object").
    public var kindDescription: String {
        switch value {
        case .null: return "null"
        case .bool: return "a boolean"
        case .number: return "a number"
        case .string: return "a string"
        case .array: return "an array"
        case .object: return "an object"
        }
    }

    /// Compact JSON text for the value (key order kept).
    public var jsonText: String {
        switch value {
        case .null: return "null"
        case .bool(let flag): return flag ? "true" : "false"
        case .number(let number, let isInteger):
            return isInteger && abs(number) < 1e15 ? String(Int(number)) : String(number)
        case .string(let text): return JSONWriter.quoted(text)
        case .array(let items): return "[" + items.map(\.jsonText).joined(separator: ",") + "]"
        case .object(let members):
            return "{" + members.map { JSONWriter.quoted($0.key) + ":" + $0.value.jsonText }.joined(separator: ",") + "}"
        }
    }

    /// Indented JSON text (key order kept); lists of plain values stay on one line.
    public func prettyText(indent: Int = 0) -> String {
        let inner = String(repeating: " ", count: indent + 2)
        let outer = String(repeating: " ", count: indent)
        switch value {
        case .array(let items) where items.contains(where: { $0.members != nil || $0.elements != nil }):
            return "[\n" + items.map { inner + $0.prettyText(indent: indent + 2) }.joined(separator: ",\n") + "\n\(outer)]"
        case .array(let items):
            return "[" + items.map(\.jsonText).joined(separator: ", ") + "]"
        case .object(let members) where !members.isEmpty:
            return "{\n" + members.map { inner + JSONWriter.quoted($0.key) + ": " + $0.value.prettyText(indent: indent + 2) }
                .joined(separator: ",\n") + "\n\(outer)}"
        default:
            return jsonText
        }
    }
}
