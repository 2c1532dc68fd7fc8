/// A working array that one renderer refills for every paragraph of a file. `clear()`
/// forgets the elements and keeps the storage in one store, where the standard library's
/// `removeAll(keepingCapacity:)` costs about a hundred instructions; a renderer clears
/// several arrays per paragraph. Elements past `count` are stale and cannot be reached.
struct ScratchArray<Element>: RandomAccessCollection, MutableCollection {
    typealias Indices = Range<Int>
    private var storage: [Element] = []
    private var used = 0

    var startIndex: Int { 0 }
    var endIndex: Int { used }

    subscript(index: Int) -> Element {
        get {
            precondition(index < used, "index past the end")
            return storage[index]
        }
        set {
            precondition(index < used, "index past the end")
            storage[index] = newValue
        }
    }

    /// Inlined: a renderer appends to its arrays in its hottest loops.
    @inline(__always)
    mutating func append(_ element: Element) {
        if used < storage.count { storage[used] = element } else { storage.append(element) }
        used += 1
    }

    mutating func popLast() -> Element? {
        guard used > 0 else { return nil }
        used -= 1
        return storage[used]
    }

    mutating func clear() { used = 0 }

    /// Forgets the elements from `index` on.
    mutating func removeAll(from index: Int) {
        precondition(index >= 0 && index <= used, "index out of range")
        used = index
    }

    /// Removes the element at `index`, moving the later ones down.
    mutating func remove(at index: Int) {
        precondition(index >= 0 && index < used, "index out of range")
        for later in (index + 1)..<used { storage[later - 1] = storage[later] }
        used -= 1
    }

    /// The elements in memory, for readers that walk them many times.
    func withUnsafeBufferPointer<Result>(_ body: (UnsafeBufferPointer<Element>) throws -> Result) rethrows -> Result {
        try storage.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[0..<used])) }
    }
}
