import ArgumentParser
import Foundation
import RelGraphPipeline

/// Turns failures into messages and exit codes in one place (``RelGraphCommand/main()``):
/// usage errors exit 64, runtime failures exit 1, each as one `error: …` line on standard error
/// (ArgumentParser's own usage errors add the usage text); SIGINT, SIGTERM and SIGHUP remove
/// the temporary files of outputs being written and exit 128 + the signal number (130, 143, 129).
enum ErrorReporting {
    /// Prints a warning line to standard error.
    static func warn(_ message: String) {
        FileHandle.standardError.write(Data("warning: \(message)\n".utf8))
    }

    /// Prints a note line to standard error.
    static func note(_ message: String) {
        FileHandle.standardError.write(Data("\(message)\n".utf8))
    }

    /// The line printed when a signal stops a run.
    static func interrupted(signal: Int32) -> String {
        "error: interrupted by signal \(signal); outputs being written were removed"
    }

    /// Prints `error` and exits with its code: 64 for a usage error, 1 otherwise.
    static func exit(with error: PipelineError) -> Never {
        FileHandle.standardError.write(Data("error: \(error.description)\n".utf8))
        Foundation.exit(error.isUsageError ? ExitCode.validationFailure.rawValue : ExitCode.failure.rawValue)
    }
}
