// libFuzzer target: Markdown/text reading, the clause tree and every built-in rule.
import Foundation
import ClauseLint
import LintRules

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzText(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    FuzzSupport.lint(bytes, format: .markdown)
    return 0
}
