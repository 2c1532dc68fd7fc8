/// DEFLATE decompression (RFC 1951): stored, fixed-Huffman and dynamic-Huffman blocks.
/// Canonical Huffman codes are decoded the way zlib's `puff` does, bit by bit from
/// code-length counts, which keeps the decoder small and every step bounds-checked.
/// Output is capped while inflating, so a ZIP bomb stops early.
public enum Inflate {
    public struct Failure: Error, CustomStringConvertible, Equatable, Sendable {
        public let description: String
    }

    /// Inflates raw DEFLATE data. Throws when the data is malformed, or when the output
    /// would pass `maxOutput` bytes or `maxRatio` times the input size.
    public static func inflate(_ input: [UInt8], maxOutput: Int, maxRatio: Int = 1000) throws -> [UInt8] {
        var state = State(input: input, limit: min(maxOutput, max(input.count, 1024) &* maxRatio))
        state.output.reserveCapacity(min(state.limit, input.count * 4 + 64))
        var last = false
        repeat {
            last = try state.bits(1) == 1
            switch try state.bits(2) {
            case 0: try state.stored()
            case 1: try state.codes(Huffman.fixedLengths, Huffman.fixedDistances)
            case 2: try state.dynamic()
            default: throw Failure(description: "invalid block type 3")
            }
        } while !last
        return state.output
    }

    /// A canonical Huffman code: how many codes of each length, and the symbols in code order.
    struct Huffman {
        var count = [Int](repeating: 0, count: 16)
        var symbol: [Int]

        /// Builds the code; returns nil for an over-subscribed code, and reports whether it is incomplete.
        init?(lengths: ArraySlice<Int>, incomplete: inout Bool) {
            symbol = [Int](repeating: 0, count: lengths.count)
            for length in lengths { count[length] += 1 }
            var left = 1
            for length in 1...15 {
                left <<= 1
                left -= count[length]
                if left < 0 { return nil }
            }
            incomplete = left > 0 && count[0] != lengths.count
            var offsets = [Int](repeating: 0, count: 16)
            for length in 1..<15 { offsets[length + 1] = offsets[length] + count[length] }
            for (index, length) in lengths.enumerated() where length != 0 {
                symbol[offsets[length]] = index
                offsets[length] += 1
            }
        }

        static let fixedLengths: Huffman = {
            var lengths = [Int](repeating: 8, count: 288)
            for index in 144..<256 { lengths[index] = 9 }
            for index in 256..<280 { lengths[index] = 7 }
            var incomplete = false
            return Huffman(lengths: lengths[...], incomplete: &incomplete)!
        }()

        static let fixedDistances: Huffman = {
            var incomplete = false
            return Huffman(lengths: [Int](repeating: 5, count: 30)[...], incomplete: &incomplete)!
        }()
    }

    static let lengthBase = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]
    static let lengthExtra = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
    static let distanceBase = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073,
                               4097, 6145, 8193, 12289, 16385, 24577]
    static let distanceExtra = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]
    static let codeLengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

    struct State {
        let input: [UInt8]
        let limit: Int
        var position = 0
        var bitBuffer: UInt64 = 0
        var bitCount = 0
        var output: [UInt8] = []

        init(input: [UInt8], limit: Int) {
            self.input = input
            self.limit = limit
        }

        mutating func bits(_ needed: Int) throws -> Int {
            while bitCount < needed {
                guard position < input.count else { throw Failure(description: "compressed data ends too early") }
                bitBuffer |= UInt64(input[position]) << UInt64(bitCount)
                position += 1
                bitCount += 8
            }
            let value = Int(bitBuffer & ((1 << UInt64(needed)) - 1))
            bitBuffer >>= UInt64(needed)
            bitCount -= needed
            return value
        }

        mutating func reserve(_ count: Int) throws {
            if output.count + count > limit {
                throw Failure(description: "decompressed data exceeds the limit of \(limit) bytes (a ZIP bomb?)")
            }
        }

        mutating func stored() throws {
            bitBuffer = 0
            bitCount = 0
            guard position + 4 <= input.count else { throw Failure(description: "stored block header ends too early") }
            let length = Int(input[position]) | Int(input[position + 1]) << 8
            let complement = Int(input[position + 2]) | Int(input[position + 3]) << 8
            guard length == ~complement & 0xFFFF else { throw Failure(description: "stored block length does not match its complement") }
            position += 4
            guard position + length <= input.count else { throw Failure(description: "stored block ends too early") }
            try reserve(length)
            output.append(contentsOf: input[position..<(position + length)])
            position += length
        }

        mutating func decode(_ code: Huffman) throws -> Int {
            var value = 0, first = 0, index = 0
            for length in 1...15 {
                value |= try bits(1)
                let count = code.count[length]
                if value - count < first { return code.symbol[index + (value - first)] }
                index += count
                first += count
                first <<= 1
                value <<= 1
            }
            throw Failure(description: "invalid Huffman code")
        }

        mutating func codes(_ lengths: Huffman, _ distances: Huffman) throws {
            while true {
                let symbol = try decode(lengths)
                if symbol < 256 {
                    try reserve(1)
                    output.append(UInt8(symbol))
                } else if symbol == 256 {
                    return
                } else {
                    let index = symbol - 257
                    guard index < 29 else { throw Failure(description: "invalid length code \(symbol)") }
                    let length = Inflate.lengthBase[index] + (try bits(Inflate.lengthExtra[index]))
                    let distanceSymbol = try decode(distances)
                    guard distanceSymbol < 30 else { throw Failure(description: "invalid distance code \(distanceSymbol)") }
                    let distance = Inflate.distanceBase[distanceSymbol] + (try bits(Inflate.distanceExtra[distanceSymbol]))
                    guard distance <= output.count else { throw Failure(description: "distance \(distance) reaches before the start of the data") }
                    try reserve(length)
                    let start = output.count - distance
                    if distance >= length {
                        output.append(contentsOf: output[start..<(start + length)])
                    } else {
                        for offset in 0..<length { output.append(output[start + offset]) }
                    }
                }
            }
        }

        mutating func dynamic() throws {
            let literalCount = try bits(5) + 257
            let distanceCount = try bits(5) + 1
            let codeLengthCount = try bits(4) + 4
            guard literalCount <= 286, distanceCount <= 30 else { throw Failure(description: "too many length or distance codes") }
            var lengths = [Int](repeating: 0, count: 320)
            for index in 0..<codeLengthCount { lengths[Inflate.codeLengthOrder[index]] = try bits(3) }
            var incomplete = false
            guard let lengthCode = Huffman(lengths: lengths[0..<19], incomplete: &incomplete), !incomplete else {
                throw Failure(description: "invalid code-length code")
            }
            var index = 0
            while index < literalCount + distanceCount {
                let symbol = try decode(lengthCode)
                if symbol < 16 {
                    lengths[index] = symbol
                    index += 1
                    continue
                }
                var value = 0
                var repeatCount: Int
                switch symbol {
                case 16:
                    guard index > 0 else { throw Failure(description: "repeat with no previous length") }
                    value = lengths[index - 1]
                    repeatCount = 3 + (try bits(2))
                case 17: repeatCount = 3 + (try bits(3))
                default: repeatCount = 11 + (try bits(7))
                }
                guard index + repeatCount <= literalCount + distanceCount else { throw Failure(description: "too many code lengths") }
                for _ in 0..<repeatCount { lengths[index] = value; index += 1 }
            }
            guard lengths[256] != 0 else { throw Failure(description: "no end-of-block code") }
            var literalIncomplete = false
            guard let literals = Huffman(lengths: lengths[0..<literalCount], incomplete: &literalIncomplete),
                  !literalIncomplete || literalCount - literals.count[0] == 1 else {
                throw Failure(description: "invalid literal/length code")
            }
            var distanceIncomplete = false
            guard let distances = Huffman(lengths: lengths[literalCount..<(literalCount + distanceCount)], incomplete: &distanceIncomplete),
                  !distanceIncomplete || distanceCount - distances.count[0] == 1 else {
                throw Failure(description: "invalid distance code")
            }
            try codes(literals, distances)
        }
    }
}
