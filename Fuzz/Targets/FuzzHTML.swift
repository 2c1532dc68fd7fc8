// libFuzzer target: the tolerant HTML reader (tags, entities, style sheets, lists) and every rule.
import Foundation
import ClauseLint
import LintRules

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHTML(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    FuzzSupport.lint(bytes, format: .html)
    return 0
}
