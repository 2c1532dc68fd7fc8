/// Reads entries of a ZIP archive held in memory: the end-of-central-directory record
/// (and its ZIP64 form), the central directory, and stored or deflated entries with
/// their CRC-32 checked. Every offset is bounds-checked; nothing is written to disk.
public struct ZipArchive: Sendable {
    public struct Failure: Error, CustomStringConvertible, Equatable, Sendable {
        public let description: String
    }

    public struct Entry: Sendable, Equatable {
        public let name: String
        let method: Int
        let flags: Int
        let crc: UInt32
        let compressedSize: Int
        let uncompressedSize: Int
        let localHeaderOffset: Int
    }

    let bytes: [UInt8]
    public let entries: [Entry]

    public init(bytes: [UInt8]) throws {
        self.bytes = bytes
        let eocd = try Self.findEndOfCentralDirectory(bytes)
        var count = Int(Self.u16(bytes, eocd + 10))
        var size = Int(Self.u32(bytes, eocd + 12))
        var offset = Int(Self.u32(bytes, eocd + 16))
        // ZIP64: the real values are in the ZIP64 end record, found through its locator.
        if count == 0xFFFF || size == 0xFFFFFFFF || offset == 0xFFFFFFFF, eocd >= 20, Self.u32(bytes, eocd - 20) == 0x07064b50 {
            let record = Int(clamping: Self.u64(bytes, eocd - 12))
            guard record >= 0, record + 56 <= bytes.count, Self.u32(bytes, record) == 0x06064b50 else {
                throw Failure(description: "the ZIP64 end-of-central-directory record is missing or damaged")
            }
            count = Int(clamping: Self.u64(bytes, record + 32))
            size = Int(clamping: Self.u64(bytes, record + 40))
            offset = Int(clamping: Self.u64(bytes, record + 48))
        }
        guard offset >= 0, size >= 0, offset <= bytes.count, size <= bytes.count - offset else {
            throw Failure(description: "the central directory lies outside the file (truncated or damaged ZIP)")
        }
        guard count <= size / 46 + 1 else { throw Failure(description: "the central directory claims more entries than it can hold") }
        var entries: [Entry] = []
        var cursor = offset
        for _ in 0..<count {
            guard cursor + 46 <= offset + size, Self.u32(bytes, cursor) == 0x02014b50 else {
                throw Failure(description: "damaged central directory entry")
            }
            let flags = Int(Self.u16(bytes, cursor + 8))
            let method = Int(Self.u16(bytes, cursor + 10))
            let crc = Self.u32(bytes, cursor + 16)
            var compressed = Int(Self.u32(bytes, cursor + 20))
            var uncompressed = Int(Self.u32(bytes, cursor + 24))
            let nameLength = Int(Self.u16(bytes, cursor + 28))
            let extraLength = Int(Self.u16(bytes, cursor + 30))
            let commentLength = Int(Self.u16(bytes, cursor + 32))
            var local = Int(Self.u32(bytes, cursor + 42))
            let nameStart = cursor + 46
            guard nameStart + nameLength + extraLength + commentLength <= offset + size else {
                throw Failure(description: "damaged central directory entry")
            }
            let name = String(decoding: bytes[nameStart..<(nameStart + nameLength)], as: UTF8.self)
            // ZIP64 extended information: 64-bit sizes and offset, for the fields marked 0xFFFFFFFF.
            var extra = nameStart + nameLength
            let extraEnd = extra + extraLength
            while extra + 4 <= extraEnd {
                let id = Self.u16(bytes, extra), length = Int(Self.u16(bytes, extra + 2))
                if id == 0x0001 {
                    var field = extra + 4
                    if uncompressed == 0xFFFFFFFF, field + 8 <= extraEnd { uncompressed = Int(clamping: Self.u64(bytes, field)); field += 8 }
                    if compressed == 0xFFFFFFFF, field + 8 <= extraEnd { compressed = Int(clamping: Self.u64(bytes, field)); field += 8 }
                    if local == 0xFFFFFFFF, field + 8 <= extraEnd { local = Int(clamping: Self.u64(bytes, field)) }
                }
                extra += 4 + length
            }
            entries.append(Entry(name: name, method: method, flags: flags, crc: crc, compressedSize: compressed,
                                 uncompressedSize: uncompressed, localHeaderOffset: local))
            cursor = nameStart + nameLength + extraLength + commentLength
        }
        self.entries = entries
    }

    public var entryNames: [String] { entries.map(\.name) }
    public func contains(_ name: String) -> Bool { entries.contains { $0.name == name } }

    /// The uncompressed bytes of entry `name`, refusing more than `maxSize` bytes or a
    /// compression ratio above `maxRatio`.
    public func read(_ name: String, maxSize: Int = 64 << 20, maxRatio: Int = 200) throws -> [UInt8] {
        guard let entry = entries.first(where: { $0.name == name }) else { throw Failure(description: "the archive has no entry '\(name)'") }
        guard entry.flags & 1 == 0 else { throw Failure(description: "entry '\(name)' is encrypted") }
        guard entry.uncompressedSize <= maxSize else {
            throw Failure(description: "entry '\(name)' would be \(entry.uncompressedSize) bytes, more than the limit of \(maxSize)")
        }
        let header = entry.localHeaderOffset
        guard header >= 0, header + 30 <= bytes.count, Self.u32(bytes, header) == 0x04034b50 else {
            throw Failure(description: "the local header of '\(name)' is missing or lies outside the file")
        }
        let start = header + 30 + Int(Self.u16(bytes, header + 26)) + Int(Self.u16(bytes, header + 28))
        guard entry.compressedSize >= 0, start <= bytes.count, entry.compressedSize <= bytes.count - start else {
            throw Failure(description: "the data of '\(name)' runs past the end of the file (truncated ZIP)")
        }
        let data = Array(bytes[start..<(start + entry.compressedSize)])
        let output: [UInt8]
        switch entry.method {
        case 0:
            output = data
        case 8:
            do {
                output = try Inflate.inflate(data, maxOutput: min(maxSize, entry.uncompressedSize), maxRatio: maxRatio)
            } catch let failure as Inflate.Failure {
                throw Failure(description: "entry '\(name)': \(failure.description)")
            }
        default:
            throw Failure(description: "entry '\(name)' uses compression method \(entry.method), which clauselint does not read")
        }
        guard output.count == entry.uncompressedSize else {
            throw Failure(description: "entry '\(name)' is \(output.count) bytes, not the \(entry.uncompressedSize) its header says")
        }
        guard CRC32.checksum(output) == entry.crc else { throw Failure(description: "entry '\(name)' fails its CRC-32 check (damaged file)") }
        return output
    }

    static func findEndOfCentralDirectory(_ bytes: [UInt8]) throws -> Int {
        guard bytes.count >= 22 else { throw Failure(description: "the file is too short to be a ZIP archive") }
        let lowest = max(0, bytes.count - 22 - 65535)
        var index = bytes.count - 22
        while index >= lowest {
            if bytes[index] == 0x50, bytes[index + 1] == 0x4B, bytes[index + 2] == 0x05, bytes[index + 3] == 0x06 { return index }
            index -= 1
        }
        throw Failure(description: "not a ZIP archive (no end-of-central-directory record)")
    }

    static func u16(_ bytes: [UInt8], _ at: Int) -> UInt16 {
        guard at >= 0, at + 2 <= bytes.count else { return 0 }
        return UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8
    }

    static func u32(_ bytes: [UInt8], _ at: Int) -> UInt32 {
        guard at >= 0, at + 4 <= bytes.count else { return 0 }
        return UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2]) << 16 | UInt32(bytes[at + 3]) << 24
    }

    static func u64(_ bytes: [UInt8], _ at: Int) -> UInt64 {
        UInt64(u32(bytes, at)) | UInt64(u32(bytes, at + 4)) << 32
    }
}
