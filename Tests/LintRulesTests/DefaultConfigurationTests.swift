import XCTest
import ClauseLint
@testable import LintRules

/// The repository's Rules.json is exactly what `clauselint init` writes: the built-in
/// defaults and the file cannot drift apart.
final class DefaultConfigurationTests: XCTestCase {
    func testRulesJSONEqualsBuiltInDefaults() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let file = try String(contentsOf: root.appendingPathComponent("Rules.json"), encoding: .utf8)
        XCTAssertEqual(file, DefaultConfiguration.render(BuiltInRules.registry),
                       "Rules.json differs from the built-in defaults: regenerate it with `clauselint init Rules.json`")
    }
}
