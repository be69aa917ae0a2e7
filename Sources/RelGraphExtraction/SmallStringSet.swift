/// A set of strings that stays a plain array while small: an entity of an article has one to
/// three surfaces as a rule, and a scan over so few costs less than hashing them.
///
/// Definition: the elements are the strings inserted, one per class of `==` (the first one
/// inserted stays, as with `Set.insert(_:)`), so ``elements`` holds what a `Set<String>` would.
///
/// - Complexity: ``insert(_:)`` is O(*k*) while there are *k* ≤ ``arrayLimit`` elements, then
///   O(1) expected (a `Set`).
struct SmallStringSet {
    /// The most elements kept in the array; one more makes it a `Set`.
    static let arrayLimit = 16

    private var array: [String] = []
    private var hashed: Set<String>?

    /// Adds `s` unless an equal string is an element.
    mutating func insert(_ s: String) {
        if hashed != nil {
            hashed!.insert(s)
            return
        }
        if array.contains(s) { return }
        array.append(s)
        if array.count > Self.arrayLimit {
            hashed = Set(array)
            array = []
        }
    }

    /// The elements, in no particular order.
    var elements: [String] { hashed.map(Array.init) ?? array }
}
