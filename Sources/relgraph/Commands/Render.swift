import ArgumentParser
import Foundation
import RelGraphPipeline

extension RelGraphCommand {
    /// `relgraph render`: SVG/PNG/PDF in-process through libgvc.
    struct Render: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "render",
            abstract: "Render a graph or a DOT file to SVG, PNG or PDF with the Graphviz library (in-process).",
            discussion: """
                A graph (*.relgraph.json or edge list) is styled and filtered first (--top,
                --focus, --backbone, ...); a graph of more than 60 entities shows the 60 most
                important unless --top or --all says otherwise. A DOT file is rendered as it is; filters and styling
                options do not apply to it. Layouts that would take minutes (dot above 1,000
                nodes, overlap removal above 5,000) are refused unless --force is given.
                """)

        @Argument(help: "A .dot/.gv file, a *.relgraph.json graph or an edge list (.tsv/.csv).")
        var input: String?

        @OptionGroup var storeOptions: StoreOptions

        @Option(
            name: .shortAndLong,
            help: "The file to write; its extension picks the format unless --format is given. '-' writes to standard output.")
        var output: String

        @Option(help: "Output format: \(choices(OutputFormat.self)).")
        var format: OutputFormat?

        @Flag(help: "Lay out even graphs so large that the engine may take minutes.")
        var force = false

        @OptionGroup var diagram: DiagramOptions

        func validate() throws {
            try storeOptions.requireOne(of: input, named: "graph or DOT file")
            if format == nil && OutputFormat(pathExtension: URL(fileURLWithPath: output).pathExtension) == nil {
                throw ValidationError("Cannot tell the format of '\(output)'; use --format svg, png or pdf")
            }
        }

        func run() throws {
            let fmt = format ?? OutputFormat(pathExtension: URL(fileURLWithPath: output).pathExtension) ?? .svg
            var warnings: [String] = []
            var notes: [String] = []
            defer {
                for w in warnings { ErrorReporting.warn(w) }
                for n in notes { ErrorReporting.note(n) }
            }
            try Pipeline.render(
                input ?? "", graph: try storeOptions.graph(relations: diagram.relationOptions.kinds), to: output, format: fmt,
                filter: diagram.filter, all: diagram.all,
                relations: diagram.relationOptions.kinds, layout: diagram.layout,
                dotOptions: diagram.dotOptions, force: force, warnings: &warnings, notes: &notes)
        }
    }
}
