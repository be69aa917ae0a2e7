import Foundation

/// A property that every input must satisfy. A violated property prints its message and aborts,
/// which libFuzzer reports as a crash and saves the input as `crash-…`.
public enum FuzzCheck {
    /// Aborts with `message` unless `condition` holds.
    public static func require(
        _ condition: Bool, _ message: @autoclosure () -> String, file: StaticString = #fileID,
        line: UInt = #line
    ) {
        guard !condition else { return }
        FileHandle.standardError.write(Data("\(file):\(line): property violated: \(message())\n".utf8))
        abort()
    }

    /// The input as a byte array.
    public static func bytes(_ data: UnsafePointer<UInt8>, _ size: Int) -> [UInt8] {
        Array(UnsafeBufferPointer(start: data, count: size))
    }
}
