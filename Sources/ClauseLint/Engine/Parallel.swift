import Foundation

/// Work spread over all cores with results in a fixed order, so that output never depends
/// on which thread finished first.
public enum Parallel {
    /// `transform(0) … transform(count - 1)` on all cores, returned in index order.
    public static func map<T>(count: Int, _ transform: @Sendable (Int) -> T) -> [T] {
        map(count: count, workers: ProcessInfo.processInfo.activeProcessorCount, transform)
    }

    /// `transform(0) … transform(count - 1)` on `workers` threads at most, returned in index
    /// order. Each worker takes the next index when it is free, so unequal items (a large
    /// file among small ones) keep every worker busy, and no thread sleeps and wakes per item.
    public static func map<T>(count: Int, workers: Int, _ transform: @Sendable (Int) -> T) -> [T] {
        let slots = ResultSlots<T>(count: count)
        let next = Counter()
        DispatchQueue.concurrentPerform(iterations: max(1, min(workers, count))) { _ in
            while let index = next.take(below: count) { slots.set(index, transform(index)) }
        }
        return slots.values
    }

    /// Hands out 0, 1, 2 … to the threads that ask, each number once.
    private final class Counter: @unchecked Sendable {
        private var value = 0
        private let lock = NSLock()

        func take(below limit: Int) -> Int? {
            lock.lock(); defer { lock.unlock() }
            guard value < limit else { return nil }
            value += 1
            return value - 1
        }
    }
}

/// Results written from worker threads into fixed slots, read back in slot order.
public final class ResultSlots<T>: @unchecked Sendable {
    private var storage: [T?]
    private let lock = NSLock()

    public init(count: Int) { storage = Array(repeating: nil, count: count) }

    public func set(_ index: Int, _ value: T) {
        lock.lock(); storage[index] = value; lock.unlock()
    }

    /// The values set, in slot order (slots never set are left out).
    public var values: [T] {
        lock.lock(); defer { lock.unlock() }
        return storage.compactMap { $0 }
    }
}
