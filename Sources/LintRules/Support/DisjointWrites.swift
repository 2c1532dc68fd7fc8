/// A buffer that the workers of one `Parallel.map` fill together, each at places no other
/// worker writes (and none reads until all are done): so that parts computed at once land
/// in one array, not in one array each that is then copied into a whole.
struct DisjointWrites<Element>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<Element>
}
