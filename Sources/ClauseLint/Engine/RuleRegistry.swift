import Foundation

/// A rule type with the glue to build it from configuration.
public struct RegisteredRule: Sendable {
    public let description: RuleDescription
    /// The defaults of the rule's options as a JSON object (sorted keys), made when asked
    /// for (configuration files, `explain`): encoding them costs start-up time otherwise.
    public var defaultOptionsJSON: String { defaults() }
    private let defaults: @Sendable () -> String
    let make: @Sendable (Data?) throws -> any DocumentCheck

    public init<R: Rule>(_ type: R.Type) {
        description = R.description
        defaults = { OptionsCoding.json(OptionsCoding.object(R.Options())) }
        make = { overlay in
            let options = try OptionsCoding.decode(R.Options.self, overlay: overlay)
            try R.validate(options)
            return R(options: options)
        }
    }

    /// Builds the rule with the user's option values (a JSON object) laid over the defaults.
    public func instantiate(optionsJSON: Data? = nil) throws -> any DocumentCheck {
        try make(optionsJSON)
    }
}

/// All rules a run may use, by id.
public struct RuleRegistry: Sendable {
    public let rules: [RegisteredRule]
    private let byID: [String: Int]

    public init(_ rules: [RegisteredRule]) {
        self.rules = rules.sorted { $0.description.id < $1.description.id }
        var index: [String: Int] = [:]
        for (position, rule) in self.rules.enumerated() { index[rule.description.id] = position }
        byID = index
    }

    public subscript(id: String) -> RegisteredRule? { byID[id].map { rules[$0] } }
    public var ids: [String] { rules.map(\.description.id) }
}

/// Options encode to JSON and decode from the defaults with the user's keys laid over.
enum OptionsCoding {
    static func object<O: RuleOptions>(_ options: O) -> [String: Any] {
        guard let data = try? JSONEncoder().encode(options),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return [:] }
        return object
    }

    static func json(_ object: [String: Any]) -> String {
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }

    /// Two JSON objects as one, `over`'s keys winning.
    static func merge(_ base: String, _ over: String) -> String {
        guard var merged = (try? JSONSerialization.jsonObject(with: Data(base.utf8))) as? [String: Any],
              let top = (try? JSONSerialization.jsonObject(with: Data(over.utf8))) as? [String: Any] else { return over }
        for (key, value) in top { merged[key] = value }
        return json(merged)
    }

    static func decode<O: RuleOptions>(_ type: O.Type, overlay: Data?) throws -> O {
        guard let overlay else { return O() }
        var merged = object(O())
        if let user = try JSONSerialization.jsonObject(with: overlay) as? [String: Any] {
            for (key, value) in user { merged[key] = value }
        }
        let data = try JSONSerialization.data(withJSONObject: merged)
        return try JSONDecoder().decode(O.self, from: data)
    }
}
