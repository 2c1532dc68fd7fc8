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
        let bytes = try Self.readFile(path, size: size, limit: maximumFileSize)
        return try parse(bytes: bytes, path: path, format: format)
    }

    /// The bytes of the file at `path`, read straight into the array that keeps them
    /// (through `Data` they were read into one buffer and copied into another).
    /// `size` is what stat(2) said; a file that has grown since is read on, up to just
    /// past `limit`, so that `parse` refuses it.
    static func readFile(_ path: String, size: Int, limit: Int) throws -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw LoadError(message: "cannot read file: \(describe(errno: errno))") }
        defer { close(descriptor) }
        var failure: Int32 = 0
        /// Reads into `buffer` until it is full or the file ends; the bytes read.
        func fill(_ buffer: UnsafeMutableBufferPointer<UInt8>) -> Int {
            guard let base = buffer.baseAddress else { return 0 }
            var filled = 0
            while filled < buffer.count {
                let count = read(descriptor, base + filled, buffer.count - filled)
                if count > 0 { filled += count; continue }
                if count < 0, errno == EINTR { continue }
                if count < 0 { failure = errno }
                break
            }
            return filled
        }
        // One byte more than stat(2) said: a short read means the whole file was read.
        var bytes = [UInt8](unsafeUninitializedCapacity: size + 1) { buffer, initialized in initialized = fill(buffer) }
        if failure == 0, bytes.count > size {
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            while failure == 0, bytes.count <= limit {
                let count = chunk.withUnsafeMutableBufferPointer { fill($0) }
                if count == 0 { break }
                bytes.append(contentsOf: chunk[0..<count])
            }
        }
        guard failure == 0 else { throw LoadError(message: "cannot read file: \(describe(errno: failure))") }
        return bytes
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
            let (source, notes) = try Self.textSource(bytes, path: path, lineLimit: maximumLines)
            var reader = TextReader()
            reader.maximumBlocks = maximumBlocks
            var markdown = reader.read(source)
            markdown.notes.append(contentsOf: notes)
            read = markdown
        case .html:
            let (source, notes) = try Self.textSource(bytes, path: path, lineLimit: .max)
            var reader = HTMLReader()
            reader.maximumBlocks = maximumBlocks
            var html = reader.read(source)
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

    /// The source of a text file, valid UTF-8. One scan counts its lines, refusing more than
    /// `lineLimit`, builds the line table and learns whether the text is all ASCII; only text
    /// that is not is validated, and only invalid text is repaired and scanned again.
    static func textSource(_ bytes: [UInt8], path: String, lineLimit: Int) throws -> (SourceFile, [ReaderNote]) {
        // A last line without a newline counts too.
        guard let source = SourceFile(path: path, bytes: bytes, lineLimit: lineLimit),
              source.lineCount - (bytes.last == 0x0A || bytes.isEmpty ? 1 : 0) <= lineLimit else {
            let lines = countLines(bytes)
            throw LoadError(message: "input has \(lines) lines, more than the limit of \(lineLimit): split it into smaller files")
        }
        if source.isASCII { return (source, []) }
        let (text, notes) = UTF8Repair.repair(bytes)
        return (notes.isEmpty ? source : SourceFile(path: path, bytes: text), notes)
    }

    /// Newlines in the input, plus one for a last line without one.
    static func countLines(_ bytes: [UInt8]) -> Int {
        bytes.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) } + (bytes.last == 0x0A || bytes.isEmpty ? 0 : 1)
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

    /// What went wrong, in the words the user sees.
    static func describe(errno code: Int32) -> String {
        switch code {
        case ENOENT: return "no such file"
        case EACCES, EPERM: return "permission denied"
        default: return String(cString: strerror(code)).lowercased()
        }
    }
}
