import Foundation
import ClauseLint

/// A paragraph or clause does not repeat an earlier one, in the same file or in
/// another file of the same run.
struct DuplicateParagraphRule: CrossDocumentRule {
    static let description = RuleDescription(
        id: "duplicate-paragraph",
        name: "Duplicate paragraph",
        summary: "a paragraph or clause that repeats an earlier one, exactly or nearly (similarity 0.9); names the earlier one's line",
        explanation: """
        Drafts are assembled by copy and paste, and a clause pasted twice — or a sub-clause copied \
        into another clause with a word changed — survives many readings. Every clause, sub-clause \
        and prose paragraph of at least `minimumWords` words (8) is compared with the earlier ones: \
        an exact repeat (ignoring case and punctuation) or a near one (Dice similarity of word pairs \
        at least `similarity`, 0.9: one or two words changed) is reported on the later one, naming \
        the earlier one's line. Clauses of at least 12 words are also compared across the files of \
        one run (a resolution copied from last year's archive), reporting both places, when one file \
        repeats at least `acrossFilesShare` (half) of the other's clauses: resolutions legitimately \
        share standard phrases, and a clause found in more than five files is boilerplate. Short lines — headings, list \
        items, navigation links — are never compared. Detection hashes word pairs and never \
        compares all pairs, so it stays linear on large archives.

        Bad:
            1. *Urges* Member States to share data on trafficking routes with regional bodies;
            2. *Urges* Member States to share data on trafficking routes with regional bodies;
        Good:
            1. *Urges* Member States to share data on trafficking routes with regional bodies;
            2. *Requests* regional bodies to publish the data they receive each year;
        """,
        defaultSeverity: .warning,
        triggering: [
            "The General Assembly,\n\n*Noting* the report,\n\n1. *Urges* Member States to share data on trafficking routes with regional bodies;\n\n2. *↓Urges* Member States to share data on trafficking routes with regional bodies.\n",
            "The General Assembly,\n\n*Noting* the report,\n\n1. *Urges* States to act by:\n\n(a) Training border officials in the detection of forged travel documents and visas;\n\n(b) ↓Training border officials in the detection of forged travel documents and passports.\n",
        ],
        nonTriggering: [
            "The General Assembly,\n\n*Noting* the report,\n\n1. *Urges* Member States to share data on trafficking routes with regional bodies;\n\n2. *Requests* regional bodies to publish the data on trafficking routes they receive.\n",
            "Bibliography\n\nThe General Assembly,\n\n*Noting* the report,\n\n1. *Urges* States to act:\n\n(a) Funding;\n\n(b) Funding;\n\n2. *Requests* a report.\n\nBibliography\n",
        ]
    )

    struct Options: RuleOptions {
        /// Least similarity (0–1) for a near repeat.
        var similarity = 0.9
        /// Shorter units are not compared.
        var minimumWords = 8
        /// Also compare clauses across the files of one run.
        var acrossFiles = true
        /// Across files, report only when this share of one file's clauses is repeated in the
        /// other (a copied resolution), not the standard phrases resolutions share.
        var acrossFilesShare = 0.5
    }

    let options: Options

    static func validate(_ options: Options) throws {
        guard options.similarity > 0, options.similarity <= 1 else { throw RuleOptionsError("'similarity' must be between 0 and 1") }
        guard options.minimumWords >= 1 else { throw RuleOptionsError("'minimumWords' must be at least 1") }
    }

    /// A unit compared for duplicates: plain values, its bigrams a range of the document's
    /// one array (`Units.bigrams`), so that a document's units cost no object of their own.
    private struct Unit {
        /// Its index in `textUnits(document)`.
        var textIndex: Int
        var range: Range<Int>
        var bigrams: Range<Int>
        var wordCount: Int
        var textHash: UInt64
        var signature: ParagraphFingerprint.Signature
        /// Where the compared text starts in the source.
        var offset: Int
        /// A clause's (not prose): only clauses are compared across files.
        var isClause: Bool
    }

    func check(_ document: Document, _ context: inout RuleContext) {
        let memo = Self.units(document, minimumWords: options.minimumWords)
        let units = memo.units
        // Locality-sensitive hashing on the MinHash signatures: a near repeat shares at
        // least one band with the paragraph it repeats (at 0.8 similarity, 99.97% of the
        // time), so each paragraph is compared with a handful of candidates, not with all.
        let buckets = BandBuckets(units: units.count, bands: Self.bands)
        var exact = HashIndex(capacity: units.count)
        // Bigram sets, sorted when a unit is first compared. The slots are made at the first
        // comparison: most documents have none, and a document of near repeats compares
        // every unit, each several times (a dictionary's hashing then cost a tenth of the run).
        var sortedBigrams: [[UInt64]?] = []
        func bigrams(_ index: Int) -> [UInt64] {
            if sortedBigrams.isEmpty { sortedBigrams = Array(repeating: nil, count: units.count) }
            if let sorted = sortedBigrams[index] { return sorted }
            let sorted = ParagraphFingerprint.sortedUnique(Array(memo.bigrams[units[index].bigrams]))
            sortedBigrams[index] = sorted
            return sorted
        }
        // Room for a unit's candidates, the latest few of each of its buckets, and before them
        // each bucket's newest unit before this one: reused for each unit, no array to check.
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: Self.bands + 8 * Self.bands) { room in
            let newest = UnsafeMutableBufferPointer(rebasing: room[0..<Self.bands])
            let candidates = UnsafeMutableBufferPointer(rebasing: room[Self.bands...])
            for (index, unit) in units.enumerated() {
                var match: (Int, Double)?
                // This unit becomes each bucket's newest; its predecessors there are the candidates.
                Self.forEachBandKey(unit.signature) { band, key in newest[band] = buckets.add(index, band: band, key: key) }
                // The first unit with this text stays in `exact`.
                if let earlier = exact.valueOrInsert(unit.textHash, Int32(index)) {
                    match = (Int(earlier), 1)
                } else {
                    var count = 0
                    for band in 0..<Self.bands {
                        // The latest few in a bucket: a bucket crowded by boilerplate stays cheap.
                        var other = newest[band]
                        var taken = 0
                        while other >= 0, taken < 8 {
                            candidates[count] = other
                            count += 1
                            other = buckets.previous(other, band: band)
                            taken += 1
                        }
                    }
                    Self.sortCandidates(UnsafeMutableBufferPointer(rebasing: candidates[0..<count]))
                    var previous: Int32 = -1
                    for other in candidates[0..<count] where other != previous {
                        previous = other
                        guard Self.agreement(unit.signature, units[Int(other)].signature) >= Self.leastAgreement else { continue }
                        let (mine, theirs) = (bigrams(index), bigrams(Int(other)))
                        guard ParagraphFingerprint.canReach(options.similarity, mine.count, theirs.count) else { continue }
                        let similarity = ParagraphFingerprint.similarity(mine, theirs)
                        if similarity >= options.similarity, similarity > (match?.1 ?? 0) { match = (Int(other), similarity) }
                    }
                }
                if let (other, similarity) = match {
                    report(unit, repeats: units[other], similarity: similarity, document, memo.textUnits, &context)
                }
            }
        }
    }

    /// Sorts a unit's candidates, at most 64 and mostly a handful: no call into a general sort
    /// for a handful. Each bucket lists its units newest first, so many candidates come in
    /// reverse: past a handful the general sort, whose cost does not grow with the square.
    private static func sortCandidates(_ values: UnsafeMutableBufferPointer<Int32>) {
        guard values.count <= 12 else {
            var values = values
            values.sort()
            return
        }
        for index in values.indices.dropFirst() {
            let value = values[index]
            var place = index
            while place > 0, values[place - 1] > value {
                values[place] = values[place - 1]
                place -= 1
            }
            values[place] = value
        }
    }

    /// How many values two signatures share. The lanes that compare equal (all ones, -1) are
    /// added by halves, four vector additions: counting the bits of the comparison's mask
    /// took twice the instructions (the baseline x86-64 has no population count).
    @inline(__always)
    static func agreement(_ a: ParagraphFingerprint.Signature, _ b: ParagraphFingerprint.Signature) -> Int {
        let equal = SIMD16<Int32>(repeating: 0).replacing(with: -1, where: a .== b)
        let eight = equal.lowHalf &+ equal.highHalf
        let four = eight.lowHalf &+ eight.highHalf
        let two = four.lowHalf &+ four.highHalf
        return -Int(two[0] &+ two[1])
    }

    /// 8 bands of 2 MinHash values each.
    static let bands = 8

    /// A band's two values and its number in one key. The multiplication by an odd constant is
    /// one-to-one, so keys are equal exactly when the packed values are (as with a full
    /// finaliser), and it brings every bit into the top bits, which the cross-file pass sorts by.
    static func bandKey(_ signature: ParagraphFingerprint.Signature, _ band: Int) -> UInt64 {
        bandKey(band, signature[2 * band], signature[2 * band + 1])
    }

    @inline(__always)
    private static func bandKey(_ band: Int, _ first: UInt32, _ second: UInt32) -> UInt64 {
        (UInt64(band) << 56 ^ UInt64(first) << 24 ^ UInt64(second)) &* 0xBF58_476D_1CE4_E5B9   // not the golden ratio HashIndex multiplies by again
    }

    /// `body(band, bandKey(signature, band))` for every band in order. The values are read
    /// from the signature's memory: a lane picked by a variable index sends the whole
    /// vector through the stack for each value.
    @inline(__always)
    static func forEachBandKey(_ signature: ParagraphFingerprint.Signature, _ body: (_ band: Int, _ key: UInt64) -> Void) {
        withUnsafeBytes(of: signature) { values in
            for band in 0..<bands {
                body(band, bandKey(band, values.load(fromByteOffset: 8 * band, as: UInt32.self),
                                   values.load(fromByteOffset: 8 * band + 4, as: UInt32.self)))
            }
        }
    }

    /// How many bands the cross-file pass sorts at a time (`check(across:)`), a slice: half of them.
    static let bandsPerSlice = bands / 2

    /// `body(band, key)` as `forEachBandKey` for the `bandsPerSlice` bands of slice `slice`
    /// only (bands `slice * bandsPerSlice` on).
    @inline(__always)
    static func forEachBandKey(_ signature: ParagraphFingerprint.Signature, slice: Int, _ body: (_ band: Int, _ key: UInt64) -> Void) {
        precondition(slice >= 0 && slice < bands / bandsPerSlice, "no such slice of bands")
        withUnsafeBytes(of: signature) { values in
            for offset in 0..<bandsPerSlice {
                let band = slice &* bandsPerSlice &+ offset
                body(band, bandKey(band, values.load(fromByteOffset: 8 * band, as: UInt32.self),
                                   values.load(fromByteOffset: 8 * band + 4, as: UInt32.self)))
            }
        }
    }

    /// The document's units, fingerprinted once for both the in-file check and the digest.
    private struct Units {
        var minimumWords: Int
        var textUnits: [TextUnit]
        var units: [Unit]
        /// Every unit's bigram hashes, in text order.
        var bigrams: [UInt64]
    }

    private static func units(_ document: Document, minimumWords: Int) -> Units {
        let memo = document.memo.value(Units.self) { buildUnits(document, minimumWords: minimumWords) }
        return memo.minimumWords == minimumWords ? memo : buildUnits(document, minimumWords: minimumWords)
    }

    private static func buildUnits(_ document: Document, minimumWords: Int) -> Units {
        let textUnits = textUnits(document)
        let words = unitWords(document)   // in the order of the text units
        var units: [Unit] = []
        units.reserveCapacity(textUnits.count)   // at most one a text unit: never grown and copied
        // Room for the most bigrams the text can give: only the part written is ever touched.
        let room = textUnits.reduce(0) { $0 + ParagraphFingerprint.mostBigrams($1.bytes.count) }
        let bigrams = [UInt64](unsafeUninitializedCapacity: room) { bigrams, written in
            words.words.withUnsafeBufferPointer { allWords in
                words.hashes.withUnsafeBufferPointer { allHashes in
                    forEachBorrowed(textUnits) { number, entry in
                        let start = entry.clause?.contentStart ?? 0
                        let bytes = entry.bytes
                        // Prose must be sentences: titles, list entries and references repeat by design.
                        if entry.clause == nil, let last = bytes.last, !".;:,!?".utf8.contains(last) { return }
                        let wordRange = words.range(number)
                        let (end, wordCount, textHash) = bytes.withUnsafeBufferPointer { buffer in
                            ParagraphFingerprint.write(buffer, from: start, words: UnsafeBufferPointer(rebasing: allWords[wordRange]),
                                                       hashes: UnsafeBufferPointer(rebasing: allHashes[wordRange]), to: bigrams, at: written)
                        }
                        guard wordCount >= minimumWords else { return }   // its bigrams are overwritten
                        let signature = ParagraphFingerprint.signature(UnsafeBufferPointer(UnsafeMutableBufferPointer(rebasing: bigrams[written..<end])))
                        units.append(Unit(textIndex: number, range: start..<bytes.count, bigrams: written..<end,
                                          wordCount: wordCount, textHash: textHash, signature: signature,
                                          offset: entry.block.map.source(start), isClause: entry.clause != nil))
                        written = end
                    }
                }
            }
        }
        return Units(minimumWords: minimumWords, textUnits: textUnits, units: units, bigrams: bigrams)   // in document order
    }

    private func report(_ unit: Unit, repeats earlier: Unit, similarity: Double, _ document: Document, _ textUnits: [TextUnit], _ context: inout RuleContext) {
        let line = document.location(of: earlier.offset).line
        let name = textUnits[earlier.textIndex].clause?.path ?? "the paragraph"
        let message = similarity >= 1 ? Message.exact(name, line: line) : Message.near(name, line: line, similarity: similarity)
        let text = textUnits[unit.textIndex]
        if let clause = text.clause { context.report(message, clause: clause, range: unit.range) }
        else { context.report(message, block: text.block, range: unit.range) }
    }

    // MARK: Across files

    /// What a file keeps for the comparison across files: small and flat (one array of
    /// signatures and one of bigrams per file), so an archive of 100 MB stays in memory.
    struct Digest: Sendable {
        /// Where a clause is, in 32-bit numbers (files are at most 64 MB): 48 bytes an entry,
        /// where `Range<Int>` and two `SourceLocation`s took 88, for entries of which few are
        /// ever reported.
        struct Entry: Sendable {
            /// This entry's bigram hashes (their high 32 bits, in text order) in `Digest.bigrams`.
            var bigrams: Range<Int32>
            private var lower: Int32, upper: Int32
            private var startLine: Int32, startColumn: Int32
            private var endLine: Int32, endColumn: Int32
            var clause: String

            init(bigrams: Range<Int32>, range: Range<Int>, start: SourceLocation, end: SourceLocation, clause: String) {
                self.bigrams = bigrams
                (lower, upper) = (Int32(clamping: range.lowerBound), Int32(clamping: range.upperBound))
                (startLine, startColumn) = (Int32(clamping: start.line), Int32(clamping: start.column))
                (endLine, endColumn) = (Int32(clamping: end.line), Int32(clamping: end.column))
                self.clause = clause
            }

            var range: Range<Int> { Int(lower)..<Int(upper) }
            var start: SourceLocation { SourceLocation(line: Int(startLine), column: Int(startColumn)) }
            var end: SourceLocation { SourceLocation(line: Int(endLine), column: Int(endColumn)) }
        }
        var path: String
        /// Each entry's normalised text hash (label, case and spacing aside; baselines key
        /// cross-file findings by it too) in an array of its own: the cross-file pass reads
        /// every one of them, eight bytes each instead of a whole entry's stride.
        var textHashes: [UInt64] = []
        /// `ParagraphFingerprint.signatureSize` values per entry.
        var signatures: [UInt32] = []
        var bigrams: [UInt32] = []
        var entries: [Entry] = []
        /// Each entry's printed line number, when the document carried them (else empty).
        var printedLines: [Int?] = []

        func printedLine(_ index: Int) -> Int? { printedLines.isEmpty ? nil : printedLines[index] }

        func signature(_ index: Int) -> ParagraphFingerprint.Signature {
            // One vector load: the cross-file pass reads two signatures for every pair it meets.
            let size = ParagraphFingerprint.signatureSize
            precondition(index >= 0 && (index + 1) * size <= signatures.count, "no signature \(index)")
            return signatures.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: index * size * 4, as: ParagraphFingerprint.Signature.self) }
        }

        func bigrams(_ index: Int) -> ArraySlice<UInt32> {
            let range = entries[index].bigrams
            return bigrams[Int(range.lowerBound)..<Int(range.upperBound)]
        }
    }

    static let crossFileMinimumWords = 12
    /// Signature values two clauses must share to be compared at all: at the least
    /// similarity reported (Dice 0.9, Jaccard 0.82) a pair shares 13 of 16 on average, and
    /// fewer than 6 about once in 80,000 such pairs (closer copies, far less often); clauses
    /// that merely share vocabulary, 1 or 2.
    static let leastAgreement = 6
    static let boilerplateFiles = 5

    func digest(_ document: Document) -> Digest {
        var digest = Digest(path: document.source.path)
        guard options.acrossFiles else { return digest }
        let minimum = max(Self.crossFileMinimumWords, options.minimumWords)
        let memo = Self.units(document, minimumWords: options.minimumWords)
        // The clauses long enough, read in place (a unit is 136 bytes, not worth a copy) and
        // counted first: these arrays live until the end of the run, so each is sized once.
        // Written in place: a few instructions a value, where an append checks the array each time.
        memo.units.withUnsafeBufferPointer { units in
            let isCompared = { (unit: Unit) in unit.wordCount >= minimum && unit.isClause }
            var count = 0, bigramCount = 0
            for unit in units where isCompared(unit) {
                count += 1
                bigramCount += unit.bigrams.count
            }
            let size = ParagraphFingerprint.signatureSize
            digest.signatures = [UInt32](unsafeUninitializedCapacity: count * size) { signatures, written in
                let raw = UnsafeMutableRawBufferPointer(signatures)
                for unit in units where isCompared(unit) {
                    raw.storeBytes(of: unit.signature, toByteOffset: written * 4, as: ParagraphFingerprint.Signature.self)
                    written += size
                }
            }
            digest.textHashes = [UInt64](unsafeUninitializedCapacity: count) { textHashes, written in
                for unit in units where isCompared(unit) {
                    textHashes.initializeElement(at: written, to: unit.textHash)
                    written += 1
                }
            }
            // The high 32 bits of the bigrams, in text order: sorted only if the clause is ever compared.
            digest.bigrams = [UInt32](unsafeUninitializedCapacity: bigramCount) { bigrams, written in
                memo.bigrams.withUnsafeBufferPointer { all in
                    for unit in units where isCompared(unit) {
                        // Between two buffers of known size: a loop the compiler turns into vector code.
                        let source = UnsafeBufferPointer(rebasing: all[unit.bigrams])
                        let target = UnsafeMutableBufferPointer(rebasing: bigrams[written..<(written + source.count)])
                        for index in source.indices { target[index] = UInt32(truncatingIfNeeded: source[index] >> 32) }
                        written += source.count
                    }
                }
            }
            digest.entries.reserveCapacity(count)
            let printedLines = !document.printedLineNumbers.isEmpty
            if printedLines { digest.printedLines.reserveCapacity(count) }
            var start: Int32 = 0
            for unit in units where isCompared(unit) {
                let bigrams = start..<(start + Int32(unit.bigrams.count))
                start = bigrams.upperBound
                let (range, clause) = withBorrowed(memo.textUnits, unit.textIndex) { text in
                    // The unit's own range is the clause's content, and its offset where that starts.
                    (unit.offset..<text.block.map.sourceEnd(unit.range.upperBound), text.clause?.path ?? "")
                }
                let (startLocation, endLocation) = document.locations(of: range)
                digest.entries.append(Digest.Entry(bigrams: bigrams, range: range, start: startLocation, end: endLocation, clause: clause))
                if printedLines { digest.printedLines.append(document.printedLine(at: range.lowerBound)) }
            }
        }
        return digest
    }

    enum Message {
        static func exact(_ name: String, line: Int) -> String { "repeats \(name) (line \(line)) word for word" }
        static func near(_ name: String, line: Int, similarity: Double) -> String {
            "nearly repeats \(name) (line \(line)): \(Int((similarity * 100).rounded(.down)))% the same"
        }
        static func otherFile(_ name: String, path: String, line: Int, exact: Bool) -> String {
            (exact ? "repeats" : "nearly repeats") + " \(name) of \(path) (line \(line))"
        }
    }
}
