/// Sorts 64-bit integers by their bytes, least significant digit first: four passes of
/// 16 bits, linear in the count. The cross-file duplicate pass sorts millions of band
/// keys on one thread, where a comparison sort costs several times as much.
enum RadixSort {
    static func sort(_ values: inout [UInt64]) {
        guard values.count > 4096 else { values.sort(); return }
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
