/// Objects of an array lent to a closure without a retain and a release: the array holds
/// them for the whole call. Reading an element retains it (and often what is read from it)
/// around any call the compiler cannot see into: two pairs of atomic operations per
/// paragraph, where the hottest rules walk every paragraph of a document.

/// `body(index, element)` for every object of `array`, in order.
@inline(__always)
func forEachBorrowed<Element: AnyObject>(_ array: [Element], _ body: (_ index: Int, _ element: Element) -> Void) {
    array.withUnsafeBufferPointer { elements in
        elements.withMemoryRebound(to: Unmanaged<Element>.self) { references in
            for index in references.indices {
                references[index]._withUnsafeGuaranteedRef { body(index, $0) }
            }
        }
    }
}

/// `body(array[index])`.
@inline(__always)
func withBorrowed<Element: AnyObject, Result>(_ array: [Element], _ index: Int, _ body: (Element) -> Result) -> Result {
    precondition(array.indices.contains(index), "index out of range")
    return array.withUnsafeBufferPointer { elements in
        elements.withMemoryRebound(to: Unmanaged<Element>.self) { $0[index]._withUnsafeGuaranteedRef(body) }
    }
}
