import Foundation

/// Values derived from one document that several rules share, computed on first use.
/// A document is linted on one thread at a time; the lock makes sharing safe anyway.
public final class DocumentMemo: @unchecked Sendable {
    /// A handful of values per document, each looked up by every rule that shares it: a
    /// short list searched in order, each value in a box of its own type, so that a lookup
    /// is a comparison of identities and a class check, not a hash and a dynamic cast of `Any`.
    private var values: [(type: ObjectIdentifier, box: AnyObject)] = []
    private let lock = NSLock()

    private final class Box<T> {
        let value: T
        init(_ value: T) { self.value = value }
    }

    public init() {}

    /// The value of type `T` for this document, made by `make` the first time.
    public func value<T>(_ type: T.Type = T.self, _ make: () -> T) -> T {
        let key = ObjectIdentifier(type)
        if let box = lookUp(key) as? Box<T> { return box.value }
        let value = make()
        lock.lock()
        values.append((key, Box(value)))
        lock.unlock()
        return value
    }

    private func lookUp(_ key: ObjectIdentifier) -> AnyObject? {
        lock.lock(); defer { lock.unlock() }
        return values.first { $0.type == key }?.box
    }
}
