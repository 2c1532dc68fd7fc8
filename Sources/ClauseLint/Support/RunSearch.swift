extension RandomAccessCollection where Element: Equatable {
    /// True when `run` occurs here as consecutive elements: a phrase among words, a name among
    /// bytes. A plain scan, for short collections (an empty run is never found).
    public func contains(run: some Collection<Element>) -> Bool {
        let length = run.count
        guard length > 0, count >= length else { return false }
        var start = startIndex
        let last = index(endIndex, offsetBy: -length)
        while true {
            if self[start..<index(start, offsetBy: length)].elementsEqual(run) { return true }
            if start == last { return false }
            formIndex(after: &start)
        }
    }
}
