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
        let url = URL(fileURLWithPath: path)
        let data: Data
        do {
            guard FileManager.default.fileExists(atPath: path) else {
                throw LoadError(message: "cannot read file: it does not exist (a broken symbolic link?)")
            }
            // Attributes of what a symbolic link points to (a link to a draft is read as the draft).
            let attributes = try FileManager.default.attributesOfItem(atPath: URL(fileURLWithPath: path).resolvingSymlinksInPath().path)
            // A pipe or device would block or never end: only regular files are read.
            if let type = attributes[.type] as? FileAttributeType, type != .typeRegular {
                throw LoadError(message: type == .typeDirectory ? "is a folder, not a file" : "not a regular file (a pipe, socket or device), not read")
            }
            if let size = attributes[.size] as? Int, size > maximumFileSize {
                throw LoadError(message: "file is \(size >> 20) MB, larger than the limit of \(maximumFileSize >> 20) MB")
            }
            data = try Data(contentsOf: url)
        } catch let error as LoadError {
            throw error
        } catch {
            throw LoadError(message: "cannot read file: \(Self.describe(error))")
        }
        return try parse(bytes: [UInt8](data), path: path, format: format)
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
        for byte in bytes where byte == 0x0A { count += 1 }
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
