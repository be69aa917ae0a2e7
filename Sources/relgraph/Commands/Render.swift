import ArgumentParser
import Foundation
import RelGraphExport
import RelGraphPipeline
import RelGraphRendering

extension RelGraphCommand {
    /// `relgraph render`: SVG/PNG/PDF in-process through libgvc.
    struct Render: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Render a graph or a DOT file to SVG, PNG or PDF with the Graphviz library (in-process).",
            discussion: """
                A graph (*.relgraph.json or edge list) is styled and filtered first (--top,
                --focus, --backbone, ...). A DOT file is rendered as it is; filters and styling
                options do not apply to it. Layouts that would take minutes (dot above 1,000
                nodes, overlap removal above 5,000) are refused unless --force is given.
                """)

        @Argument(help: "A .dot/.gv file, a *.relgraph.json graph or an edge list (.tsv/.csv).")
        var input: String

        @Option(name: .shortAndLong, help: "The file to write; its extension picks the format unless --format is given. '-' writes to standard output.")
        var output: String

        @Option(help: "Output format: svg, png, pdf.")
        var format: OutputFormat?

        @Flag(help: "Lay out even graphs so large that the engine may take minutes.")
        var force = false

        @OptionGroup var diagram: DiagramOptions

        func run() throws {
            let ext = URL(fileURLWithPath: output).pathExtension
            guard let fmt = format ?? OutputFormat(pathExtension: ext) else {
                throw ValidationError("Cannot tell the format of '\(output)'; use --format svg, png or pdf")
            }
            let dot: String
            let engine: LayoutEngine
            let lower = input.lowercased()
            if lower.hasSuffix(".dot") || lower.hasSuffix(".gv") {
                guard let text = try? String(contentsOfFile: input, encoding: .utf8) else {
                    throw ValidationError("Cannot read DOT file '\(input)'")
                }
                dot = text
                var parsed: ParsedGraph?
                try ErrorReporting.run { () throws(PipelineError) in
                    do throws(RenderError) { parsed = try Graphviz.parse(dot: text) } catch { throw .rendering(error) }
                }
                let named = parsed!.graphAttributes["layout"].flatMap(LayoutEngine.init(rawValue:))
                engine = diagram.layout ?? named ?? LayoutEngine.automatic(nodeCount: parsed!.nodeCount)
            } else {
                let g = try loadGraph(input)
                let (shown, filter) = try diagram.apply(to: g)
                engine = shown.layout(diagram.layout)
                dot = shown.dot(layout: engine, measure: filter.measure, options: diagram.dotOptions())
            }
            try ErrorReporting.run { () throws(PipelineError) in
                do throws(RenderError) {
                    if output == "-" {
                        let data = try Graphviz.render(dot: dot, layout: engine, format: fmt, force: force)
                        FileHandle.standardOutput.write(data)
                    } else {
                        try Graphviz.render(dot: dot, layout: engine, format: fmt, to: output, force: force)
                    }
                } catch {
                    throw .rendering(error)
                }
            }
        }
    }
}

extension OutputFormat: ExpressibleByArgument {}
