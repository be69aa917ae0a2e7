/// A small, fast, deterministic pseudo-random generator (SplitMix64).
///
/// Louvain uses it instead of `SystemRandomNumberGenerator` so that a seed gives the same
/// partition on every platform and Swift version; ``shuffle(_:)`` is a plain Fisher–Yates shuffle
/// for the same reason (the standard library's `shuffle(using:)` algorithm is unspecified).
///
/// - Complexity: O(1) per number.
///
/// ## Reference
/// Steele, Guy L., Doug Lea, and Christine H. Flood. "Fast Splittable Pseudorandom Number
/// Generators." In Proceedings of the 2014 ACM International Conference on Object Oriented
/// Programming Systems Languages & Applications (OOPSLA), 453–472. 2014.
/// https://doi.org/10.1145/2660193.2660195
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound` (multiply-shift; bias < 2⁻⁶⁴ · bound).
    mutating func next(below bound: Int) -> Int {
        Int(truncatingIfNeeded: next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    /// Shuffles `array` (an array or a buffer indexed from 0) in place (Fisher–Yates, last
    /// position first).
    /// - Complexity: O(*n*), where *n* is `array.count`.
    mutating func shuffle<C: MutableCollection & RandomAccessCollection>(_ array: inout C)
    where C.Index == Int {
        assert(array.startIndex == 0, "shuffle expects a collection indexed from 0")
        var i = array.count - 1
        while i > 0 {
            array.swapAt(i, next(below: i + 1))
            i -= 1
        }
    }
}
