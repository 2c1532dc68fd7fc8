import Foundation

/// Values derived from one document that several rules share, computed on first use.
/// A document is linted on one thread at a time; the lock makes sharing safe anyway.
public final class DocumentMemo: @unchecked Sendable {
    private var values: [ObjectIdentifier: Any] = [:]
    private let lock = NSLock()

    public init() {}

    /// The value of type `T` for this document, made by `make` the first time.
    public func value<T>(_ type: T.Type = T.self, _ make: () -> T) -> T {
        lock.lock()
        if let value = values[ObjectIdentifier(type)] as? T { lock.unlock(); return value }
        lock.unlock()
        let value = make()
        lock.lock()
        values[ObjectIdentifier(type)] = value
        lock.unlock()
        return value
    }
}
