import ArgumentParser
import Foundation
import RelGraphCore
import RelGraphPipeline

/// Turns failures into messages and exit codes in one place: usage errors exit 64 (through
/// ArgumentParser's `ValidationError`), runtime failures print `error: …` and exit 1.
enum ErrorReporting {
    /// Runs `body`, converting a ``PipelineError`` into an `error:` line and exit code 1.
    static func run(_ body: () throws(PipelineError) -> Void) throws {
        do {
            try body()
        } catch {
            FileHandle.standardError.write(Data("error: \(error.description)\n".utf8))
            throw ExitCode.failure
        }
    }

    /// Prints a warning line to standard error.
    static func warn(_ message: String) {
        FileHandle.standardError.write(Data("warning: \(message)\n".utf8))
    }

    /// Prints a note line to standard error.
    static func note(_ message: String) {
        FileHandle.standardError.write(Data("\(message)\n".utf8))
    }

    /// Writes `text` to `path` atomically, or to standard output when `path` is nil or `-`.
    static func emit(_ text: String, to path: String?) throws(PipelineError) {
        guard let path, path != "-" else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        do { try AtomicFile.write(text, to: path) } catch { throw .graph(error) }
    }
}
