// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "clauselint",
    products: [
        .library(name: "ClauseLint", targets: ["ClauseLint"]),
        .library(name: "LintRules", targets: ["LintRules"]),
        .executable(name: "clauselint", targets: ["clauselint"]),
    ],
    targets: [
        .target(name: "ClauseLint", path: "Sources/ClauseLint"),
        .target(name: "LintRules", dependencies: ["ClauseLint"], path: "Sources/LintRules"),
        .executableTarget(name: "clauselint", dependencies: ["ClauseLint", "LintRules"], path: "Sources/clauselint"),
        .testTarget(name: "ClauseLintTests", dependencies: ["ClauseLint"], path: "Tests/ClauseLintTests", exclude: ["Fixtures"]),
        .testTarget(name: "LintRulesTests", dependencies: ["ClauseLint", "LintRules", "clauselint"], path: "Tests/LintRulesTests", exclude: ["Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)
