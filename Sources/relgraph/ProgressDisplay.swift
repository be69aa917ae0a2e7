import Foundation
import RelGraphPipeline

/// Shows a long read's progress on standard error: a bar redrawn in place when standard error
/// is a terminal (percent, MB read of the total, MB/s, articles/s, time left), plain lines every
/// ten seconds otherwise (logs, CI). Sizes come from the input files; standard input has no
/// total, so only rates are shown.
final class ProgressDisplay {
    private let terminal = isatty(2) != 0
    private var lastDraw = -1.0
    private var drawn = false

    /// Shows `p` if enough time has passed since the last display.
    func update(_ p: ExtractionProgress) {
        let interval = terminal ? 0.2 : 10
        guard p.seconds - lastDraw >= interval else { return }
        lastDraw = p.seconds
        let mb = Double(p.bytesRead) / 1e6
        let rate = p.seconds > 0 ? mb / p.seconds : 0
        let perSecond = p.seconds > 0 ? Double(p.articles) / p.seconds : 0
        var parts: [String] = []
        var bar = ""
        if let total = p.totalBytes, total > 0 {
            let fraction = min(1, Double(p.bytesRead) / Double(total))
            let filled = Int(fraction * 24)
            bar = "[" + String(repeating: "#", count: filled) + String(repeating: " ", count: 24 - filled) + "] "
            parts.append(String(format: "%3.0f%%", fraction * 100))
            parts.append(String(format: "%.1f/%.1f MB", mb, Double(total) / 1e6))
            if rate > 0, fraction < 1 {
                parts.append("ETA \(Self.duration((Double(total) / 1e6 - mb) / rate))")
            }
        } else {
            parts.append(String(format: "%.1f MB", mb))
        }
        parts.append(String(format: "%.1f MB/s", rate))
        parts.append("\(p.articles) articles (\(Int(perSecond))/s)")
        let line = "reading: " + bar + parts.joined(separator: "  ")
        if terminal {
            FileHandle.standardError.write(Data("\r\u{1B}[K\(line)".utf8))
            drawn = true
        } else {
            FileHandle.standardError.write(Data("\(line)\n".utf8))
        }
    }

    /// Clears the bar (on a terminal) before the summary is printed.
    func finish() {
        if drawn { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        drawn = false
    }

    /// `s` seconds as `12 s`, `3 min 04 s` or `1 h 02 min`.
    static func duration(_ s: Double) -> String {
        let t = Int(s.rounded())
        if t < 60 { return "\(t) s" }
        if t < 3600 { return String(format: "%d min %02d s", t / 60, t % 60) }
        return String(format: "%d h %02d min", t / 3600, (t % 3600) / 60)
    }
}
