/// A working array that one renderer refills for every paragraph of a file. `clear()`
/// forgets the elements and keeps the storage in one store, where the standard library's
/// `removeAll(keepingCapacity:)` costs about a hundred instructions; a renderer clears
/// several arrays per paragraph. Elements past `count` are stale and cannot be reached.
///
/// The elements live in a buffer of its own, not in an array: an array tests whether its
/// storage is shared (a call into the runtime) on every write, and a renderer writes to
/// these arrays several times per paragraph. Copies of a scratch array therefore share
/// its buffer: a renderer keeps one copy of each, and only reads a copy it makes (as
/// `RawCursor` does) while it changes nothing. Elements must be plain values (no
/// references to count), left in place when forgotten; every read and write is checked
/// against `count`.
struct ScratchArray<Element>: RandomAccessCollection, MutableCollection {
    typealias Indices = Range<Int>

    private final class Buffer {
        var base: UnsafeMutablePointer<Element>
        var capacity: Int

        init(capacity: Int) {
            base = .allocate(capacity: capacity)
            self.capacity = capacity
        }

        /// Moves the first `count` elements to a buffer twice as large.
        func grow(keeping count: Int) {
            let larger = Swift.max(16, capacity * 2)
            let moved = UnsafeMutablePointer<Element>.allocate(capacity: larger)
            moved.initialize(from: base, count: count)
            base.deallocate()
            base = moved
            capacity = larger
        }

        deinit { base.deallocate() }
    }

    private let buffer = Buffer(capacity: 0)
    private var used = 0

    init() {
        precondition(_isPOD(Element.self), "a scratch array holds plain values only")
    }

    var startIndex: Int { 0 }
    var endIndex: Int { used }

    subscript(index: Int) -> Element {
        get {
            precondition(UInt(bitPattern: index) < UInt(used), "index out of range")
            return buffer.base[index]
        }
        nonmutating set {
            precondition(UInt(bitPattern: index) < UInt(used), "index out of range")
            buffer.base[index] = newValue
        }
    }

    /// Inlined: a renderer appends to its arrays in its hottest loops.
    @inline(__always)
    mutating func append(_ element: Element) {
        if used == buffer.capacity { buffer.grow(keeping: used) }
        (buffer.base + used).initialize(to: element)
        used += 1
    }

    mutating func popLast() -> Element? {
        guard used > 0 else { return nil }
        used -= 1
        return buffer.base[used]
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
        for later in (index + 1)..<used { buffer.base[later - 1] = buffer.base[later] }
        used -= 1
    }

    /// The elements in memory, for readers that walk them many times.
    func withUnsafeBufferPointer<Result>(_ body: (UnsafeBufferPointer<Element>) throws -> Result) rethrows -> Result {
        try body(UnsafeBufferPointer(start: buffer.base, count: used))
    }
}
