/// Sorts 64-bit integers faster than the standard (stable, merging) sort, which duplicate
/// detection calls once for every paragraph and once for millions of band keys:
/// insertion sort for a few values, quicksort for hundreds, a radix pass beyond.
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
        for index in (low + 1)..<max(low + 1, high) {
            let value = buffer[index]
            var place = index
            while place > low, buffer[place - 1] > value {
                buffer[place] = buffer[place - 1]
                place -= 1
            }
            buffer[place] = value
        }
    }

    private static func median(_ a: UInt64, _ b: UInt64, _ c: UInt64) -> UInt64 {
        max(min(a, b), min(max(a, b), c))
    }

    /// Most significant digit first: one counting pass puts each value in the bucket of its
    /// top 16 bits, then each bucket is sorted in place. Hashes spread evenly, so a bucket
    /// holds a handful of values; a crowded one is still sorted in n log n.
    private static func radixSort(_ values: inout [UInt64]) {
        var sorted = [UInt64](repeating: 0, count: values.count)
        var starts = [Int](repeating: 0, count: (1 << 16) + 1)
        values.withUnsafeBufferPointer { source in
            sorted.withUnsafeMutableBufferPointer { target in
                starts.withUnsafeMutableBufferPointer { starts in
                    for value in source { starts[Int(value >> 48) + 1] += 1 }
                    for digit in 1..<starts.count { starts[digit] += starts[digit - 1] }
                    var next = Array(starts.dropLast())
                    for value in source {
                        let digit = Int(value >> 48)
                        target[next[digit]] = value
                        next[digit] += 1
                    }
                    for digit in 0..<(starts.count - 1) where starts[digit + 1] - starts[digit] > 1 {
                        var depth = 2 * (Int.bitWidth - (starts[digit + 1] - starts[digit]).leadingZeroBitCount)
                        quicksort(target, starts[digit], starts[digit + 1], depth: &depth)
                    }
                }
            }
        }
        values = sorted
    }
}
