import Foundation

/// Finds words, phrases or regular expressions in text: literal tokens by a byte scan,
/// patterns with `NSRegularExpression` compiled once when the configuration is read.
public struct TextMatcher: @unchecked Sendable {
    public struct Match: Equatable {
        public var range: Range<Int>   // UTF-8 byte offsets
        public var text: String
        /// Which token or pattern matched (index into the list given).
        public var index: Int
    }

    let tokens: [[UInt8]]
    let lowerTokens: [[UInt8]]
    let patterns: [NSRegularExpression]
    let ignoreCase: Bool
    let wholeWord: Bool

    public init(tokens: [String], patterns: [NSRegularExpression] = [], ignoreCase: Bool, wholeWord: Bool) {
        self.tokens = tokens.map { Array($0.utf8) }
        self.lowerTokens = tokens.map { Array($0.lowercased().utf8) }
        self.patterns = patterns
        self.ignoreCase = ignoreCase
        self.wholeWord = wholeWord
    }

    /// Compiles a pattern, or returns the reason it does not compile.
    public static func compile(_ pattern: String, ignoreCase: Bool, wholeWord: Bool) -> NSRegularExpression? {
        let source = wholeWord ? "\\b(?:\(pattern))\\b" : pattern
        return try? NSRegularExpression(pattern: source, options: ignoreCase ? [.caseInsensitive] : [])
    }

    public func matches(in text: String) -> [Match] {
        let bytes = Array(text.utf8)
        var found: [Match] = []
        for (index, token) in (ignoreCase ? lowerTokens : tokens).enumerated() where !token.isEmpty && token.count <= bytes.count {
            var position = 0
            while position <= bytes.count - token.count {
                var matched = true
                for offset in 0..<token.count {
                    var byte = bytes[position + offset]
                    if ignoreCase, byte >= 0x41, byte <= 0x5A { byte |= 0x20 }
                    if byte != token[offset] { matched = false; break }
                }
                if matched, !wholeWord || isBoundary(bytes, position - 1) && isBoundary(bytes, position + token.count) {
                    found.append(Match(range: position..<(position + token.count),
                                       text: String(decoding: bytes[position..<(position + token.count)], as: UTF8.self), index: index))
                    position += token.count
                } else {
                    position += 1
                }
            }
        }
        if !patterns.isEmpty {
            let utf16 = text.utf16
            for (index, pattern) in patterns.enumerated() {
                for result in pattern.matches(in: text, range: NSRange(location: 0, length: utf16.count)) where result.range.length > 0 {
                    guard let range = Range(result.range, in: text) else { continue }
                    let start = text.utf8.distance(from: text.utf8.startIndex, to: range.lowerBound)
                    let end = text.utf8.distance(from: text.utf8.startIndex, to: range.upperBound)
                    found.append(Match(range: start..<end, text: String(text[range]), index: tokens.count + index))
                }
            }
        }
        return found.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    private func isBoundary(_ bytes: [UInt8], _ index: Int) -> Bool {
        guard index >= 0, index < bytes.count else { return true }
        let byte = bytes[index]
        return !((byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || byte >= 0x80 || byte == 0x5F)
    }
}
