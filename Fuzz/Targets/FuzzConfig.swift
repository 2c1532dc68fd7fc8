// libFuzzer target: configuration files (positioned JSON, rules, presets, declarative rules).
import Foundation
import ClauseLint
import LintRules

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzConfig(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if let configuration = try? Configuration.parse(bytes, path: "fuzz.json", registry: BuiltInRules.registry),
       let linter = try? configuration.linter(registry: BuiltInRules.registry),
       let document = try? DocumentLoader(builder: ClauseTreeBuilder(lexicon: configuration.lexicon))
           .parse(bytes: Array(FuzzSupport.sampleDraft.utf8), path: "d.md", format: .markdown) {
        _ = linter.lint(document)
    }
    return 0
}
