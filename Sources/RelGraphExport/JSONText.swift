import Foundation
import RelGraphCore

/// A small JSON writer: sorted keys, two-space indentation, and numbers in Swift's shortest
/// round-trip form (Foundation's `JSONSerialization` on Linux rounds doubles to 15 digits).
package enum JSONText {
    /// An array rendered element by element: `element(i)` is built only when written.
    package struct LazyArray {
        package var count: Int
        package var element: (Int) -> Any

        /// An array of `count` elements, element `i` built by `element(i)` when written.
        package init(count: Int, element: @escaping (Int) -> Any) {
            self.count = count
            self.element = element
        }
    }

    /// JSON text rendered by the caller, written as it is (it must be valid JSON at the depth
    /// where it stands).
    package struct Raw {
        package var text: String

        /// Text written verbatim.
        package init(_ text: String) { self.text = text }
    }

    /// Writes `render(value) + "\n"` to `emit` in pieces of about 64 KB; ``LazyArray`` values
    /// (at any depth) are rendered one element at a time.
    package static func write(_ value: Any, to emit: (String) -> Void) {
        var buffer = ""
        func put(_ s: String) {
            buffer += s
            if buffer.utf8.count >= 1 << 16 {
                emit(buffer)
                buffer = ""
            }
        }
        func walk(_ value: Any, _ indent: String) {
            let inner = indent + "  "
            switch value {
            case let raw as Raw:
                put(raw.text)
            case let lazy as LazyArray:
                if lazy.count == 0 { return put("[]") }
                put("[\n")
                for i in 0..<lazy.count {
                    put(inner)
                    walk(lazy.element(i), inner)
                    put(i + 1 < lazy.count ? ",\n" : "\n")
                }
                put(indent + "]")
            case let o as [String: Any] where !o.isEmpty:
                put("{\n")
                let keys = o.keys.sorted()
                for (i, key) in keys.enumerated() {
                    put(inner + quote(key) + ": ")
                    walk(o[key]!, inner)
                    put(i + 1 < keys.count ? ",\n" : "\n")
                }
                put(indent + "}")
            default:
                put(render(value, indent: indent))
            }
        }
        walk(value, "")
        put("\n")
        if !buffer.isEmpty { emit(buffer) }
    }

    /// `value` as JSON text (sorted keys, two-space indentation below `indent`).
    package static func render(_ value: Any, indent: String = "") -> String {
        let inner = indent + "  "
        switch value {
        case is NSNull: return "null"
        case let b as Bool: return b ? "true" : "false"
        case let i as Int: return String(i)
        case let u as UInt64: return String(u)
        case let d as Double: return d.isFinite ? "\(d)" : "null"
        case let s as String: return quote(s)
        case let a as [Any]:
            if a.isEmpty { return "[]" }
            return "[\n" + a.map { inner + render($0, indent: inner) }.joined(separator: ",\n")
                + "\n" + indent + "]"
        case let o as [String: Any]:
            if o.isEmpty { return "{}" }
            return "{\n"
                + o.keys.sorted().map { inner + quote($0) + ": " + render(o[$0]!, indent: inner) }
                .joined(separator: ",\n") + "\n" + indent + "}"
        default: return quote("\(value)")
        }
    }

    /// `s` as a JSON string literal.
    package static func quote(_ s: String) -> String { TextEscaping.json(s) }
}
