import Foundation

/// Renderers kept from one file to the next. A renderer's working arrays grow to fit the
/// paragraphs it has seen; a new one per file freed them all and grew them again, which
/// cost about a tenth of reading a small file. Each reader takes one and hands it back, so
/// there are at most as many as files read at once.
final class InlineMarkupPool: @unchecked Sendable {
    static let shared = InlineMarkupPool()

    /// A renderer that has held a paragraph longer than this is let go instead of kept, so
    /// that one huge paragraph does not hold its memory until the process ends.
    static let largestKept = 1 << 20

    private var idle: [InlineMarkup] = []
    private let lock = NSLock()

    /// An idle renderer, or a new one.
    func take() -> InlineMarkup {
        lock.lock(); defer { lock.unlock() }
        return idle.popLast() ?? InlineMarkup()
    }

    /// Keeps `markup` for the next reader, unless it grew past `largestKept`.
    func giveBack(_ markup: consuming InlineMarkup) {
        guard markup.workingSize <= Self.largestKept else { return }
        lock.lock(); defer { lock.unlock() }
        idle.append(markup)
    }
}
