import Foundation
import ClauseLint

/// duplicate-paragraph's second half: clauses repeated across the files of one run.
///
/// Each file hands over a small digest (`DuplicateParagraphRule.Digest`); this pass pairs
/// the clauses of equal text, finds the pairs of clauses that meet in a band of their MinHash
/// signatures and compares them, and reports the places of files that copy each other. Every step that reads all digests runs
/// on all cores, split so that the result is the one a single pass in run order would give:
/// the pass runs after the last file is linted, so its serial steps add to the run's time.
extension DuplicateParagraphRule {
    func check(across digests: [Digest], severity: Severity) -> [Diagnostic] {
        check(across: digests, severity: severity, parts: Self.partCount)
    }

    /// The same findings whatever `parts` (a power of two): tests cut the work as a machine
    /// with other core counts would.
    func check(across digests: [Digest], severity: Severity, parts: Int) -> [Diagnostic] {
        precondition(parts > 0 && parts & (parts - 1) == 0, "parts must be a power of two")
        // Only places of different files pair up: a run of one file (a draft linted on its own) has none.
        guard digests.count > 1 else { return [] }
        let (places, sharedText) = Self.comparedPlaces(digests, parts: parts)
        let placeBits = max(1, Int.bitWidth - places.count.leadingZeroBitCount)
        let threshold = options.similarity
        // The bands a slice at a time: the sorted keys of all eight at once were the largest
        // memory of the run's end, fresh pages the system had to map (a fault each 4 KB).
        // A pair is reported the same whichever band it is met in first.
        var finds: [[Found]] = []
        for slice in 0..<(Self.bands / Self.bandsPerSlice) {
            let (keys, keyParts) = Self.sortedBands(slice: slice, places, digests, placeBits: placeBits, parts: parts)
            // Equal keys share their top bits, so no group of equal keys spans two parts: each
            // part's groups are compared on their own core, and the finds joined in key order.
            finds += Parallel.map(count: parts) { part in
                keys.withUnsafeBufferPointer { keys in
                    Self.pairs(in: UnsafeBufferPointer(rebasing: keys[keyParts[part]]), places: places, digests: digests,
                               placeBits: placeBits, threshold: threshold)
                }
            }
        }
        // Exact copies first, found by their text: bands crowded by clauses that differ in a
        // word or two (a group of more than ten is skipped) must not hide them.
        var matches: [Match] = []
        var seenPairs = Set<UInt64>()
        for found in [Self.exactPairs(sharedText, places: places, digests: digests)] + finds {
            for find in found where seenPairs.insert(find.pair).inserted { matches.append(find.match) }
        }
        return report(matches, digests, severity: severity)
    }

    /// How many parts the work is cut into: a power of two (parts are chosen by top bits), at
    /// least the number of cores and at most 8.
    private static var partCount: Int {
        let cores = max(1, min(8, ProcessInfo.processInfo.activeProcessorCount))
        var parts = 1
        while parts < cores { parts *= 2 }
        return parts
    }

    /// The top `bits` bits of a hash: which part it belongs to.
    @inline(__always)
    private static func part(_ hash: UInt64, bits: Int) -> Int { bits == 0 ? 0 : Int(truncatingIfNeeded: hash &>> UInt64(64 - bits)) }

    // MARK: Places

    /// Every clause worth comparing, as (file, entry) in run order: exact repeats found in many
    /// files are boilerplate ("Decides to remain seized of the matter") and left out.
    /// Also returns, in run order, the numbers of the places whose exact text is in another file too.
    private static func comparedPlaces(_ digests: [Digest], parts: Int) -> (places: [Place], sharedText: [Int32]) {
        // Files per text, counted in one table per part of the hash range, the parts at once.
        // Files come in order, so the last file a text was seen in tells a new file from the same.
        let bits = parts.trailingZeroBitCount
        let counts = Parallel.map(count: parts) { part -> FileCounts in
            // Sized for the texts of this part, counted first: the table never grows.
            var texts = 0
            for digest in digests {
                for text in digest.textHashes where Self.part(text, bits: bits) == part { texts += 1 }
            }
            var counts = FileCounts(capacity: texts)
            for file in digests.indices {
                for text in digests[file].textHashes where Self.part(text, bits: bits) == part {
                    counts.seen(text, inFile: Int32(file))
                }
            }
            return counts
        }
        // The places of each run of files, the runs at once, joined in order.
        let runs = Parallel.map(count: parts) { run -> (places: [Place], sharedText: [Int32]) in
            let runFiles = (digests.count * run / parts)..<(digests.count * (run + 1) / parts)
            var sharedText: [Int32] = []
            // Written in place, into room for every entry of the run.
            let places = [Place](unsafeUninitializedCapacity: runFiles.reduce(0) { $0 + digests[$1].textHashes.count }) { places, written in
                for file in runFiles {
                    for (index, text) in digests[file].textHashes.enumerated() {
                        let files = counts[Self.part(text, bits: bits)].files(text)
                        guard files <= boilerplateFiles else { continue }
                        if files > 1 { sharedText.append(Int32(written)) }   // numbered within the run for now
                        places.initializeElement(at: written, to: Place(file: Int32(file), entry: Int32(index)))
                        written += 1
                    }
                }
            }
            return (places, sharedText)
        }
        var sharedText: [Int32] = []
        var before: Int32 = 0
        for run in runs {
            sharedText.append(contentsOf: run.sharedText.map { $0 + before })
            before += Int32(run.places.count)
        }
        var places: [Place] = []
        places.reserveCapacity(Int(before))
        for run in runs { places.append(contentsOf: run.places) }
        return (places, sharedText)
    }

    // MARK: Exact copies

    /// The pairs of places in different files with the same text (the same words, case and
    /// punctuation aside). Each place is paired with the first place of that text in every
    /// other file, so a clause pasted many times into one file costs a pair per copy, not a
    /// pair per two copies. The earlier place comes first, as in the band groups.
    private static func exactPairs(_ sharedText: [Int32], places: [Place], digests: [Digest]) -> [Found] {
        // Few places share their text with another file: a dictionary of them is small.
        var placesOfText: [UInt64: [Int32]] = [:]
        for number in sharedText {
            let place = places[Int(number)]
            placesOfText[digests[Int(place.file)].textHashes[Int(place.entry)], default: []].append(number)
        }
        var found: [Found] = []
        for number in sharedText {
            let place = places[Int(number)]
            guard let group = placesOfText[digests[Int(place.file)].textHashes[Int(place.entry)]], group[0] == number else { continue }
            // The group is in run order; its first place in each file.
            var firstInFile: [Int32] = []
            for other in group where firstInFile.last.map({ places[Int($0)].file != places[Int(other)].file }) ?? true {
                firstInFile.append(other)
            }
            for member in group {
                for first in firstInFile where places[Int(first)].file != places[Int(member)].file {
                    let (earlier, later) = first < member ? (first, member) : (member, first)
                    let a = (file: Int(places[Int(earlier)].file), entry: Int(places[Int(earlier)].entry))
                    let b = (file: Int(places[Int(later)].file), entry: Int(places[Int(later)].entry))
                    found.append(Found(pair: pairKey(a, b), match: Match(first: a, second: b, similarity: 1)))
                }
            }
        }
        return found
    }

    /// One number for a pair of places, the same wherever the pair is met.
    private static func pairKey(_ a: (file: Int, entry: Int), _ b: (file: Int, entry: Int)) -> UInt64 {
        ParagraphFingerprint.mix(UInt64(a.file) << 42 ^ UInt64(a.entry) << 21 ^ UInt64(b.file)) ^ UInt64(b.entry)
    }

    // MARK: Bands

    /// Locality-sensitive hashing: 8 bands of 2 MinHash values; pairs meet in a bucket.
    /// Each (band key, place) is packed into one integer — the key's high bits, then the
    /// place's number — so that sorting the integers groups keys with places in run order.
    /// (Keys cut to 64 - placeBits bits: at 40 bits a chance collision only adds a comparison.)
    /// Returned in one sorted array, with the range of each of `parts` parts by their top
    /// bits, for the bands of slice `slice` only (`forEachBandKey(_:slice:_:)`).
    ///
    /// A counting sort on the top bits, the runs of places at once: each run counts its keys
    /// per bucket, then packs them again straight into their places (packing is a few
    /// instructions a key, cheaper than keeping them: one array of keys, not three), and each
    /// part sorts its buckets, a few keys each, in place.
    private static func sortedBands(slice: Int, _ places: [Place], _ digests: [Digest], placeBits: Int, parts: Int)
        -> (keys: [UInt64], parts: [Range<Int>]) {
        let count = places.count * bandsPerSlice
        precondition(count < Int(Int32.max), "too many clauses to compare")
        // About four keys a bucket (at most 2^19 buckets: their counters are memory too), and
        // the top bits of the parts among the bucket's.
        let bucketBits = max(parts.trailingZeroBitCount, min(19, Int.bitWidth - count.leadingZeroBitCount - 2))
        let buckets = 1 << bucketBits, shift = UInt64(64 - bucketBits)
        let runs = (0..<parts).map { run in (places.count * run / parts)..<(places.count * (run + 1) / parts) }
        let counts = Parallel.map(count: parts) { run -> [Int32] in
            var counts = [Int32](repeating: 0, count: buckets)
            counts.withUnsafeMutableBufferPointer { counts in
                forEachPackedKey(of: places, runs[run], slice: slice, digests, placeBits: placeBits) { counts[Int(truncatingIfNeeded: $0 &>> shift)] &+= 1 }
            }
            return counts
        }
        // Each run's next free place in each bucket (run after run); once the keys are in,
        // the last run's are where the buckets end.
        var next = starts(counts)
        let keys = next.withUnsafeMutableBufferPointer { next in
            [UInt64](unsafeUninitializedCapacity: count) { keys, written in
                let (target, free) = (DisjointWrites(buffer: keys), DisjointWrites(buffer: next))
                _ = Parallel.map(count: parts) { run in
                    let next = UnsafeMutableBufferPointer(rebasing: free.buffer[(run * buckets)..<((run + 1) * buckets)])
                    forEachPackedKey(of: places, runs[run], slice: slice, digests, placeBits: placeBits) { key in
                        let bucket = Int(truncatingIfNeeded: key &>> shift)
                        target.buffer.initializeElement(at: Int(next[bucket]), to: key)
                        next[bucket] &+= 1
                    }
                }
                _ = Parallel.map(count: parts) { part in
                    let ends = UnsafeMutableBufferPointer(rebasing: free.buffer[((parts - 1) * buckets)...])
                    var start = part == 0 ? 0 : Int(ends[part * buckets / parts - 1])
                    for bucket in (part * buckets / parts)..<((part + 1) * buckets / parts) {
                        IntegerSort.sortBucket(target.buffer, start, Int(ends[bucket]))
                        start = Int(ends[bucket])
                    }
                }
                written = count
            }
        }
        let ends = next[((parts - 1) * buckets)...]
        return (keys, (0..<parts).map { part in
            (part == 0 ? 0 : Int(ends[ends.startIndex + part * buckets / parts - 1]))..<Int(ends[ends.startIndex + (part + 1) * buckets / parts - 1])
        })
    }

    /// `body(packed key)` for the keys of the bands of slice `slice` of each place numbered
    /// in `numbers`, in order.
    @inline(__always)
    private static func forEachPackedKey(of places: [Place], _ numbers: Range<Int>, slice: Int, _ digests: [Digest], placeBits: Int,
                                         _ body: (UInt64) -> Void) {
        // Masks, not shifts by a variable: a shift checks its width at every key.
        let keyBits = ~(UInt64(1) &<< placeBits &- 1)
        for number in numbers {
            forEachBandKey(digests[Int(places[number].file)].signature(Int(places[number].entry)), slice: slice) { _, key in
                body(key & keyBits | UInt64(number))
            }
        }
    }

    /// Where each run's keys of each bucket start, run after run (`counts.count` times the
    /// buckets): the buckets in order, and in each the runs in order. Three passes of one
    /// plain loop each over flat arrays (no array of arrays written element by element).
    private static func starts(_ counts: [[Int32]]) -> [Int32] {
        let (runs, buckets) = (counts.count, counts[0].count)
        return [Int32](unsafeUninitializedCapacity: runs * buckets) { starts, written in
            // The first run's: the running total of each bucket's keys of all runs …
            UnsafeMutableBufferPointer(rebasing: starts[0..<buckets]).initialize(repeating: 0)
            for run in 0..<runs {
                counts[run].withUnsafeBufferPointer { counts in
                    for bucket in 0..<buckets { starts[bucket] &+= counts[bucket] }
                }
            }
            var total: Int32 = 0
            for bucket in 0..<buckets { (starts[bucket], total) = (total, total &+ starts[bucket]) }
            // … and each later run's follow the run before it.
            for run in 1..<max(1, runs) {
                counts[run - 1].withUnsafeBufferPointer { counts in
                    for bucket in 0..<buckets { starts[run * buckets + bucket] = starts[(run - 1) * buckets + bucket] &+ counts[bucket] }
                }
            }
            written = runs * buckets
        }
    }

    // MARK: Pairs

    /// The pairs similar enough to report among the groups of equal keys in `sorted`, in the
    /// order met (a pair met twice is kept once, where first met).
    private static func pairs(in sorted: UnsafeBufferPointer<UInt64>, places: [Place], digests: [Digest], placeBits: Int, threshold: Double) -> [Found] {
        let placeMask: UInt64 = (1 << placeBits) - 1, keyBits = ~placeMask
        let largest = 2 * boilerplateFiles
        var finder = PairFinder(threshold: threshold)
        withUnsafeTemporaryAllocation(of: Member.self, capacity: largest) { members in
            var groupStart = 0
            while groupStart < sorted.count {
                let group = sorted[groupStart] & keyBits
                var groupEnd = groupStart + 1
                while groupEnd < sorted.count, sorted[groupEnd] & keyBits == group { groupEnd += 1 }
                defer { groupStart = groupEnd }
                let size = groupEnd - groupStart
                guard size > 1, size <= largest else { continue }
                // Each member's place and signature read once, for the n(n-1)/2 pairs of the group.
                for member in 0..<size {
                    let place = places[Int(sorted[groupStart + member] & placeMask)]
                    members.initializeElement(at: member, to: Member(place: place, signature: digests[Int(place.file)].signature(Int(place.entry))))
                }
                for i in 0..<size {
                    for j in (i + 1)..<size where members[i].place.file != members[j].place.file {
                        // Most pairs meet in a band by chance (two equal values of sixteen); a near
                        // repeat agrees in most of them. Checked before anything else is read.
                        guard agreement(members[i].signature, members[j].signature) >= leastAgreement else { continue }
                        finder.compare(members[i].place, members[j].place, digests)
                    }
                }
            }
        }
        return finder.found
    }

    /// A place of a band group with its signature.
    private struct Member {
        var place: Place
        var signature: ParagraphFingerprint.Signature
    }

    /// The pairs that agree enough to compare, kept apart from the loop over the groups: few
    /// get here, and the loop keeps its values in registers.
    private struct PairFinder {
        let threshold: Double
        private(set) var found: [Found] = []
        // Few pairs get here, so the table starts small and grows (sized for every key, it was
        // tens of megabytes of untouched pages).
        private var seenPairs = HashIndex(capacity: 1024)

        init(threshold: Double) { self.threshold = threshold }

        /// Compares two places, the earlier first, unless they were compared before.
        @inline(never)
        mutating func compare(_ first: Place, _ second: Place, _ digests: [Digest]) {
            let a = (file: Int(first.file), entry: Int(first.entry))
            let b = (file: Int(second.file), entry: Int(second.entry))
            let pair = DuplicateParagraphRule.pairKey(a, b)
            guard seenPairs.insert(pair) else { return }
            let sameText = digests[a.file].textHashes[a.entry] == digests[b.file].textHashes[b.entry]
            guard let similarity = sameText ? 1 : self.similarity(first, second, digests), similarity >= threshold else { return }
            found.append(Found(pair: pair, match: Match(first: a, second: b, similarity: similarity)))
        }

        /// Dice similarity of two places' bigram sets when it reaches the threshold, else nil.
        private func similarity(_ first: Place, _ second: Place, _ digests: [Digest]) -> Double? {
            digests[Int(first.file)].bigrams(Int(first.entry)).withUnsafeBufferPointer { a in
                digests[Int(second.file)].bigrams(Int(second.entry)).withUnsafeBufferPointer { b in
                    // The longer list second: the one whose reading stops once the threshold is out of reach.
                    a.count <= b.count ? ParagraphFingerprint.setSimilarity(a, b, atLeast: threshold)
                                       : ParagraphFingerprint.setSimilarity(b, a, atLeast: threshold)
                }
            }
        }
    }

    // MARK: Report

    /// Keeps the pairs of files where one repeats a good share of the other's clauses, and
    /// reports each place once.
    private func report(_ matches: [Match], _ digests: [Digest], severity: Severity) -> [Diagnostic] {
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
            let digest = digests[Int(key >> 32)], index = Int(key & 0xFFFF_FFFF)
            let path = digest.path, entry = digest.entries[index]
            let there = (path: digests[choice.there.file].path, entry: digests[choice.there.file].entries[choice.there.entry])
            let message = Message.otherFile(there.entry.clause, path: there.path, line: there.entry.start.line, exact: choice.similarity >= 1)
            diagnostics.append(Diagnostic(rule: Self.description.id, severity: severity, message: message, path: path,
                                          range: entry.range, start: entry.start, end: entry.end, printedLine: digest.printedLine(index),
                                          clause: entry.clause, context: BaselineKey.compactContext(hash: digest.textHashes[index])))
        }
        return diagnostics.sortedInReportOrder()
    }

    // MARK: Types

    /// A clause of one file: the file's number in the run and the entry's in its digest.
    private struct Place: Sendable {
        var file: Int32
        var entry: Int32
    }

    /// Two clauses of different files and their similarity.
    private struct Match: Sendable {
        var first: (file: Int, entry: Int)
        var second: (file: Int, entry: Int)
        var similarity: Double
    }

    /// A pair of clauses across files similar enough to report. (A pair's similarity is the
    /// same wherever it is met, so pairs below the threshold need no record.)
    private struct Found: Sendable {
        var pair: UInt64
        var match: Match
    }

    /// In how many files each text occurs: one slot per distinct text, with its count of
    /// files and the last file it was seen in, probed in place (open addressing, at most
    /// two thirds full, sized once). Slots of 12 bytes, where a 64-bit text field padded them
    /// to 16: these tables are among the largest memory of the run's end.
    private struct FileCounts: Sendable {
        private struct Slot: Sendable {
            var lowText: UInt32, highText: UInt32
            /// The last file the text was seen in, times 8, plus its count of files (0: an
            /// empty slot), which stops at 7: above `boilerplateFiles`, how many more is moot.
            var fileAndCount: UInt32

            var text: UInt64 { UInt64(highText) << 32 | UInt64(lowText) }
            var files: Int { Int(fileAndCount & 7) }
            var lastFile: UInt32 { fileAndCount >> 3 }
        }

        private var slots: [Slot]
        private let shift: UInt64

        /// Room for `capacity` distinct texts.
        init(capacity: Int) {
            precondition(boilerplateFiles < 7, "the count of files stops at 7")
            var bits = 4
            while 2 * (1 << bits) < 3 * capacity { bits += 1 }
            slots = Array(repeating: Slot(lowText: 0, highText: 0, fileAndCount: 0), count: 1 << bits)
            shift = UInt64(64 - bits)
        }

        /// The slot of `text`, or the empty one it would take.
        @inline(__always)
        private static func slot(_ text: UInt64, _ slots: UnsafeBufferPointer<Slot>, _ shift: UInt64) -> Int {
            let mask = slots.count &- 1
            // Fibonacci hashing, as in HashIndex: the top bits of the product pick the slot.
            var index = Int(truncatingIfNeeded: (text &* 0x9E37_79B9_7F4A_7C15) &>> shift)
            while slots[index].fileAndCount != 0, slots[index].text != text { index = (index &+ 1) & mask }
            return index
        }

        /// Counts `text` in `file`; files must come in order (fewer than 2^29), and at most `capacity` texts.
        mutating func seen(_ text: UInt64, inFile file: Int32) {
            precondition(file >= 0 && file < 1 << 29, "file number out of range")
            let shift = self.shift, file = UInt32(file)
            slots.withUnsafeMutableBufferPointer { slots in
                let index = Self.slot(text, UnsafeBufferPointer(slots), shift)
                let slot = slots[index]
                if slot.fileAndCount == 0 {
                    slots[index] = Slot(lowText: UInt32(truncatingIfNeeded: text), highText: UInt32(truncatingIfNeeded: text >> 32),
                                        fileAndCount: file << 3 | 1)
                } else if slot.lastFile != file {
                    slots[index].fileAndCount = file << 3 | UInt32(min(slot.files + 1, 7))
                }
            }
        }

        /// In how many files `text` was seen (7 for any more than 6).
        func files(_ text: UInt64) -> Int {
            slots.withUnsafeBufferPointer { slots in slots[Self.slot(text, slots, shift)].files }
        }
    }
}
