/// Option checks shared by every public entry point, so that each problem has one wording.
///
/// Each check throws ``AnalysisError/invalidOption(name:value:expected:)`` with the option's
/// name, the offending value and the accepted range; algorithms call them before any work.
extension AnalysisError {
    /// Accepts a modularity resolution γ that is finite and ≥ 0.
    /// - Throws: `invalidOption(name: "resolution", …, expected: "a finite number ≥ 0")`.
    /// - Complexity: O(1).
    public static func validateResolution(_ resolution: Double) throws(AnalysisError) {
        try validateNonNegative(resolution, name: "resolution")
    }

    /// Accepts a worker count that is `nil` (every active core) or ≥ 1.
    /// - Throws: `invalidOption(name: "threads", …, expected: "an integer ≥ 1")`.
    /// - Complexity: O(1).
    public static func validateThreads(_ threads: Int?) throws(AnalysisError) {
        if let threads { try validateAtLeastOne(threads, name: "threads") }
    }

    /// Accepts a count (iterations, restarts, sweeps, sources, threads) that is ≥ 1.
    /// - Throws: `invalidOption(name: name, …, expected: "an integer ≥ 1")`.
    /// - Complexity: O(1).
    static func validateAtLeastOne(_ value: Int, name: String) throws(AnalysisError) {
        guard value >= 1 else {
            throw .invalidOption(name: name, value: "\(value)", expected: "an integer ≥ 1")
        }
    }

    /// Accepts a number that is finite and ≥ 0 (resolution, randomness).
    /// - Throws: `invalidOption(name: name, …, expected: "a finite number ≥ 0")`.
    /// - Complexity: O(1).
    static func validateNonNegative(_ value: Double, name: String) throws(AnalysisError) {
        guard value.isFinite, value >= 0 else {
            throw .invalidOption(name: name, value: "\(value)", expected: "a finite number ≥ 0")
        }
    }

    /// Accepts a number that is finite and > 0 (convergence tolerances).
    /// - Throws: `invalidOption(name: name, …, expected: "a finite number > 0")`.
    /// - Complexity: O(1).
    static func validatePositive(_ value: Double, name: String) throws(AnalysisError) {
        guard value.isFinite, value > 0 else {
            throw .invalidOption(name: name, value: "\(value)", expected: "a finite number > 0")
        }
    }

    /// Accepts a stopping tolerance that is ≥ 0 (+∞ allowed: stop after the first round).
    /// - Throws: `invalidOption(name: "tolerance", …, expected: "a number ≥ 0")`.
    /// - Complexity: O(1).
    static func validateTolerance(_ value: Double) throws(AnalysisError) {
        guard value >= 0 else {
            throw .invalidOption(name: "tolerance", value: "\(value)", expected: "a number ≥ 0")
        }
    }
}
