import ClauseLint

/// The registry of built-in rules. The command line adds declarative rules from the configuration.
public enum BuiltInRules {
    public static let all: [RegisteredRule] = [
        RegisteredRule(OpeningItalicRule.self),
        RegisteredRule(ClausePunctuationRule.self),
        RegisteredRule(OperativeNumberingRule.self),
        RegisteredRule(SubclauseLabelsRule.self),
        RegisteredRule(ClauseKindRule.self),
        RegisteredRule(OperativeVerbFormRule.self),
        RegisteredRule(UnknownOpeningPhraseRule.self),
        RegisteredRule(RepeatedWordRule.self),
        RegisteredRule(TermCapitalizationRule.self),
        RegisteredRule(SpellingConsistencyRule.self),
        RegisteredRule(AcronymUndefinedRule.self),
        RegisteredRule(AcronymRedefinedRule.self),
        RegisteredRule(AcronymMismatchRule.self),
        RegisteredRule(ResolutionCitationRule.self),
        RegisteredRule(DuplicateParagraphRule.self),
    ]

    public static let registry = RuleRegistry(all)
}
