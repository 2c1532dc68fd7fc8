/// Makes input valid UTF-8: invalid sequences become U+FFFD, and the first one is
/// reported once, so that no text is silently lost or misplaced.
public enum UTF8Repair {
    public static func repair(_ bytes: [UInt8]) -> ([UInt8], [ReaderNote]) {
        var firstBad: Int?
        var index = 0
        let count = bytes.count
        // Fastest path: all ASCII, eight bytes at a time.
        if bytes.withUnsafeBufferPointer(ByteSearch.isASCII) { return (bytes, []) }
        // Fast path: validate without copying.
        while index < count {
            let length = sequenceLength(bytes, index)
            if length == 0 { firstBad = index; break }
            index += length
        }
        guard let firstBad else { return (bytes, []) }
        var output = [UInt8](bytes[0..<firstBad])
        output.reserveCapacity(count + 16)
        var invalid = 0
        index = firstBad
        while index < count {
            let length = sequenceLength(bytes, index)
            if length == 0 {
                output.append(contentsOf: [0xEF, 0xBF, 0xBD])
                invalid += 1
                index += 1
            } else {
                output.append(contentsOf: bytes[index..<(index + length)])
                index += length
            }
        }
        let note = ReaderNote(message: "the file is not valid UTF-8: \(invalid) invalid byte\(invalid == 1 ? "" : "s") replaced with U+FFFD (first at byte \(firstBad))",
                              offset: firstBad, isError: false)
        return (output, [note])
    }

    /// Length of the valid UTF-8 sequence at `index`, or 0 when it is invalid.
    @inline(__always)
    static func sequenceLength(_ bytes: [UInt8], _ index: Int) -> Int {
        let first = bytes[index]
        if first < 0x80 { return first == 0 ? 1 : 1 }
        let count = bytes.count
        func continuation(_ offset: Int) -> Bool {
            index + offset < count && bytes[index + offset] & 0xC0 == 0x80
        }
        switch first {
        case 0xC2...0xDF:
            return continuation(1) ? 2 : 0
        case 0xE0:
            return continuation(1) && bytes[index + 1] >= 0xA0 && continuation(2) ? 3 : 0
        case 0xE1...0xEC, 0xEE...0xEF:
            return continuation(1) && continuation(2) ? 3 : 0
        case 0xED:
            return continuation(1) && bytes[index + 1] < 0xA0 && continuation(2) ? 3 : 0
        case 0xF0:
            return continuation(1) && bytes[index + 1] >= 0x90 && continuation(2) && continuation(3) ? 4 : 0
        case 0xF1...0xF3:
            return continuation(1) && continuation(2) && continuation(3) ? 4 : 0
        case 0xF4:
            return continuation(1) && bytes[index + 1] < 0x90 && continuation(2) && continuation(3) ? 4 : 0
        default:
            return 0
        }
    }
}
