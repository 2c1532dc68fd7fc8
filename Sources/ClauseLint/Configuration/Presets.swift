/// House styles a configuration can `extend`. Each is written in the configuration
/// language itself, so `print-config` can show it and a conference can copy from it.
/// `un` is what clauselint uses when there is no configuration at all.
public enum Preset: String, CaseIterable, Sendable {
    case un, nmun, thimun

    public static let defaultPreset = Preset.un

    /// One line for `init`, `print-config` and the README.
    public var summary: String {
        switch self {
        case .un:
            return "United Nations official style (the Editorial Manual): the built-in defaults; sub-clause labels follow the first one used, any spelling kept consistent"
        case .nmun:
            return "National Model United Nations: sub-clauses 'a.' then 'i.', American spelling, Security Council language ('Condemns', 'Demands' …) reserved for the Security Council"
        case .thimun:
            return "The Hague International MUN: sub-clauses 'a)' then 'i)', operative phrases underlined rather than italic (only preambular italics checked), British spelling, Security Council language reserved"
        }
    }

    /// The preset as configuration text.
    public var json: String {
        switch self {
        case .un: return Self.unJSON
        case .nmun: return Self.nmunJSON
        case .thimun: return Self.thimunJSON
        }
    }

    static let unJSON = """
    {
      "version": 1,
      "declarative": [
        {
          "id": "security-council-only",
          "type": "opening",
          "mode": "forbid",
          "enabled": false,
          "severity": "warning",
          "scope": ["preamble", "operative"],
          "skipBodies": ["Security Council"],
          "phrases": ["Declaring", "Deploring", "Further deploring", "Further declaring", "Condemns", "Strongly condemns", "Decides", "Declares", "Declares accordingly", "Demands", "Deplores", "Designates"],
          "summary": "language reserved for the Security Council ('Condemns', 'Demands', 'Decides' …) in other bodies' resolutions",
          "message": "'{match}' is language this conference reserves for the Security Council; use a phrase such as 'Strongly urges' or 'Expresses its concern'",
          "examples": {
            "triggering": ["The General Assembly,\\n\\n1. *↓Strongly condemns* the attacks on aid workers;"],
            "nonTriggering": [
              "The General Assembly,\\n\\n1. *Strongly urges* all parties to protect aid workers;",
              "The Security Council,\\n\\n1. *Condemns* the attacks on aid workers;"
            ]
          }
        }
      ]
    }
    """

    static let nmunJSON = """
    {
      "version": 1,
      "extends": "un",
      "rules": {
        "subclause-labels": { "options": { "style": "a." } },
        "spelling-consistency": { "options": { "prefer": "american" } },
        "security-council-only": { "enabled": true }
      }
    }
    """

    static let thimunJSON = """
    {
      "version": 1,
      "extends": "un",
      "rules": {
        "subclause-labels": { "options": { "style": "a)" } },
        "opening-italic": { "options": { "operative": false } },
        "spelling-consistency": { "options": { "prefer": "british" } },
        "security-council-only": { "enabled": true }
      }
    }
    """
}
