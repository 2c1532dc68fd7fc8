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
///
/// A value type whose fields live in one shared box: the linter hands the document to
/// every rule, and a copy is then one reference count, not one for each of its source
/// arrays, its lists and the lexicon's sets. A change (rare: the builder makes documents
/// whole) puts a new box in place.
public struct Document: Sendable {
    struct Fields: Sendable {
        var source: SourceFile
        var format: DocumentFormat
        var resolutions: [Resolution]
        var prose: [ProseParagraph]
        var footnotes: [TextBlock]
        var emphasis: EmphasisInformation
        var printedLineNumbers: [Int: Int]
        var readerNotes: [ReaderNote]
        var lexicon: PhraseLexicon
        let memo: DocumentMemo
    }

    private var storage: SharedBox<Fields>

    public var source: SourceFile {
        get { storage.fields.source }
        set { storage.change { $0.source = newValue } }
    }
    public var format: DocumentFormat {
        get { storage.fields.format }
        set { storage.change { $0.format = newValue } }
    }
    public var resolutions: [Resolution] {
        get { storage.fields.resolutions }
        set { storage.change { $0.resolutions = newValue } }
    }
    public var prose: [ProseParagraph] {
        get { storage.fields.prose }
        set { storage.change { $0.prose = newValue } }
    }
    public var footnotes: [TextBlock] {
        get { storage.fields.footnotes }
        set { storage.change { $0.footnotes = newValue } }
    }
    public var emphasis: EmphasisInformation {
        get { storage.fields.emphasis }
        set { storage.change { $0.emphasis = newValue } }
    }
    /// Printed line numbers stripped from the text (file line index → printed number).
    public var printedLineNumbers: [Int: Int] {
        get { storage.fields.printedLineNumbers }
        set { storage.change { $0.printedLineNumbers = newValue } }
    }
    /// Problems the reader met and repaired (invalid UTF-8 …), reported as `input` diagnostics.
    public var readerNotes: [ReaderNote] {
        get { storage.fields.readerNotes }
        set { storage.change { $0.readerNotes = newValue } }
    }
    /// The phrase lists the document was parsed with (rules judge openings by them).
    public var lexicon: PhraseLexicon {
        get { storage.fields.lexicon }
        set { storage.change { $0.lexicon = newValue } }
    }
    /// What several rules derive from the document (its acronym index, say), computed once.
    public var memo: DocumentMemo { storage.fields.memo }

    public init(source: SourceFile, format: DocumentFormat, resolutions: [Resolution] = [],
                prose: [ProseParagraph] = [], footnotes: [TextBlock] = [],
                emphasis: EmphasisInformation, printedLineNumbers: [Int: Int] = [:],
                readerNotes: [ReaderNote] = []) {
        self.init(source: source, format: format, resolutions: resolutions, prose: prose, footnotes: footnotes,
                  emphasis: emphasis, printedLineNumbers: printedLineNumbers, readerNotes: readerNotes, lexicon: .standard)
    }

    /// A document parsed with `lexicon`, boxed once with all its parts.
    init(source: SourceFile, format: DocumentFormat, resolutions: [Resolution], prose: [ProseParagraph],
         footnotes: [TextBlock], emphasis: EmphasisInformation, printedLineNumbers: [Int: Int],
         readerNotes: [ReaderNote], lexicon: PhraseLexicon) {
        storage = SharedBox(Fields(source: source, format: format, resolutions: resolutions, prose: prose,
                                   footnotes: footnotes, emphasis: emphasis, printedLineNumbers: printedLineNumbers,
                                   readerNotes: readerNotes, lexicon: lexicon, memo: DocumentMemo()))
    }

    /// The location of a source byte offset.
    public func location(of offset: Int) -> SourceLocation { storage.fields.source.location(of: offset) }

    /// The locations of both ends of a source byte range.
    public func locations(of range: Range<Int>) -> (start: SourceLocation, end: SourceLocation) {
        storage.fields.source.locations(of: range)
    }

    /// The printed line number at a source offset, when the input carried them.
    public func printedLine(at offset: Int) -> Int? {
        storage.fields.printedLineNumbers.isEmpty ? nil
            : storage.fields.printedLineNumbers[storage.fields.source.lineIndex(of: offset)]
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
