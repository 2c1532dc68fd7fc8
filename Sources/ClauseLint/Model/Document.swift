/// The input formats clauselint reads.
public enum DocumentFormat: String, Sendable, CaseIterable {
    case markdown, text, html, docx, odt

    /// The format a path's extension names, or nil for an extension clauselint does not read.
    public static func forPath(_ path: String) -> DocumentFormat? {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/" as Character) else { return nil }
        switch path[path.index(after: dot)...].lowercased() {
        case "md", "markdown": return .markdown
        case "txt", "text": return .text
        case "html", "htm", "xhtml": return .html
        case "docx": return .docx
        case "odt": return .odt
        default: return nil
        }
    }
}

/// Whether a document tells us which text was italic at all.
public enum EmphasisInformation: String, Sendable {
    /// The format carries italics (HTML, Word) or the text uses emphasis markup somewhere.
    case present
    /// Plain text with no emphasis markup anywhere: italics cannot be checked.
    case absent
}

/// A paragraph outside any resolution (or between clauses: headings, signatures).
public struct ProseParagraph: Sendable {
    public var block: TextBlock
    public var resolutionIndex: Int?
    public init(block: TextBlock, resolutionIndex: Int?) {
        self.block = block
        self.resolutionIndex = resolutionIndex
    }
}

/// A parsed input file: its source, its resolutions and the prose around them.
public struct Document: Sendable {
    public var source: SourceFile
    public var format: DocumentFormat
    public var resolutions: [Resolution]
    public var prose: [ProseParagraph]
    public var footnotes: [TextBlock]
    public var emphasis: EmphasisInformation
    /// Printed line numbers stripped from the text (file line index → printed number).
    public var printedLineNumbers: [Int: Int]
    /// Problems the reader met and repaired (invalid UTF-8 …), reported as `input` diagnostics.
    public var readerNotes: [ReaderNote]
    /// The phrase lists the document was parsed with (rules judge openings by them).
    public var lexicon: PhraseLexicon = .standard
    /// What several rules derive from the document (its acronym index, say), computed once.
    public let memo = DocumentMemo()

    public init(source: SourceFile, format: DocumentFormat, resolutions: [Resolution] = [],
                prose: [ProseParagraph] = [], footnotes: [TextBlock] = [],
                emphasis: EmphasisInformation, printedLineNumbers: [Int: Int] = [:],
                readerNotes: [ReaderNote] = []) {
        self.source = source
        self.format = format
        self.resolutions = resolutions
        self.prose = prose
        self.footnotes = footnotes
        self.emphasis = emphasis
        self.printedLineNumbers = printedLineNumbers
        self.readerNotes = readerNotes
    }

    /// The location of a source byte offset.
    public func location(of offset: Int) -> SourceLocation { source.location(of: offset) }

    /// The locations of both ends of a source byte range.
    public func locations(of range: Range<Int>) -> (start: SourceLocation, end: SourceLocation) { source.locations(of: range) }

    /// The printed line number at a source offset, when the input carried them.
    public func printedLine(at offset: Int) -> Int? {
        printedLineNumbers.isEmpty ? nil : printedLineNumbers[source.lineIndex(of: offset)]
    }
}

/// Something the reader repaired or could not read, with where it happened.
public struct ReaderNote: Sendable, Equatable {
    public var message: String
    public var offset: Int
    public var isError: Bool
    public init(message: String, offset: Int = 0, isError: Bool = false) {
        self.message = message
        self.offset = offset
        self.isError = isError
    }
}
