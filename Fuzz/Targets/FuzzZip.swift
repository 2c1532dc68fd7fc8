// libFuzzer target: the ZIP directory reader and inflate (with their size and ratio caps).
import Foundation
import ClauseLint
import LintRules

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzZip(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    // The raw bytes as a deflate stream …
    _ = try? Inflate.inflate(bytes, maxOutput: 1 << 20, maxRatio: 200)
    // … and as an archive, every entry read.
    if let archive = try? ZipArchive(bytes: bytes) {
        for entry in archive.entries.prefix(16) { _ = try? archive.read(entry.name, maxSize: 1 << 20, maxRatio: 200) }
    }
    return 0
}
