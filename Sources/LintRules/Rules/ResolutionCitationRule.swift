import Foundation
import ClauseLint

/// A cited resolution symbol is well formed and its year fits its number.
struct ResolutionCitationRule: Rule {
    static let description = RuleDescription(
        id: "resolution-citation",
        name: "Resolution citation",
        summary: "a cited resolution symbol that is malformed, or whose year does not fit its session or number",
        explanation: """
        Resolutions are cited by symbol and year: `General Assembly resolution 70/1 of 25 September \
        2015`, `Security Council resolution 2334 (2016)`, `Economic and Social Council resolution \
        2021/25`. The number tells when a resolution can have been adopted: General Assembly session \
        N opens in September of 1945 + N, so `resolution 74/176 (2018)` cannot exist; Security Council \
        resolutions are numbered in one sequence since 1946; ECOSOC numbers begin with their year; the \
        Human Rights Council holds three sessions a year since 2007; the Commission on Crime Prevention \
        and Criminal Justice holds session N in 1991 + N. The body is read from the words before the \
        number (`Security Council resolution`, `its resolution`, the resolution's own authoring body). \
        Malformed symbols are reported too: letters for digits (`I/I`), `A/Res/`, a document symbol \
        (`A/64/293`) cited as a resolution, a Security Council resolution without its year, and \
        General Assembly sessions 1-30 written without roman numerals.

        Bad:
            *Recalling* General Assembly resolution 74/176 (2018),
        Good:
            *Recalling* General Assembly resolution 73/146 (2018),
        """,
        defaultSeverity: .error,
        triggering: [
            "The General Assembly,\n\n*Recalling* General Assembly resolutions 73/146 (2018) and ↓74/176 (2018),\n\n1. *Urges* States to act.\n",
            "The General Assembly,\n\n*Recalling* Security Council resolution ↓1373 (2002),\n\n1. *Urges* States to act.\n",
            "The Commission on Crime Prevention and Criminal Justice,\n\n*Recalling* its resolution ↓I/I,\n\n1. *Urges* States to act.\n",
            "The General Assembly,\n\n*Recalling* General Assembly resolution ↓A/64/293,\n\n1. *Urges* States to act.\n",
            "The General Assembly,\n\n*Recalling* Economic and Social Council resolution ↓2021/25 (2020) and ↓A/Res/70/1,\n\n1. *Urges* States to act.\n",
            "The General Assembly,\n\n*Reaffirming* its resolution ↓33/1996 of 25 July 1996,\n\n1. *Urges* States to act.\n",
        ],
        nonTriggering: [
            "The General Assembly,\n\n*Recalling* its resolution 70/1 of 25 September 2015, resolution 64/293 of 30 July 2010 and resolutions 2625 (XXV) of 24 October 1970 and 377 A (V),\n\n1. *Urges* States to act.\n",
            "The Security Council,\n\n*Recalling* its resolutions 2042 (2012), 2043 (2012) and 2118 (2013), S/RES/2139(2014) and Security Council resolution 2334 (2016),\n\n1. *Urges* States to act.\n",
            "The Commission on Crime Prevention and Criminal Justice,\n\n*Recalling* CCPCJ resolution 27/2 (2018), its resolution 33/1 (2024), Human Rights Council Resolution 42/15 (2019), ECOSOC resolution 2021/25 (2021), General Assembly resolution ES-11/1 and the United Nations (UN) resolution 55/25 (2001) adopted by the General Assembly,\n\n1. *Urges* States to act.\n",
            "The General Assembly,\n\n*Noting* Article 2, paragraph 1, SDG 5 and 12, a 24/7 hotline, A/73/L.3, E/CN.15/2018/L.6 and 1/3 of States,\n\n1. *Urges* States to act on this resolution 5 times.\n",
        ]
    )

    struct Options: RuleOptions {
        /// Years after this are in the future (0: the current year).
        var currentYear = 0
    }

    let options: Options

    func check(_ document: Document, _ context: inout RuleContext) {
        let currentYear = options.currentYear > 0 ? options.currentYear : Self.thisYear
        let authoringBodies = document.resolutions.map { CitationBody.fromAuthoringLine($0.body) }
        // The document's words (shared with the other word rules) tell which paragraphs may cite.
        let units = textUnits(document)
        for number in CitationScanner.unitsThatMayCite(units, unitWords(document), hits: wordHits(document)) {
            let unit = units[number], bytes = unit.bytes
            let authoring = unit.resolution.flatMap { authoringBodies[$0] }
            for citation in CitationScanner(authoringBody: authoring).scan(bytes) {
                guard let message = problem(citation, currentYear: currentYear) else { continue }
                if let clause = unit.clause { context.report(message, clause: clause, range: citation.range) }
                else { context.report(message, block: unit.block, range: citation.range) }
            }
        }
    }

    /// The year the run started in the local time zone, read once from the C library: a
    /// Foundation calendar costs more to set up than checking a whole document.
    private static let thisYear: Int = {
        var now = time(nil)
        var local = tm()
        guard localtime_r(&now, &local) != nil else { return Calendar(identifier: .gregorian).component(.year, from: Date()) }
        return Int(local.tm_year) + 1900
    }()

    /// What is wrong with a citation, or nil.
    func problem(_ citation: Citation, currentYear: Int) -> String? {
        // Quoted only for a message: most citations have none.
        var text: String { quote(citation.text) }
        switch citation.symbol {
        case .lettersForDigits(let written, let suggested):
            return Message.letters(written, suggested)
        case .documentSymbol(let written, let suggested):
            return Message.document(written, suggested)
        case .lowerCaseRes(let written):
            return Message.lowerRes(written)
        case .yearNumber(let year, _):
            if let given = citation.year, given != year { return Message.ecosocYear(text, year, given) }
            if year > currentYear { return Message.future(text) }
            return nil
        case .number(let number):
            if let session = citation.romanSession {
                return session > 30 ? Message.romanAfter30(text) : nil
            }
            guard citation.body == .securityCouncil || (citation.body == nil && citation.year != nil) else { return nil }
            guard let year = citation.year else {
                return citation.explicitBody ? Message.securityCouncilWithoutYear(text) : nil
            }
            if year > currentYear { return Message.future(text) }
            return securityCouncilProblem(text, number: number, year: year)
        case .sessionNumber(let session, _, let special):
            if special { return nil }
            guard let body = citation.body ?? (citation.year != nil ? .generalAssembly : nil), citation.explicitBody || citation.body == nil else { return nil }
            if let year = citation.year, year > currentYear { return Message.future(text) }
            switch body {
            case .generalAssembly:
                if session <= 30, citation.explicitBody { return Message.romanBefore31(text, session) }
                guard let year = citation.year else { return nil }
                let window = CitationFacts.generalAssemblyYears(session: session)
                var fits = window.contains(year)
                if let month = citation.month {
                    fits = (year == window.lowerBound && month >= 9) || (year == window.upperBound && month <= 9)
                }
                return fits ? nil : Message.generalAssembly(text, session: session, from: window.lowerBound, to: window.upperBound)
            case .humanRightsCouncil:
                guard let year = citation.year else { return nil }
                let expected = CitationFacts.humanRightsCouncilYear(session: session)
                return year == expected ? nil : Message.sessionYear(text, "Human Rights Council", session, expected)
            case .ccpcj:
                guard let year = citation.year else { return nil }
                let expected = CitationFacts.ccpcjYear(session: session)
                return year == expected ? nil : Message.sessionYear(text, "Commission on Crime Prevention and Criminal Justice", session, expected)
            case .cnd:
                guard let year = citation.year, let expected = CitationFacts.cndYear(session: session) else { return nil }
                return year == expected ? nil : Message.sessionYear(text, "Commission on Narcotic Drugs", session, expected)
            case .csw:
                guard let year = citation.year, let expected = CitationFacts.cswYear(session: session) else { return nil }
                return year == expected ? nil : Message.sessionYear(text, "Commission on the Status of Women", session, expected)
            case .securityCouncil, .economicAndSocialCouncil:
                return nil
            }
        }
    }

    private func securityCouncilProblem(_ text: String, number: Int, year: Int) -> String? {
        let table = CitationFacts.firstSecurityCouncilResolution
        guard let first = table[year] else {
            if year < 1946 { return Message.securityCouncilBefore1946(text) }
            // After the table: at least the last known first number.
            let lastYear = table.keys.max() ?? 2025
            return number >= (table[lastYear] ?? 0) ? nil : Message.securityCouncil(text, year: year, from: table[lastYear] ?? 0, to: nil)
        }
        let next = table[year + 1] ?? CitationFacts.lastKnownSecurityCouncilResolution + 1
        return (first..<next).contains(number) ? nil : Message.securityCouncil(text, year: year, from: first, to: next - 1)
    }

    enum Message {
        static func letters(_ written: String, _ suggested: String) -> String {
            "\(quote(written)) is not a valid resolution number: use digits (\(suggested))"
        }
        static func document(_ written: String, _ suggested: String) -> String {
            "\(quote(written)) is a document symbol, not a resolution: cite the resolution as \(suggested)"
        }
        static func lowerRes(_ written: String) -> String {
            "\(quote(written)) is miswritten: the official form is A/RES/…"
        }
        static func ecosocYear(_ text: String, _ inside: Int, _ given: Int) -> String {
            "\(text) does not fit: Economic and Social Council resolution numbers begin with their year (\(inside), not \(given))"
        }
        static func future(_ text: String) -> String { "\(text) is dated in the future" }
        static func romanAfter30(_ text: String) -> String {
            "\(text) is malformed: roman session numbers stop at session XXX (1975); later sessions write N/x"
        }
        static func romanBefore31(_ text: String, _ session: Int) -> String {
            "\(text) is malformed: General Assembly sessions 1 to 30 are written in roman numerals, e.g. 1514 (XV)"
        }
        static func securityCouncilWithoutYear(_ text: String) -> String {
            "Security Council resolution \(text) is cited without its year: write it as \(text.dropLast().dropFirst()) (YEAR)"
        }
        static func securityCouncilBefore1946(_ text: String) -> String { "\(text) cannot exist: the Security Council adopted its first resolution in 1946" }
        static func securityCouncil(_ text: String, year: Int, from: Int, to: Int?) -> String {
            "Security Council resolution \(text) does not fit its year: resolutions adopted in \(year) are numbered "
                + (to.map { "\(from) to \($0)" } ?? "from \(from)")
        }
        static func generalAssembly(_ text: String, session: Int, from: Int, to: Int) -> String {
            "resolution \(text) cannot exist: General Assembly session \(session) ran from September \(from) to September \(to)"
        }
        static func sessionYear(_ text: String, _ body: String, _ session: Int, _ year: Int) -> String {
            "resolution \(text) does not fit: the \(body) held session \(session) in \(year)"
        }
    }
}
