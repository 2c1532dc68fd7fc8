// Shared by the fuzz targets: they are compiled together with the library and rule
// sources into one module, so internal readers can be driven directly.
import Foundation
import ClauseLint
import LintRules

enum FuzzSupport {
    static let linter: Linter = {
        let registry = BuiltInRules.registry
        return (try? Configuration.builtIn(registry: registry).linter(registry: registry)) ?? Linter(rules: [])
    }()

    static func lint(_ bytes: [UInt8], format: DocumentFormat) {
        guard let document = try? DocumentLoader().parse(bytes: bytes, path: "fuzz", format: format) else { return }
        let diagnostics = linter.lint(document)
        // Every finding must point inside the file.
        for diagnostic in diagnostics where diagnostic.range.upperBound > document.source.bytes.count || diagnostic.range.lowerBound < 0 {
            fatalError("finding outside the file: \(diagnostic)")
        }
        _ = JSONReporter(version: "fuzz").report([FileResult(path: "fuzz", format: format, resolutions: 0, diagnostics: diagnostics)], rules: [])
    }

    static func office(_ bytes: [UInt8]) {
        let reader = DocxReader()
        if let result = try? reader.read(path: "fuzz.docx", document: bytes, styles: bytes, numbering: bytes, footnotes: nil) {
            let document = ClauseTreeBuilder().build(result, format: .docx)
            _ = linter.lint(document)
        }
        _ = try? OdtReader().read(path: "fuzz.odt", content: bytes, styles: nil)
    }

    static let sampleDraft = """
    Code: GA1/1/1

    The General Assembly,

    *Recalling* its resolution 70/1 and the United Nations Development Programme (UNDP),

    1. *Urges* Member States to act;

    2. *Requests* the Secretary-General to report, including on:

       (a) programmes;

       (b) programs.
    """
}
