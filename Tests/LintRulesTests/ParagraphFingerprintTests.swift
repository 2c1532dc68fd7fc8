import XCTest
@testable import LintRules

/// The fingerprint made from the word scan's hashes must equal the one made by reading the bytes.
final class ParagraphFingerprintTests: XCTestCase {
    func testWordHashesGiveTheSameFingerprintAsTheBytes() {
        let texts = [
            "1. *Urges* the Secretary-General to report on the Member States' progress;",
            "Côte d’Ivoire's delegates - and the others - met in 2024/25 (A/RES/79/1).",
            "don't split-hyphen-ated words ' - '' -- end-",
            "",
            "éé",
        ]
        for text in texts {
            let bytes = Array(text.utf8)
            let (words, hashes) = WordScanner.wordsAndHashes(bytes)
            for start in 0...bytes.count {
                bytes.withUnsafeBufferPointer { buffer in
                    let fromBytes = ParagraphFingerprint(UnsafeBufferPointer(rebasing: buffer[start...]))
                    let fromWords = words.withUnsafeBufferPointer { words in
                        hashes.withUnsafeBufferPointer { hashes in ParagraphFingerprint(buffer, from: start, words: words, hashes: hashes) }
                    }
                    XCTAssertEqual(fromWords.bigrams, fromBytes.bigrams, "\(text) from \(start)")
                    XCTAssertEqual(fromWords.wordCount, fromBytes.wordCount, "\(text) from \(start)")
                    XCTAssertEqual(fromWords.textHash, fromBytes.textHash, "\(text) from \(start)")
                }
            }
        }
    }
}
