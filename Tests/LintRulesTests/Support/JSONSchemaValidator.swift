import Foundation

/// A JSON Schema (draft-07) validator for the keywords the SARIF schema uses: `$ref` to
/// local definitions, `type`, `enum`, `const`, `properties`, `required`,
/// `additionalProperties`, `items`, `minItems`, `uniqueItems`, `minimum`, `maximum`,
/// `pattern`, `anyOf`, `oneOf`, `allOf`. Returns one message per violation, with its JSON path.
struct JSONSchemaValidator {
    let root: Any

    func validate(_ value: Any) -> [String] {
        var problems: [String] = []
        check(value, against: root, path: "$", &problems)
        return problems
    }

    private func resolve(_ schema: [String: Any], _ problems: inout [String], path: String) -> [String: Any]? {
        guard let reference = schema["$ref"] as? String else { return schema }
        guard reference.hasPrefix("#/definitions/"), let definitions = (root as? [String: Any])?["definitions"] as? [String: Any],
              let target = definitions[String(reference.dropFirst("#/definitions/".count))] as? [String: Any] else {
            problems.append("\(path): schema reference \(reference) not found")
            return nil
        }
        return target
    }

    private func check(_ value: Any, against schemaValue: Any, path: String, _ problems: inout [String]) {
        if let flag = schemaValue as? Bool {
            if !flag { problems.append("\(path): not allowed") }
            return
        }
        guard let raw = schemaValue as? [String: Any], let schema = resolve(raw, &problems, path: path) else { return }
        if let type = schema["type"] {
            let types = (type as? [String]) ?? [type as? String ?? ""]
            if !types.contains(where: { Self.isOfType(value, $0) }) {
                problems.append("\(path): expected \(types.joined(separator: " or ")), found \(Self.typeName(value))")
                return
            }
        }
        if let options = schema["enum"] as? [Any], !options.contains(where: { Self.equal($0, value) }) {
            problems.append("\(path): \(value) is not one of \(options)")
        }
        if let constant = schema["const"], !Self.equal(constant, value) { problems.append("\(path): must be \(constant)") }
        if let number = Self.number(value) {
            if let minimum = schema["minimum"].flatMap(Self.number), number < minimum { problems.append("\(path): \(number) < minimum \(minimum)") }
            if let maximum = schema["maximum"].flatMap(Self.number), number > maximum { problems.append("\(path): \(number) > maximum \(maximum)") }
        }
        if let text = value as? String, let pattern = schema["pattern"] as? String,
           let expression = try? NSRegularExpression(pattern: pattern),
           expression.firstMatch(in: text, range: NSRange(location: 0, length: text.utf16.count)) == nil {
            problems.append("\(path): '\(text)' does not match \(pattern)")
        }
        if let object = value as? [String: Any], !(value is [Any]) {
            let properties = schema["properties"] as? [String: Any] ?? [:]
            for key in schema["required"] as? [String] ?? [] where object[key] == nil {
                problems.append("\(path): missing required property '\(key)'")
            }
            for (key, member) in object.sorted(by: { $0.key < $1.key }) {
                if let propertySchema = properties[key] {
                    check(member, against: propertySchema, path: "\(path).\(key)", &problems)
                } else if let additional = schema["additionalProperties"] {
                    if let allowed = additional as? Bool, !allowed { problems.append("\(path): property '\(key)' is not allowed") }
                    else if !(additional is Bool) { check(member, against: additional, path: "\(path).\(key)", &problems) }
                }
            }
        }
        if let array = value as? [Any] {
            if let minimum = schema["minItems"] as? Int, array.count < minimum { problems.append("\(path): fewer than \(minimum) items") }
            if (schema["uniqueItems"] as? Bool) == true {
                for (index, item) in array.enumerated() where array[..<index].contains(where: { Self.equal($0, item) }) {
                    problems.append("\(path)[\(index)]: duplicate item")
                }
            }
            if let items = schema["items"] {
                for (index, item) in array.enumerated() { check(item, against: items, path: "\(path)[\(index)]", &problems) }
            }
        }
        for combinator in ["anyOf", "oneOf", "allOf"] {
            guard let options = schema[combinator] as? [Any] else { continue }
            let passing = options.filter { option in
                var local: [String] = []
                check(value, against: option, path: path, &local)
                return local.isEmpty
            }.count
            switch combinator {
            case "anyOf" where passing == 0: problems.append("\(path): matches none of anyOf")
            case "oneOf" where passing != 1: problems.append("\(path): matches \(passing) of oneOf")
            case "allOf" where passing != options.count: problems.append("\(path): fails allOf")
            default: break
            }
        }
    }

    static func isBool(_ value: Any) -> Bool {
        guard let number = value as? NSNumber else { return value is Bool }
        let kind = String(cString: number.objCType)
        return kind == "c" || kind == "B"
    }

    static func number(_ value: Any) -> Double? {
        guard !isBool(value), let number = value as? NSNumber else { return nil }
        return number.doubleValue
    }

    static func isOfType(_ value: Any, _ type: String) -> Bool {
        switch type {
        case "object": return value is [String: Any]
        case "array": return value is [Any]
        case "string": return value is String
        case "boolean": return isBool(value)
        case "integer": return number(value).map { $0.rounded() == $0 } ?? false
        case "number": return number(value) != nil
        case "null": return value is NSNull
        default: return false
        }
    }

    static func typeName(_ value: Any) -> String {
        for type in ["boolean", "integer", "number", "string", "array", "object", "null"] where isOfType(value, type) { return type }
        return "unknown"
    }

    static func equal(_ a: Any, _ b: Any) -> Bool {
        (a as? NSObject)?.isEqual(b) ?? false
    }
}
