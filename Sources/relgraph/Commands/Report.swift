import ArgumentParser
import Foundation
import RelGraphPipeline

extension RelGraphCommand {
    /// `relgraph report`: one self-contained HTML file.
    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "report",
            abstract: "Write a self-contained HTML report: diagram (zoom, pan, evidence on click), key actors and communities.",
            discussion: """
                The file loads nothing from the network and works offline. The diagram filters
                (--top, --focus, --backbone, ...) apply to the diagram only; the tables list
                the whole graph. A graph of more than 60 entities shows the 60 most important in
                the diagram unless --top or --all says otherwise.
                """)

        @Argument(help: "A graph: *.relgraph.json or an edge list (.tsv/.csv).")
        var graph: String?

        @OptionGroup var storeOptions: StoreOptions

        @Option(name: .shortAndLong, help: "The HTML file to write (default: standard output).")
        var output: String?

        @Flag(help: "Lay out even graphs so large that the engine may take minutes.")
        var force = false

        @OptionGroup var diagram: DiagramOptions

        func validate() throws {
            try storeOptions.requireOne(of: graph, named: "graph")
        }

        func run() throws {
            let title =
                diagram.title
                ?? URL(fileURLWithPath: graph ?? storeOptions.store ?? "").lastPathComponent
                .replacingOccurrences(of: ".relgraph.json", with: "")
            var notes: [String] = []
            let html = try Pipeline.report(
                try loadGraph(graph, store: storeOptions, relations: diagram.relationOptions.kinds), title: title, filter: diagram.filter,
                all: diagram.all,
                layout: diagram.layout,
                options: diagram.dotOptions, force: force, notes: &notes)
            for n in notes { ErrorReporting.note(n) }
            try Pipeline.emit(html, to: output == "-" ? nil : output)
        }
    }
}
