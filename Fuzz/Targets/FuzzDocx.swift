// libFuzzer target: WordprocessingML and OpenDocument XML through the safe XML reader,
// as document, styles and numbering parts, then the clause tree and every rule.
import Foundation
import ClauseLint
import LintRules

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDocx(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    FuzzSupport.office(bytes)
    return 0
}
