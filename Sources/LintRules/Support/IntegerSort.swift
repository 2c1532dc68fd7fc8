/// Sorts 64-bit integers faster than the standard (stable, merging) sort, which duplicate
/// detection calls once for every paragraph and once for millions of band keys:
/// insertion sort for a few values, quicksort for hundreds, radix sort beyond.
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

    /// Least significant digit first: four passes of 16 bits, linear in the count.
    private static func radixSort(_ values: inout [UInt64]) {
        var scratch = [UInt64](repeating: 0, count: values.count)
        var counts = [Int](repeating: 0, count: 1 << 16)
        for shift in stride(from: UInt64(0), to: 64, by: 16) {
            values.withUnsafeBufferPointer { source in
                scratch.withUnsafeMutableBufferPointer { target in
                    counts.withUnsafeMutableBufferPointer { counts in
                        for index in counts.indices { counts[index] = 0 }
                        for value in source { counts[Int(truncatingIfNeeded: (value >> shift) & 0xFFFF)] += 1 }
                        // Counts become each digit's first place in the target.
                        var place = 0
                        for digit in counts.indices {
                            let count = counts[digit]
                            counts[digit] = place
                            place += count
                        }
                        for value in source {
                            let digit = Int(truncatingIfNeeded: (value >> shift) & 0xFFFF)
                            target[counts[digit]] = value
                            counts[digit] += 1
                        }
                    }
                }
            }
            swap(&values, &scratch)
        }
    }
}
