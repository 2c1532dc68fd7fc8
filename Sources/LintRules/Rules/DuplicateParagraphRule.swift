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
        var offset: Int
    }

    func check(_ document: Document, _ context: inout RuleContext) {
        let memo = Self.units(document, minimumWords: options.minimumWords)
        let units = memo.units
        // Locality-sensitive hashing on the MinHash signatures: a near repeat shares at
        // least one band with the paragraph it repeats (at 0.8 similarity, 99.97% of the
        // time), so each paragraph is compared with a handful of candidates, not with all.
        // Each bucket is a chain through `previousInBucket`, newest first: no array per bucket.
        var newestInBucket = HashIndex(capacity: units.count * Self.bands)
        var previousInBucket = [Int32](repeating: -1, count: units.count * Self.bands)
        var exact = HashIndex(capacity: units.count)
        var candidates: [Int32] = []
        var keys = [UInt64](repeating: 0, count: Self.bands)
        var newest = [Int32](repeating: -1, count: Self.bands)   // each bucket's newest, looked up once
        // Bigram sets, sorted when a unit is first compared.
        var sortedBigrams = [[UInt64]?](repeating: nil, count: units.count)
        func bigrams(_ index: Int) -> [UInt64] {
            if let sorted = sortedBigrams[index] { return sorted }
            let sorted = ParagraphFingerprint.sortedUnique(Array(memo.bigrams[units[index].bigrams]))
            sortedBigrams[index] = sorted
            return sorted
        }
        for (index, unit) in units.enumerated() {
            var match: (Int, Double)?
            for band in 0..<Self.bands {
                keys[band] = Self.bandKey(unit.signature, band)
                newest[band] = newestInBucket[keys[band]] ?? -1
            }
            if let earlier = exact[unit.textHash] {
                match = (Int(earlier), 1)
            } else {
                exact[unit.textHash] = Int32(index)   // the first unit with this text
                candidates.removeAll(keepingCapacity: true)
                for band in 0..<Self.bands {
                    // The latest few in a bucket: a bucket crowded by boilerplate stays cheap.
                    var other = newest[band]
                    var taken = 0
                    while other >= 0, taken < 8 {
                        candidates.append(other)
                        other = previousInBucket[Int(other) * Self.bands + band]
                        taken += 1
                    }
                }
                candidates.sort()
                var previous: Int32 = -1
                for other in candidates where other != previous {
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
            for band in 0..<Self.bands {
                previousInBucket[index * Self.bands + band] = newest[band]
                newestInBucket[keys[band]] = Int32(index)
            }
        }
    }

    /// Dice similarity of two digest entries' bigram sets (0 when their sizes alone rule out `threshold`).
    private static func similarity(_ a: ArraySlice<UInt32>, _ b: ArraySlice<UInt32>, _ threshold: Double) -> Double {
        let first = ParagraphFingerprint.sortedUnique(a.map(UInt64.init)), second = ParagraphFingerprint.sortedUnique(b.map(UInt64.init))
        guard ParagraphFingerprint.canReach(threshold, first.count, second.count) else { return 0 }
        return ParagraphFingerprint.similarity(first, second)
    }

    /// How many values two signatures share.
    static func agreement(_ a: ParagraphFingerprint.Signature, _ b: ParagraphFingerprint.Signature) -> Int {
        Int(ParagraphFingerprint.Signature.zero.replacing(with: 1, where: a .== b).wrappedSum())
    }

    /// 8 bands of 2 MinHash values each.
    static let bands = 8

    /// A band's two values and its number in one key. The multiplication by an odd constant is
    /// one-to-one, so keys are equal exactly when the packed values are (as with a full
    /// finaliser), and it brings every bit into the top bits, which the cross-file pass sorts by.
    static func bandKey(_ signature: ParagraphFingerprint.Signature, _ band: Int) -> UInt64 {
        (UInt64(band) << 56 ^ UInt64(signature[2 * band]) << 24 ^ UInt64(signature[2 * band + 1])) &* 0xBF58_476D_1CE4_E5B9   // not the golden ratio HashIndex multiplies by again
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
        // Room for the most bigrams the text can give: only the part written is ever touched.
        let room = textUnits.reduce(0) { $0 + ParagraphFingerprint.mostBigrams($1.bytes.count) }
        let bigrams = [UInt64](unsafeUninitializedCapacity: room) { bigrams, written in
            words.words.withUnsafeBufferPointer { allWords in
                words.hashes.withUnsafeBufferPointer { allHashes in
                    for (number, entry) in textUnits.enumerated() {
                        let start = entry.clause?.contentStart ?? 0
                        let bytes = entry.bytes
                        // Prose must be sentences: titles, list entries and references repeat by design.
                        if entry.clause == nil, let last = bytes.last, !".;:,!?".utf8.contains(last) { continue }
                        let wordRange = words.range(number)
                        let (end, wordCount, textHash) = bytes.withUnsafeBufferPointer { buffer in
                            ParagraphFingerprint.write(buffer, from: start, words: UnsafeBufferPointer(rebasing: allWords[wordRange]),
                                                       hashes: UnsafeBufferPointer(rebasing: allHashes[wordRange]), to: bigrams, at: written)
                        }
                        guard wordCount >= minimumWords else { continue }   // its bigrams are overwritten
                        let signature = ParagraphFingerprint.signature(UnsafeBufferPointer(UnsafeMutableBufferPointer(rebasing: bigrams[written..<end])))
                        units.append(Unit(textIndex: number, range: start..<bytes.count, bigrams: written..<end,
                                          wordCount: wordCount, textHash: textHash, signature: signature,
                                          offset: entry.block.map.source(start)))
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
        struct Entry: Sendable {
            var textHash: UInt64
            /// This entry's bigram hashes (their high 32 bits, in text order) in `Digest.bigrams`.
            var bigrams: Range<Int32>
            var range: Range<Int>
            var start: SourceLocation
            var end: SourceLocation
            var printedLine: Int?
            var clause: String
            /// The clause's normalised text hash (label, case and spacing aside), for baselines.
            var clauseHash: UInt64
        }
        var path: String
        /// `ParagraphFingerprint.signatureSize` values per entry.
        var signatures: [UInt32] = []
        var bigrams: [UInt32] = []
        var entries: [Entry] = []

        func signature(_ index: Int) -> ParagraphFingerprint.Signature {
            let size = ParagraphFingerprint.signatureSize
            precondition(index >= 0 && (index + 1) * size <= signatures.count, "no such entry")
            // One load of the sixteen values, not sixteen element copies.
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
        let units = memo.units.filter { $0.wordCount >= minimum && memo.textUnits[$0.textIndex].clause != nil }
        // Sized once: these arrays live until the end of the run, one set per file. Written
        // in place: a few instructions a value, where an append checks the array each time.
        let size = ParagraphFingerprint.signatureSize
        digest.signatures = [UInt32](unsafeUninitializedCapacity: units.count * size) { signatures, written in
            let raw = UnsafeMutableRawBufferPointer(signatures)
            for unit in units {
                raw.storeBytes(of: unit.signature, toByteOffset: written * 4, as: ParagraphFingerprint.Signature.self)
                written += size
            }
        }
        // The high 32 bits of the bigrams, in text order: sorted only if the clause is ever compared.
        digest.bigrams = [UInt32](unsafeUninitializedCapacity: units.reduce(0) { $0 + $1.bigrams.count }) { bigrams, written in
            memo.bigrams.withUnsafeBufferPointer { all in
                for unit in units {
                    for index in unit.bigrams {
                        bigrams[written] = UInt32(truncatingIfNeeded: all[index] >> 32)
                        written += 1
                    }
                }
            }
        }
        digest.entries.reserveCapacity(units.count)
        var start: Int32 = 0
        for unit in units {
            guard let clause = memo.textUnits[unit.textIndex].clause else { continue }
            let bigrams = start..<(start + Int32(unit.bigrams.count))
            start = bigrams.upperBound
            let range = clause.block.map.source(clause.contentStart)..<clause.block.map.sourceEnd(clause.block.text.utf8.count)
            digest.entries.append(Digest.Entry(
                textHash: unit.textHash, bigrams: bigrams, range: range,
                start: document.location(of: range.lowerBound), end: document.location(of: range.upperBound),
                printedLine: document.printedLine(at: range.lowerBound), clause: clause.path,
                clauseHash: unit.textHash))
        }
        return digest
    }

    func check(across digests: [Digest], severity: Severity) -> [Diagnostic] {
        // Exact repeats in many files are boilerplate ("Decides to remain seized of the matter"):
        // count the files each text occurs in (files come in order, so the last one seen suffices).
        // One slot per distinct text: the last file it was seen in, and in how many files.
        var slotOfText = HashIndex(capacity: digests.reduce(0) { $0 + $1.entries.count })
        var lastFile: [Int32] = [], fileCount: [Int32] = []
        for (file, digest) in digests.enumerated() {
            for entry in digest.entries {
                if let slot = slotOfText[entry.textHash].map(Int.init) {
                    if lastFile[slot] != Int32(file) { lastFile[slot] = Int32(file); fileCount[slot] += 1 }
                } else {
                    slotOfText[entry.textHash] = Int32(lastFile.count)
                    lastFile.append(Int32(file))
                    fileCount.append(1)
                }
            }
        }
        // Locality-sensitive hashing: 8 bands of 2 MinHash values; pairs meet in a bucket.
        // One flat array sorted by band key instead of a dictionary of arrays: less memory.
        // Each (band key, place) is packed into one integer: the key's high bits, then the
        // place's number, so that a plain integer sort groups keys with places in run order.
        // (Keys cut to 64 - placeBits bits: at 40 bits a chance collision only adds a comparison.)
        var places: [(file: Int32, entry: Int32)] = []
        for (file, digest) in digests.enumerated() {
            for (index, entry) in digest.entries.enumerated() where fileCount[Int(slotOfText[entry.textHash] ?? 0)] <= Self.boilerplateFiles {
                places.append((Int32(file), Int32(index)))
            }
        }
        slotOfText = HashIndex(capacity: 0)
        fileCount = []
        lastFile = []
        let placeBits = max(1, Int.bitWidth - places.count.leadingZeroBitCount)
        var banded: [UInt64] = []
        banded.reserveCapacity(places.count * Self.bands)
        // Each place's signature in one array: the pair loop reads them without touching the digests.
        let signatures = places.map { digests[Int($0.file)].signature(Int($0.entry)) }
        for (number, signature) in signatures.enumerated() {
            for band in 0..<Self.bands { banded.append((Self.bandKey(signature, band) >> placeBits) << placeBits | UInt64(number)) }
        }
        IntegerSort.sort(&banded)
        let placeMask: UInt64 = (1 << placeBits) - 1
        // The groups are compared on all cores: the sorted bands are cut at group boundaries
        // into one slice per core, each slice's pairs found in order, and the slices' finds
        // joined in order, a pair kept where first found: the result of one pass, sooner.
        let sliceCount = max(1, min(8, ProcessInfo.processInfo.activeProcessorCount))
        var bounds = [0]
        for slice in 1..<max(2, sliceCount) where sliceCount > 1 {
            var cut = max(bounds[bounds.count - 1], banded.count * slice / sliceCount)
            while cut > 0, cut < banded.count, banded[cut] >> placeBits == banded[cut - 1] >> placeBits { cut += 1 }
            bounds.append(cut)
        }
        bounds.append(banded.count)
        let sortedBands = banded, allPlaces = places, threshold = options.similarity, cuts = bounds
        let finds = Parallel.map(count: cuts.count - 1) { slice -> [Found] in
            var found: [Found] = []
            var seenPairs = HashIndex(capacity: (cuts[slice + 1] - cuts[slice]) / 2)   // about as many pairs as places
            var groupStart = cuts[slice]
            while groupStart < cuts[slice + 1] {
                var groupEnd = groupStart + 1
                while groupEnd < sortedBands.count, sortedBands[groupEnd] >> placeBits == sortedBands[groupStart] >> placeBits { groupEnd += 1 }
                defer { groupStart = groupEnd }
                guard groupEnd - groupStart > 1, groupEnd - groupStart <= 2 * Self.boilerplateFiles else { continue }
                for i in groupStart..<groupEnd {
                    let firstPlace = Int(sortedBands[i] & placeMask), first = allPlaces[firstPlace]
                    for j in (i + 1)..<groupEnd {
                        let secondPlace = Int(sortedBands[j] & placeMask), second = allPlaces[secondPlace]
                        guard first.file != second.file else { continue }
                        // Most pairs meet in a band by chance (two equal values of sixteen); a near
                        // repeat agrees in most of them. Checked before anything else is read.
                        guard Self.agreement(signatures[firstPlace], signatures[secondPlace]) >= Self.leastAgreement else { continue }
                        let a = (file: Int(first.file), entry: Int(first.entry))
                        let b = (file: Int(second.file), entry: Int(second.entry))
                        let pair = ParagraphFingerprint.mix(UInt64(a.file) << 42 ^ UInt64(a.entry) << 21 ^ UInt64(b.file)) ^ UInt64(b.entry)
                        guard seenPairs.insert(pair) else { continue }
                        let sameText = digests[a.file].entries[a.entry].textHash == digests[b.file].entries[b.entry].textHash
                        let similarity = sameText ? 1 : Self.similarity(digests[a.file].bigrams(a.entry), digests[b.file].bigrams(b.entry), threshold)
                        guard similarity >= threshold else { continue }
                        found.append(Found(pair: pair, first: a, second: b, similarity: similarity))
                    }
                }
            }
            return found
        }
        var matches: [(first: (file: Int, entry: Int), second: (file: Int, entry: Int), similarity: Double)] = []
        var seenPairs = Set<UInt64>()
        for slice in 0..<(bounds.count - 1) {
            for find in finds[slice] where seenPairs.insert(find.pair).inserted {
                matches.append((find.first, find.second, find.similarity))
            }
        }
        banded = []
        // Keep the pairs of files where one repeats a good share of the other's clauses.
        // Keyed by the pair of files (first << 32 | second): the entries of each side matched.
        var matchedFirst: [UInt64: Set<Int>] = [:], matchedSecond: [UInt64: Set<Int>] = [:]
        func pairKey(_ a: Int, _ b: Int) -> UInt64 { UInt64(a) << 32 | UInt64(b) }
        for match in matches {
            matchedFirst[pairKey(match.first.file, match.second.file), default: []].insert(match.first.entry)
            matchedSecond[pairKey(match.first.file, match.second.file), default: []].insert(match.second.entry)
        }
        func copied(_ a: Int, _ b: Int) -> Bool {
            let shareA = Double(matchedFirst[pairKey(a, b)]?.count ?? 0) / Double(max(1, digests[a].entries.count))
            let shareB = Double(matchedSecond[pairKey(a, b)]?.count ?? 0) / Double(max(1, digests[b].entries.count))
            return max(shareA, shareB) >= options.acrossFilesShare
        }
        // Each place is reported once, naming its closest match, the earliest in run order
        // among equals: a choice that does not hang on the order in which hashing met the pairs.
        var best: [UInt64: (there: (file: Int, entry: Int), similarity: Double)] = [:]
        for match in matches where copied(match.first.file, match.second.file) {
            for (here, there) in [(match.second, match.first), (match.first, match.second)] {
                let key = UInt64(here.file) << 32 | UInt64(here.entry)
                if let current = best[key] {
                    let closer = match.similarity > current.similarity
                        || (match.similarity == current.similarity && (there.file, there.entry) < (current.there.file, current.there.entry))
                    guard closer else { continue }
                }
                best[key] = (there, match.similarity)
            }
        }
        var diagnostics: [Diagnostic] = []
        for (key, choice) in best {
            let path = digests[Int(key >> 32)].path, entry = digests[Int(key >> 32)].entries[Int(key & 0xFFFF_FFFF)]
            let there = (path: digests[choice.there.file].path, entry: digests[choice.there.file].entries[choice.there.entry])
            let message = Message.otherFile(there.entry.clause, path: there.path, line: there.entry.start.line, exact: choice.similarity >= 1)
            diagnostics.append(Diagnostic(rule: Self.description.id, severity: severity, message: message, path: path,
                                          range: entry.range, start: entry.start, end: entry.end, printedLine: entry.printedLine,
                                          clause: entry.clause, context: BaselineKey.compactContext(hash: entry.clauseHash)))
        }
        return diagnostics.sorted(by: Diagnostic.ordered)
    }

    /// A pair of clauses across files similar enough to report. (A pair's similarity is the
    /// same wherever it is met, so pairs below the threshold need no record.)
    private struct Found: Sendable {
        var pair: UInt64
        var first: (file: Int, entry: Int)
        var second: (file: Int, entry: Int)
        var similarity: Double
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
