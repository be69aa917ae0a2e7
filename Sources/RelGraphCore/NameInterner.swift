import Foundation

/// Numbers the distinct names met in a byte stream, first seen first, without making a
/// `String` per occurrence: the engine behind fast edge-list reading.
///
/// Names are kept as UTF-8 bytes in one buffer; a table with open addressing and linear
/// probing (load at most 1/2) maps the 64-bit FNV-1a hash of a name's bytes to its number
/// (the slot is the hash's top bits after a Fibonacci multiplication, so that names differing
/// in their last byte spread out), and equal hashes are confirmed by comparing the bytes. Strings are made once per distinct name,
/// by ``names()``.
///
/// - Complexity: ``intern(_:)`` is O(*k*) expected for a name of *k* bytes.
///
/// Fowler, Noll and Vo's FNV-1a hash: <http://www.isthe.com/chongo/tech/comp/fnv/>.
public struct NameInterner: Sendable {
    /// Every distinct name's bytes, concatenated in first-seen order.
    private var bytes: [UInt8] = []
    /// Name *i* is `bytes[starts[i] ..< starts[i + 1]]`.
    private var starts: [Int] = [0]
    /// The hash of each name, to grow the table without hashing again.
    private var hashes: [UInt64] = []
    /// Name number + 1 per slot; 0 for an empty slot. The count is a power of two.
    private var slots: [Int32]
    /// 64 − log₂(slot count): the shift that turns a mixed hash into a slot.
    private var shift: UInt64

    /// An empty interner sized for about `capacity` names.
    public init(capacity: Int = 16) {
        var size = 16
        var bits: UInt64 = 4
        while size < 2 * capacity {
            size *= 2
            bits += 1
        }
        slots = [Int32](repeating: 0, count: size)
        shift = 64 - bits
    }

    /// The first slot of hash `h`.
    @inline(__always)
    private func slot(_ h: UInt64) -> Int { Int(truncatingIfNeeded: (h &* 0x9E37_79B9_7F4A_7C15) >> shift) }

    /// The number of distinct names.
    public var count: Int { hashes.count }

    /// The number of `name`: its first-seen position, counting from 0.
    public mutating func intern(_ name: UnsafeBufferPointer<UInt8>) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in name { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
        let mask = slots.count - 1
        var slot = slot(h)
        while slots[slot] != 0 {
            let i = Int(slots[slot]) - 1
            if hashes[i] == h && equals(i, name) { return i }
            slot = (slot + 1) & mask
        }
        let i = hashes.count
        hashes.append(h)
        bytes.append(contentsOf: name)
        starts.append(bytes.count)
        slots[slot] = Int32(i + 1)
        if 2 * hashes.count > slots.count { grow() }
        return i
    }

    /// The names in number order.
    /// - Complexity: O(total bytes).
    public func names() -> [String] {
        bytes.withUnsafeBufferPointer { all in
            (0..<count).map { i in String(decoding: UnsafeBufferPointer(rebasing: all[starts[i]..<starts[i + 1]]), as: UTF8.self) }
        }
    }

    /// Whether name `i` has exactly the bytes of `name`.
    private func equals(_ i: Int, _ name: UnsafeBufferPointer<UInt8>) -> Bool {
        let lo = starts[i], hi = starts[i + 1]
        guard hi - lo == name.count else { return false }
        return bytes.withUnsafeBufferPointer { all in
            name.isEmpty || memcmp(all.baseAddress! + lo, name.baseAddress!, name.count) == 0
        }
    }

    /// Doubles the table and re-inserts every name by its kept hash.
    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        shift -= 1
        let mask = slots.count - 1
        for (i, h) in hashes.enumerated() {
            var slot = slot(h)
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(i + 1)
        }
    }
}
