/// A value's fields in one shared, immutable box, for value types that are copied far more
/// often than changed (`TextBlock`, `Clause`): a copy is one retain, and reading a field
/// needs no run-time exclusivity check because the box never changes; a change boxes the
/// fields anew.
struct SharedBox<Fields: Sendable>: Sendable {
    private final class Storage: Sendable {
        let fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }

    private var storage: Storage

    init(_ fields: Fields) { storage = Storage(fields) }

    /// The fields, lent in place (no copy of the whole set to read one of them).
    var fields: Fields {
        _read { yield storage.fields }
    }

    /// Boxes the fields again with one of them changed.
    mutating func change(_ update: (inout Fields) -> Void) {
        var fields = storage.fields
        update(&fields)
        storage = Storage(fields)
    }
}
