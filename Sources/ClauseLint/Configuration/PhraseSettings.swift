/// Additions to and removals from the built-in phrase lists:
/// `"phrases": { "preambular": { "add": ["Sympathizing"] }, "operative": { "remove": ["Condemns"] } }`.
public struct PhraseSettings: Sendable, Equatable {
    public var add: [String: [String]] = [:]
    public var remove: [String: [String]] = [:]

    public static let lists = ["preambular", "operative", "modifiers"]

    public init() {}

    public var isEmpty: Bool { add.values.allSatisfy(\.isEmpty) && remove.values.allSatisfy(\.isEmpty) }

    /// Adds `other`'s additions and removals to these.
    mutating func merge(_ other: PhraseSettings) {
        for (list, phrases) in other.add { add[list, default: []] += phrases }
        for (list, phrases) in other.remove { remove[list, default: []] += phrases }
    }

    public func lexicon() -> PhraseLexicon {
        func list(_ name: String, _ defaults: [String]) -> [String] {
            let removed = Set((remove[name] ?? []).map { $0.lowercased() })
            return defaults.filter { !removed.contains($0.lowercased()) } + (add[name] ?? [])
        }
        return PhraseLexicon(preambular: list("preambular", DefaultPhrases.preambular + DefaultPhrases.observedPreambular),
                             operative: list("operative", DefaultPhrases.operative + DefaultPhrases.observedOperative),
                             modifiers: list("modifiers", DefaultPhrases.modifiers))
    }

    static func parse(_ node: JSONNode, error: (JSONNode, String) -> ConfigurationError,
                      errorAt: (JSONNode.Member, String) -> ConfigurationError) throws -> PhraseSettings {
        guard let members = node.members else { throw error(node, "'phrases' must be an object with preambular, operative or modifiers") }
        var settings = PhraseSettings()
        for member in members where member.key != "//" {
            guard lists.contains(member.key) else {
                throw errorAt(member, "unknown phrase list '\(member.key)'" + Configuration.didYouMean(member.key, lists))
            }
            guard let fields = member.value.members else {
                throw error(member.value, "'\(member.key)' must be an object with \"add\" and/or \"remove\" lists")
            }
            for field in fields where field.key != "//" {
                guard field.key == "add" || field.key == "remove" else {
                    throw errorAt(field, "unknown key '\(field.key)' in phrases.\(member.key) (use \"add\" or \"remove\")")
                }
                guard let items = field.value.elements else { throw error(field.value, "'\(field.key)' must be a list of phrases") }
                var phrases: [String] = []
                for item in items {
                    guard let phrase = item.string, !phrase.trimmingSpaces.isEmpty else {
                        throw error(item, "phrases must be non-empty strings")
                    }
                    phrases.append(phrase)
                }
                if field.key == "add" { settings.add[member.key] = phrases } else { settings.remove[member.key] = phrases }
            }
        }
        return settings
    }
}
