/// The little CSS that decides italics in exported HTML: Google Docs writes
/// `.c3{font-style:italic}` in a `<style>` block and `<span class="c3">` in the body.
struct HTMLStyleSheet {
    /// Class name → true (italic) or false (explicitly upright).
    var classes: [String: Bool] = [:]

    /// Reads class rules from the text of a `<style>` element.
    mutating func parse(_ css: [UInt8]) {
        var index = 0
        let count = css.count
        while index < count {
            // Selector list up to "{".
            let selectorStart = index
            while index < count, css[index] != 0x7B { index += 1 }
            guard index < count else { return }
            let selectors = String(decoding: css[selectorStart..<index], as: UTF8.self)
            let bodyStart = index + 1
            while index < count, css[index] != 0x7D { index += 1 }
            let body = String(decoding: css[bodyStart..<min(index, count)], as: UTF8.self)
            index += 1
            guard let italic = Self.fontStyle(in: body) else { continue }
            for selector in selectors.split(separator: ",") {
                let trimmed = selector.trimmingCharacters(in: " ").trimmingCharacters(in: "\n")
                // ".c3", "span.c3", "p.MsoNormal": the last class of a simple selector.
                guard !trimmed.contains(" " as Character), let dot = trimmed.lastIndex(of: ".") else { continue }
                let name = String(trimmed[trimmed.index(after: dot)...])
                if !name.isEmpty { classes[name] = italic }
            }
        }
    }

    /// `font-style: italic` → true, `font-style: normal` → false, neither → nil.
    static func fontStyle(in declarations: String) -> Bool? {
        let lower = declarations.lowercased().replacingSpaces()
        guard let range = lower.range(of: "font-style:") else { return nil }
        let value = lower[range.upperBound...]
        if value.hasPrefix("italic") || value.hasPrefix("oblique") { return true }
        if value.hasPrefix("normal") { return false }
        return nil
    }

    /// Italics decided by a `class` attribute value, if any of its classes decides.
    func italic(forClassAttribute value: String) -> Bool? {
        var result: Bool?
        for name in value.split(separator: " ") {
            if let italic = classes[String(name)] { result = italic }
        }
        return result
    }
}

extension String {
    func replacingSpaces() -> String { String(filter { $0 != " " && $0 != "\t" && $0 != "\n" && $0 != "\r" }) }
}
