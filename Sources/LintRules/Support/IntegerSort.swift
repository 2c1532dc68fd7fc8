/// Sorts 64-bit integers faster than the standard (stable, merging) sort, which duplicate
/// detection calls once for every compared paragraph: insertion sort for a few values,
/// quicksort for hundreds, a radix pass beyond. The cross-file pass sorts its millions of
/// band keys with a counting pass of its own and `sortBucket` for each bucket.
enum IntegerSort {
    static func sort(_ values: inout [UInt64]) {
        if values.count > 4096 {
            radixSort(&values)
        } else {
            values.withUnsafeMutableBufferPointer { buffer in
                var depth = 2 * (Int.bitWidth - buffer.count.leadingZeroBitCount)
                quicksort(buffer, 0, buffer.count, depth: &depth)
            }
        }
    }

    /// Sorts `buffer[low..<high]`. Hashes are not chosen by anyone, but text is: past a depth
    /// limit the standard sort takes over, so no input makes this quadratic.
    private static func quicksort(_ buffer: UnsafeMutableBufferPointer<UInt64>, _ low: Int, _ high: Int, depth: inout Int) {
        var low = low, high = high
        while high - low > 16 {
            guard depth > 0 else {
                var range = UnsafeMutableBufferPointer(rebasing: buffer[low..<high])
                range.sort()
                return
            }
            depth -= 1
            let middle = low + (high - low) / 2
            let pivot = median(buffer[low], buffer[middle], buffer[high - 1])
            var i = low, j = high - 1
            while i <= j {
                while buffer[i] < pivot { i += 1 }
                while buffer[j] > pivot { j -= 1 }
                if i <= j {
                    buffer.swapAt(i, j)
                    i += 1
                    j -= 1
                }
            }
            // The smaller side by recursion, the larger by the loop: the stack stays shallow.
            if j + 1 - low < high - i {
                quicksort(buffer, low, j + 1, depth: &depth)
                low = i
            } else {
                quicksort(buffer, i, high, depth: &depth)
                high = j + 1
            }
        }
        insertionSort(buffer, low, high)
    }

    /// Plain insertion sort, for the few values quicksort leaves: no budget can run out.
    @inline(__always)
    private static func insertionSort(_ buffer: UnsafeMutableBufferPointer<UInt64>, _ low: Int, _ high: Int) {
        _ = insertionSort(buffer, low, high, moves: .max)
    }

    private static func median(_ a: UInt64, _ b: UInt64, _ c: UInt64) -> UInt64 {
        max(min(a, b), min(max(a, b), c))
    }

    /// Most significant digit first: one counting pass puts each value in the bucket of its
    /// top bits (after those all values share), then each bucket is sorted in place. Hashes spread evenly, so
    /// a bucket holds a handful of values; a crowded one is still sorted in n log n.
    private static func radixSort(_ values: inout [UInt64]) {
        let bits = digitBits(values.count)
        let first = values[0]
        let differing = values.reduce(0) { $0 | ($1 ^ first) }
        let shift = UInt64(max(0, 64 - differing.leadingZeroBitCount - bits))
        let mask = (1 << bits) - 1
        // Each bucket's next free place: its start after the counting, its end after the scatter.
        var next = [Int](repeating: 0, count: 1 << bits)
        let sorted = [UInt64](unsafeUninitializedCapacity: values.count) { target, written in
            values.withUnsafeBufferPointer { source in
                next.withUnsafeMutableBufferPointer { next in
                    for value in source { next[Int(truncatingIfNeeded: value >> shift) & mask] += 1 }
                    var total = 0
                    for digit in next.indices {
                        let count = next[digit]
                        next[digit] = total
                        total += count
                    }
                    for value in source {
                        let digit = Int(truncatingIfNeeded: value >> shift) & mask
                        target.initializeElement(at: next[digit], to: value)
                        next[digit] += 1
                    }
                    var start = 0
                    for end in next {
                        sortBucket(target, start, end)
                        start = end
                    }
                }
            }
            written = values.count
        }
        values = sorted
    }

    /// Sorts `buffer[start..<end]`, one bucket of a pass on the top bits: most hold a few
    /// values, sorted where they are, with no call. A crowded one is mostly in order already
    /// (a large group of equal band keys, in the order of their places, and a few others):
    /// insertion sort, which moves few values then, unless it has moved too many.
    @inline(__always)
    static func sortBucket(_ buffer: UnsafeMutableBufferPointer<UInt64>, _ start: Int, _ end: Int) {
        if end - start <= 16 {
            insertionSort(buffer, start, end)
        } else if !insertionSort(buffer, start, end, moves: 8 * (end - start)) {
            var depth = 2 * (Int.bitWidth - (end - start).leadingZeroBitCount)
            quicksort(buffer, start, end, depth: &depth)
        }
    }

    /// Insertion sort that gives up (false, the values still all there, in some order) after
    /// `moves` moves: the cost stays linear whatever the order.
    @inline(__always)
    private static func insertionSort(_ buffer: UnsafeMutableBufferPointer<UInt64>, _ low: Int, _ high: Int, moves: Int) -> Bool {
        var budget = moves
        for index in (low + 1)..<max(low + 1, high) {
            let value = buffer[index]
            var place = index
            while place > low, buffer[place - 1] > value {
                buffer[place] = buffer[place - 1]
                place -= 1
                budget -= 1
            }
            buffer[place] = value
            if budget < 0 { return false }
        }
        return true
    }

    /// Bits of the first digit: about a quarter as many buckets as values (a few values
    /// each), from 2^10 up to 2^16. Buckets beyond that are counters to clear and scan, and
    /// caches to miss, for no values.
    static func digitBits(_ count: Int) -> Int {
        min(16, max(10, Int.bitWidth - count.leadingZeroBitCount - 2))
    }
}
