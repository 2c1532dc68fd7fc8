import Foundation

/// Reads a file (or standard input) into a parsed `Document`, choosing the reader
/// by extension. Failures come back as `LoadError` with a message for the user.
public struct DocumentLoader: Sendable {
    public let builder: ClauseTreeBuilder
    /// Inputs larger than this are refused rather than read into memory.
    /// (A 50 MB draft peaks near 600 MB; 64 MB keeps any single file under 1 GiB.)
    public var maximumFileSize = 64 << 20
    /// Lines a text or Markdown file may have: the reader keeps a record of every line
    /// before it forms paragraphs (about 85 bytes each). A 64 MB file of 70-byte lines has 960,000.
    public var maximumLines = 1_000_000
    /// Paragraphs a file may have (see `ReadResult.maximumBlocks`).
    public var maximumBlocks = ReadResult.maximumBlocks

    public init(builder: ClauseTreeBuilder = ClauseTreeBuilder()) {
        self.builder = builder
    }

    public struct LoadError: Error, CustomStringConvertible, Sendable {
        public let message: String
        public init(message: String) { self.message = message }
        public var description: String { message }
    }

    /// Reads and parses the file at `path`.
    public func load(path: String) throws -> Document {
        guard let format = DocumentFormat.forPath(path) else {
            throw LoadError(message: "unsupported file type (clauselint reads .md, .markdown, .txt, .html, .htm, .docx, .odt)")
        }
        let data: Data
        do {
            // One stat(2) of what a symbolic link points to (a link to a draft is read as the
            // draft): Foundation's attributes cost far more (owner names, a dictionary of Any).
            var info = stat()
            guard stat(path, &info) == 0 else {
                throw LoadError(message: "cannot read file: it does not exist (a broken symbolic link?)")
            }
            // A pipe or device would block or never end: only regular files are read.
            let type = info.st_mode & S_IFMT
            if type != S_IFREG {
                throw LoadError(message: type == S_IFDIR ? "is a folder, not a file" : "not a regular file (a pipe, socket or device), not read")
            }
            let size = Int(info.st_size)
            if size > maximumFileSize {
                throw LoadError(message: "file is \(size >> 20) MB, larger than the limit of \(maximumFileSize >> 20) MB")
            }
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch let error as LoadError {
            throw error
        } catch {
            throw LoadError(message: "cannot read file: \(Self.describe(error))")
        }
        // Copied as one block of memory, not byte by byte.
        let bytes = [UInt8](unsafeUninitializedCapacity: data.count) { buffer, initialized in
            initialized = data.copyBytes(to: buffer)
        }
        return try parse(bytes: bytes, path: path, format: format)
    }

    /// Parses bytes already in memory (standard input, tests).
    public func parse(bytes: [UInt8], path: String, format: DocumentFormat) throws -> Document {
        // Standard input gets here without a file size: the same limit applies.
        guard bytes.count <= maximumFileSize else {
            throw LoadError(message: "input is \(bytes.count >> 20) MB, larger than the limit of \(maximumFileSize >> 20) MB")
        }
        let read: ReadResult
        switch format {
        case .markdown, .text:
            let lines = Self.countLines(bytes)
            guard lines <= maximumLines else {
                throw LoadError(message: "input has \(lines) lines, more than the limit of \(maximumLines): split it into smaller files")
            }
            let (text, notes) = UTF8Repair.repair(bytes)
            var reader = TextReader()
            reader.maximumBlocks = maximumBlocks
            var markdown = reader.read(SourceFile(path: path, bytes: text))
            markdown.notes.append(contentsOf: notes)
            read = markdown
        case .html:
            let (text, notes) = UTF8Repair.repair(bytes)
            var reader = HTMLReader()
            reader.maximumBlocks = maximumBlocks
            var html = reader.read(SourceFile(path: path, bytes: text))
            html.notes.append(contentsOf: notes)
            read = html
        case .docx:
            var reader = DocxReader()
            reader.maximumBlocks = maximumBlocks
            read = try officeRead { try reader.read(path: path, archive: bytes) }
        case .odt:
            var reader = OdtReader()
            reader.maximumBlocks = maximumBlocks
            read = try officeRead { try reader.read(path: path, archive: bytes) }
        }
        guard !read.tooManyBlocks else {
            throw LoadError(message: "input has more than \(maximumBlocks) paragraphs, the limit: split it into smaller files")
        }
        return builder.build(read, format: format)
    }

    /// Newlines in the input, plus one for a last line without one.
    static func countLines(_ bytes: [UInt8]) -> Int {
        var count = 0
        bytes.withUnsafeBytes { raw in
            var index = 0
            // Eight bytes at a time.
            while index + 8 <= raw.count {
                count += ByteLanes.count(ByteLanes.equal(ByteLanes.load(raw.baseAddress!, index), 0x0A))
                index += 8
            }
            while index < raw.count {
                if raw[index] == 0x0A { count += 1 }
                index += 1
            }
        }
        return count + (bytes.last == 0x0A || bytes.isEmpty ? 0 : 1)
    }

    /// Runs an office reader, turning its failures into a `LoadError` the user can act on.
    private func officeRead(_ read: () throws -> ReadResult) throws -> ReadResult {
        do {
            return try read()
        } catch let failure as ZipArchive.Failure {
            throw LoadError(message: "cannot read the file as a ZIP-based office document: \(failure.description)")
        } catch let failure as XMLReadError {
            throw LoadError(message: failure.description)
        }
    }

    static func describe(_ error: Error) -> String {
        let nsError = error as NSError
        if nsError.domain == NSCocoaErrorDomain {
            switch nsError.code {
            case NSFileReadNoSuchFileError: return "no such file"
            case NSFileReadNoPermissionError: return "permission denied"
            default: break
            }
        }
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain,
           let code = POSIXErrorCode(rawValue: Int32(underlying.code)) {
            return String(cString: strerror(code.rawValue)).lowercased()
        }
        return nsError.localizedDescription
    }
}
