import Foundation

/// Options a rule takes from the configuration. Missing keys fall back to the
/// defaults (`init()`); unknown keys are a configuration error.
public protocol RuleOptions: Codable, Sendable, Equatable {
    init()
}

/// For rules without options.
public struct NoOptions: RuleOptions {
    public init() {}
}

/// What the engine runs: a description and a check over one document. Built-in rules
/// are `Rule`s; rules written in the configuration are `DeclarativeRule`s.
public protocol DocumentCheck: Sendable {
    /// This check's description (id, summary, examples).
    var ruleDescription: RuleDescription { get }
    /// Reports findings on one document.
    func check(_ document: Document, _ context: inout RuleContext)
    /// This check as a cross-document rule, or nil. A requirement rather than an `as?`
    /// cast: the first cast to a protocol searches every conformance and costs start-up time.
    var crossDocument: (any CrossDocumentRule)? { get }
}

extension DocumentCheck {
    public var id: String { ruleDescription.id }
    public var crossDocument: (any CrossDocumentRule)? { nil }
}

/// A check over a parsed document. A rule is a value with no mutable state: all it
/// can change is the context it reports to.
public protocol Rule: DocumentCheck {
    associatedtype Options: RuleOptions
    static var description: RuleDescription { get }
    var options: Options { get }
    init(options: Options)
    /// Checks option values beyond their JSON types (an enumerated string, a range).
    static func validate(_ options: Options) throws
}

extension Rule {
    /// Checks option values beyond their JSON types; throws `RuleOptionsError`.
    public static func validate(_ options: Options) throws {}
    public var ruleDescription: RuleDescription { Self.description }
}

/// A rule that also compares the documents of one run with each other (a clause copied
/// from last year's archive into this year's). It keeps a small digest of each document
/// while the run goes on, and reports across documents once all are read.
public protocol CrossDocumentRule: Rule {
    associatedtype Digest: Sendable
    /// What the rule keeps of one document: small, so archives stay within memory bounds.
    func digest(_ document: Document) -> Digest
    /// Findings across documents (given in run order), at the severity configured.
    func check(across digests: [Digest], severity: Severity) -> [Diagnostic]
}

extension CrossDocumentRule {
    public var crossDocument: (any CrossDocumentRule)? { self }
    func erasedDigest(_ document: Document) -> any Sendable { digest(document) }
    func erasedCheck(_ digests: [any Sendable], severity: Severity) -> [Diagnostic] {
        check(across: digests.compactMap { $0 as? Digest }, severity: severity)
    }
}
