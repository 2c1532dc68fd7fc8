/// Writes pretty JSON straight into UTF-8 bytes, member by member, for documents too large to
/// build as a `JSONWriter.Value` tree first. The layout is the one `JSONWriter` gives the same
/// value: two spaces a level, `"key": value`, `{}` and `[]` when empty; or, not pretty, all on
/// one line with no spaces.
struct JSONByteWriter {
    private(set) var bytes: [UInt8] = []
    private var depth: Int
    private let pretty: Bool
    /// Whether the object or array being written has a member yet (a comma goes before the next).
    private var hasMembers = false

    /// `depth`: the level at which the value written will sit in a larger document.
    init(depth: Int = 0, pretty: Bool = true, capacity: Int = 0) {
        self.depth = depth
        self.pretty = pretty
        bytes.reserveCapacity(capacity)
    }

    /// An object member's name with the comma, line break and indentation before it, laid out
    /// once for its depth so that writing it is a single copy.
    struct Key {
        /// `,\n`, two spaces a level, then `"name": `.
        fileprivate let bytes: [UInt8]
        fileprivate let depth: Int

        /// `name` must need no escaping; `depth` is the level of the object's members.
        init(_ name: StaticString, depth: Int) {
            var bytes: [UInt8] = [0x2C, 0x0A] + repeatElement(0x20, count: 2 * depth) + [0x22]
            name.withUTF8Buffer { bytes.append(contentsOf: $0) }
            bytes.append(contentsOf: [0x22, 0x3A, 0x20])
            self.bytes = bytes
            self.depth = depth
        }
    }

    mutating func beginObject() { begin(0x7B) }
    mutating func endObject() { end(0x7D) }
    mutating func beginArray() { begin(0x5B) }
    mutating func endArray() { end(0x5D) }

    /// Starts a member of an object.
    mutating func key(_ key: Key) {
        assert(pretty && key.depth == depth, "a key laid out for another depth or layout")
        // From the key's buffer (its leading comma left off for a first member): appending an
        // array slice cost twice as much, on every member of every finding.
        key.bytes.withUnsafeBufferPointer { laid in
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: laid[(hasMembers ? 0 : 1)...]))
        }
        hasMembers = true
    }

    /// Starts a member of an object, laying its name out on the spot (for members written once).
    mutating func key(_ name: StaticString) { key(Key(name, depth: depth)) }

    /// Starts a member of an object whose name may need escaping.
    mutating func key(_ name: String) {
        item()
        string(name)
        pretty ? literal(": ") : literal(":")
    }

    /// Starts an item of an array.
    mutating func item() {
        if hasMembers { bytes.append(0x2C) }
        hasMembers = true
        newline()
    }

    mutating func string(_ text: String) { JSONWriter.appendQuoted(text, to: &bytes) }
    mutating func string(_ text: String?) { if let text { string(text) } else { null() } }
    mutating func int(_ number: Int) { JSONWriter.appendInt(number, to: &bytes) }
    mutating func bool(_ flag: Bool) { flag ? literal("true") : literal("false") }
    mutating func double(_ number: Double) {
        if number.isFinite { bytes.append(contentsOf: String(number).utf8) } else { null() }
    }
    mutating func null() { literal("null") }

    /// Appends `written`, already laid out at this writer's depth (a part written by another writer).
    mutating func raw(_ written: [UInt8]) { bytes.append(contentsOf: written) }

    private mutating func literal(_ text: StaticString) { text.withUTF8Buffer { bytes.append(contentsOf: $0) } }

    private mutating func begin(_ bracket: UInt8) {
        bytes.append(bracket)
        depth += 1
        hasMembers = false
    }

    private mutating func end(_ bracket: UInt8) {
        depth -= 1
        if hasMembers { newline() }
        bytes.append(bracket)
        // The container just closed is itself a member of the one around it.
        hasMembers = true
    }

    private mutating func newline() {
        guard pretty else { return }
        bytes.append(0x0A)
        bytes.append(contentsOf: repeatElement(0x20, count: 2 * depth))
    }
}
