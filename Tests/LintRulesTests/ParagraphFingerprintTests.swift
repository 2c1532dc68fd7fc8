import XCTest
@testable import LintRules

/// A paragraph's fingerprint as one value, to compare the two ways of making it.
private struct Fingerprint: Equatable {
    var bigrams: [UInt64]
    var wordCount: Int
    var textHash: UInt64

    /// From the word scan, as duplicate detection makes it (`ParagraphFingerprint.write`).
    init(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, words: UnsafeBufferPointer<WordScanner.Word>, hashes: UnsafeBufferPointer<UInt64>) {
        var summary = (end: 0, wordCount: 0, textHash: UInt64(0))
        bigrams = [UInt64](unsafeUninitializedCapacity: ParagraphFingerprint.mostBigrams(bytes.count)) { buffer, written in
            summary = ParagraphFingerprint.write(bytes, from: start, words: words, hashes: hashes, to: buffer, at: 0)
            written = summary.end
        }
        wordCount = summary.wordCount
        textHash = summary.textHash
    }

    /// Straight from the bytes: every run of word bytes is a word.
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        var builder: ParagraphFingerprint.Builder?
        bigrams = [UInt64](unsafeUninitializedCapacity: ParagraphFingerprint.mostBigrams(bytes.count)) { buffer, written in
            let words = ParagraphFingerprint.Builder(buffer, at: 0).addingRuns(bytes)
            written = words.end
            builder = words
        }
        wordCount = builder?.words ?? 0
        textHash = builder?.textHash ?? 0
    }
}

/// The fingerprint made from the word scan's hashes must equal the one made by reading the bytes.
final class ParagraphFingerprintTests: XCTestCase {
    func testWordHashesGiveTheSameFingerprintAsTheBytes() {
        let texts = [
            "1. *Urges* the Secretary-General to report on the Member States' progress;",
            "Côte d’Ivoire's delegates - and the others - met in 2024/25 (A/RES/79/1).",
            "don't split-hyphen-ated words ' - '' -- end-",
            "well-known co-sponsors' long-term re-elected plan by non-members",
            "",
            "éé",
        ]
        for text in texts {
            let bytes = Array(text.utf8)
            let (words, hashes) = WordScanner.wordsAndHashes(bytes)
            for start in 0...bytes.count {
                bytes.withUnsafeBufferPointer { buffer in
                    let fromBytes = Fingerprint(UnsafeBufferPointer(rebasing: buffer[start...]))
                    let fromWords = words.withUnsafeBufferPointer { words in
                        hashes.withUnsafeBufferPointer { hashes in Fingerprint(buffer, from: start, words: words, hashes: hashes) }
                    }
                    XCTAssertEqual(fromWords.bigrams, fromBytes.bigrams, "\(text) from \(start)")
                    XCTAssertEqual(fromWords.wordCount, fromBytes.wordCount, "\(text) from \(start)")
                    XCTAssertEqual(fromWords.textHash, fromBytes.textHash, "\(text) from \(start)")
                }
            }
        }
    }
}

/// One-permutation MinHash signatures: what duplicate detection needs of them.
final class SignatureTests: XCTestCase {
    private func bigrams(_ text: String) -> [UInt64] {
        Array(text.utf8).withUnsafeBufferPointer { Fingerprint($0).bigrams }
    }

    private func signature(_ bigrams: [UInt64]) -> ParagraphFingerprint.Signature {
        bigrams.withUnsafeBufferPointer { ParagraphFingerprint.signature($0) }
    }

    private func sharesABand(_ a: ParagraphFingerprint.Signature, _ b: ParagraphFingerprint.Signature) -> Bool {
        (0..<DuplicateParagraphRule.bands).contains { DuplicateParagraphRule.bandKey(a, $0) == DuplicateParagraphRule.bandKey(b, $0) }
    }

    private let clause = "Urges Member States to share data on trafficking routes with the regional bodies concerned every year "
        + "and to report to the Secretary-General on the measures taken to protect the victims of trafficking in persons"

    /// Few bigrams leave bins empty: each takes the value of its first filled donor, as the
    /// definition says, whatever order the empty bins are visited in.
    func testEmptyBinsBorrowFromTheirFirstFilledDonor() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            let bigrams = (0..<Int.random(in: 1...24, using: &generator)).map { _ in UInt64.random(in: 0...UInt64.max, using: &generator) }
            var least = [UInt32](repeating: .max, count: 16)
            for bigram in bigrams { least[Int(bigram >> 60)] = min(least[Int(bigram >> 60)], UInt32(truncatingIfNeeded: bigram >> 28)) }
            let empty = Set((0..<16).filter { least[$0] == .max })
            var expected = least
            if empty.count < 16 {
                for bin in empty {
                    let donor = ParagraphFingerprint.donors[(bin * 16)..<(bin * 16 + 16)].first { !empty.contains(Int($0)) }!
                    expected[bin] = least[Int(donor)]
                }
            }
            let found = signature(bigrams)
            XCTAssertEqual((0..<16).map { found[$0] }, expected, "\(bigrams.count) bigrams")
        }
    }

    func testBandKeysReadFromMemoryAreTheBandKeys() {
        let signature = signature(bigrams(clause))
        var keys: [UInt64] = []
        DuplicateParagraphRule.forEachBandKey(signature) { band, key in
            XCTAssertEqual(band, keys.count)
            keys.append(key)
        }
        XCTAssertEqual(keys, (0..<DuplicateParagraphRule.bands).map { DuplicateParagraphRule.bandKey(signature, $0) })
        XCTAssertEqual(Set(keys).count, DuplicateParagraphRule.bands, "the band's number is in its key")
    }

    /// The slices of bands the cross-file pass sorts one at a time cover every band once, in order.
    func testTheSlicesOfBandsGiveEveryBandKeyOnce() {
        let signature = signature(bigrams(clause))
        var keys: [UInt64] = [], bands: [Int] = []
        for slice in 0..<(DuplicateParagraphRule.bands / DuplicateParagraphRule.bandsPerSlice) {
            DuplicateParagraphRule.forEachBandKey(signature, slice: slice) { band, key in
                bands.append(band)
                keys.append(key)
            }
        }
        XCTAssertEqual(bands, Array(0..<DuplicateParagraphRule.bands))
        XCTAssertEqual(keys, (0..<DuplicateParagraphRule.bands).map { DuplicateParagraphRule.bandKey(signature, $0) })
    }

    func testTheSignatureDependsOnTheSetOnly() {
        let words = bigrams(clause)
        XCTAssertEqual(signature(words), signature(words.reversed()))
        XCTAssertEqual(signature(words), signature(words + words.prefix(5)))
    }

    func testAnEmptySetKeepsTheMaximumAndOneBigramFillsEveryBin() {
        XCTAssertEqual(signature([]), ParagraphFingerprint.Signature(repeating: .max))
        let one = signature([0x1234_5678_9ABC_DEF0])
        XCTAssertEqual(one, ParagraphFingerprint.Signature(repeating: UInt32(truncatingIfNeeded: UInt64(0x1234_5678_9ABC_DEF0) >> 28)))
    }

    func testANearRepeatIsACandidate() {
        let original = signature(bigrams(clause))
        for near in [clause.replacingOccurrences(of: "every year", with: "each year"),
                     clause.replacingOccurrences(of: "regional", with: "subregional"),
                     clause + " again"] {
            let other = signature(bigrams(near))
            XCTAssertGreaterThanOrEqual(DuplicateParagraphRule.agreement(original, other), DuplicateParagraphRule.leastAgreement, near)
            XCTAssertTrue(sharesABand(original, other), near)
        }
    }

    func testAgreementCountsTheEqualValues() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            var a = ParagraphFingerprint.Signature(), b = ParagraphFingerprint.Signature()
            for lane in 0..<16 {
                a[lane] = UInt32.random(in: 0...3, using: &generator) == 0 ? .max : UInt32.random(in: 0...4, using: &generator)
                b[lane] = UInt32.random(in: 0...3, using: &generator) == 0 ? .max : UInt32.random(in: 0...4, using: &generator)
            }
            XCTAssertEqual(DuplicateParagraphRule.agreement(a, b), (0..<16).filter { a[$0] == b[$0] }.count)
        }
        let same = ParagraphFingerprint.Signature(repeating: 7)
        XCTAssertEqual(DuplicateParagraphRule.agreement(same, same), 16)
        XCTAssertEqual(DuplicateParagraphRule.agreement(same, ParagraphFingerprint.Signature(repeating: 8)), 0)
    }

    func testUnrelatedClausesAgreeLittle() {
        let other = signature(bigrams("Decides to convene a meeting of experts on maritime security in the Gulf of Guinea next year "
            + "and invites coastal States to ratify the conventions on the safety of life at sea without delay"))
        XCTAssertLessThan(DuplicateParagraphRule.agreement(signature(bigrams(clause)), other), DuplicateParagraphRule.leastAgreement)
    }
}

/// The similarity of two unsorted lists by hashing must equal the one of their sorted sets.
final class SetSimilarityTests: XCTestCase {
    private func bySorting(_ a: [UInt32], _ b: [UInt32]) -> Double {
        ParagraphFingerprint.similarity(ParagraphFingerprint.sortedUnique(a.map(UInt64.init)), ParagraphFingerprint.sortedUnique(b.map(UInt64.init)))
    }

    private func byHashing(_ a: [UInt32], _ b: [UInt32]) -> Double {
        a.withUnsafeBufferPointer { a in b.withUnsafeBufferPointer { b in ParagraphFingerprint.setSimilarity(a, b) } }
    }

    func testHashingGivesTheSimilarityOfTheSortedSets() {
        var generator = SystemRandomNumberGenerator()
        for round in 0..<300 {
            // Small ranges give repeats and shared values; the extremes 0 and max are in play too.
            let range: ClosedRange<UInt32> = round % 3 == 0 ? 0...40 : round % 3 == 1 ? (UInt32.max - 60)...UInt32.max : 0...UInt32.max
            let a = (0..<Int.random(in: 0...120, using: &generator)).map { _ in UInt32.random(in: range, using: &generator) }
            var b = (0..<Int.random(in: 0...120, using: &generator)).map { _ in UInt32.random(in: range, using: &generator) }
            if round % 5 == 0 { b += a.prefix(a.count / 2) }
            XCTAssertEqual(byHashing(a, b), bySorting(a, b), "round \(round)")
        }
    }

    /// With a threshold: the similarity when it reaches the threshold, nil when it does not,
    /// however early the reading stopped.
    func testAThresholdGivesTheSimilarityOrNothing() {
        var generator = SystemRandomNumberGenerator()
        for round in 0..<300 {
            let range: ClosedRange<UInt32> = round % 2 == 0 ? 0...60 : 0...UInt32.max
            let a = (0..<Int.random(in: 0...90, using: &generator)).map { _ in UInt32.random(in: range, using: &generator) }
            var b = Array(a.shuffled(using: &generator).prefix(Int.random(in: 0...a.count, using: &generator)))
            b += (0..<Int.random(in: 0...12, using: &generator)).map { _ in UInt32.random(in: range, using: &generator) }
            let exact = bySorting(a, b)
            for threshold in [0.0, 0.5, 0.9, exact, exact.nextUp, 1.0] {
                let found = a.withUnsafeBufferPointer { a in b.withUnsafeBufferPointer { b in ParagraphFingerprint.setSimilarity(a, b, atLeast: threshold) } }
                XCTAssertEqual(found, exact >= threshold ? exact : nil, "round \(round), threshold \(threshold)")
            }
        }
        let near: [UInt32] = Array(1...40), far: [UInt32] = Array(100...160)
        near.withUnsafeBufferPointer { near in
            far.withUnsafeBufferPointer { far in
                XCTAssertNil(ParagraphFingerprint.setSimilarity(near, far, atLeast: 0.9), "nothing shared")
                XCTAssertEqual(ParagraphFingerprint.setSimilarity(near, near, atLeast: 0.9), 1)
            }
        }
    }

    func testEdgeCases() {
        XCTAssertEqual(byHashing([], []), 1)
        XCTAssertEqual(byHashing([7], []), 0)
        XCTAssertEqual(byHashing([0, 0, UInt32.max], [UInt32.max, 0]), 1)
        XCTAssertEqual(byHashing([1, 2, 3, 4], [3, 4, 5, 6]), 0.5)
        let long = (0..<20_000).map { UInt32($0 * 7) }
        XCTAssertEqual(byHashing(long, long.reversed()), 1)
    }

    /// Values that all hash to one slot (as text chosen to collide could make them): the
    /// probes run past their budget, and the sorted sets give the answer.
    func testCollidingValuesStillGiveTheSimilarity() {
        // 64 values fill a table of 128 slots (7 bits): those whose stored value lands in slot 0.
        var colliding: [UInt32] = []
        var value: UInt32 = 0
        while colliding.count < 64 {
            if ((UInt64(value) &+ 1) &* 0x9E37_79B9_7F4A_7C15) >> 57 == 0 { colliding.append(value) }
            value += 1
        }
        let other = Array(colliding.prefix(40)) + [1, 2, 3]
        XCTAssertEqual(byHashing(colliding, other), bySorting(colliding, other))
        XCTAssertEqual(byHashing(colliding, colliding.reversed()), 1)
    }
}
