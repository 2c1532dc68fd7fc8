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

/// A check over a parsed document. A rule is a value with no mutable state: all it
/// can change is the context it reports to.
public protocol Rule: Sendable {
    associatedtype Options: RuleOptions
    static var description: RuleDescription { get }
    var options: Options { get }
    init(options: Options)
    /// Checks option values beyond their JSON types (an enumerated string, a range).
    static func validate(_ options: Options) throws
    /// Reports findings on one document.
    func check(_ document: Document, _ context: inout RuleContext)
}

extension Rule {
    /// Checks option values beyond their JSON types; throws `RuleOptionsError`.
    public static func validate(_ options: Options) throws {}

    public var description: RuleDescription { Self.description }
    public var id: String { Self.description.id }
}
