/// Builds finding messages from parts with one allocation and one copy of each part:
/// interpolation and `+=` grow the string step by step, several times the cost, on every finding.
enum MessageText {
    static func joined(_ parts: String...) -> String {
        var count = 0
        for part in parts { count += part.utf8.count }
        return String(unsafeUninitializedCapacity: count) { buffer in
            var offset = 0
            for var part in parts {
                part.withUTF8 { bytes in
                    // `count` was summed over these same parts, so each fits.
                    _ = UnsafeMutableBufferPointer(rebasing: buffer[offset..<(offset + bytes.count)]).initialize(fromContentsOf: bytes)
                    offset += bytes.count
                }
            }
            return offset
        }
    }
}
