extension Array where Element == Diagnostic {
    /// The diagnostics in `Diagnostic.ordered` order, exactly as `sorted(by: Diagnostic.ordered)`
    /// (stable too). Sorts positions rather than the diagnostics themselves: moving a
    /// `Diagnostic` copies a dozen references, and the sort moves each one many times.
    public func sortedInReportOrder() -> [Diagnostic] {
        guard count > 1 else { return self }
        let order = indices.sorted { a, b in
            // Positions settle almost every comparison: read them alone, not whole diagnostics.
            let first = self[a].start, second = self[b].start
            if first != second { return first < second }
            return Diagnostic.ordered(self[a], self[b])
        }
        return order.map { self[$0] }
    }
}
