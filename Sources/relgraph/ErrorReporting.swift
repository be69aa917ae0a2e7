import ArgumentParser
import Foundation
import RelGraphPipeline

/// Turns failures into messages and exit codes in one place (``RelGraphCommand/main()``):
/// usage errors exit 64, runtime failures exit 1, each as one `error: …` line on standard error
/// (ArgumentParser's own usage errors add the usage text).
enum ErrorReporting {
    /// Prints a warning line to standard error.
    static func warn(_ message: String) {
        FileHandle.standardError.write(Data("warning: \(message)\n".utf8))
    }

    /// Prints a note line to standard error.
    static func note(_ message: String) {
        FileHandle.standardError.write(Data("\(message)\n".utf8))
    }

    /// Prints `error` and exits with its code: 64 for a usage error, 1 otherwise.
    static func exit(with error: PipelineError) -> Never {
        FileHandle.standardError.write(Data("error: \(error.description)\n".utf8))
        Foundation.exit(error.isUsageError ? ExitCode.validationFailure.rawValue : ExitCode.failure.rawValue)
    }
}
