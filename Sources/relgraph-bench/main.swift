// relgraph-bench: release-build benchmarks of RelGraph's stages (see Benchmarks.md).
//
//   swift run -c release relgraph-bench extract CORPUS.jsonl [THREADS]
//   swift run -c release relgraph-bench analysis GRAPH.tsv [RUNS]
import Foundation

let arguments = Array(CommandLine.arguments.dropFirst())
guard arguments.count >= 2 else {
    fail("usage: relgraph-bench extract CORPUS.jsonl [THREADS] | analysis GRAPH.tsv [RUNS]")
}
let rest = Array(arguments.dropFirst(2))
switch arguments[0] {
case "extract": extractBench(path: arguments[1], args: rest)
case "analysis": analysisBench(path: arguments[1], args: rest)
case "render": renderBench(args: Array(arguments.dropFirst()))
default: fail("unknown stage '\(arguments[0])'; expected extract or analysis")
}
