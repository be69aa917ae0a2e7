import RelGraphAnalysis
import RelGraphCore
import RelGraphExport
import RelGraphRendering

/// Turning a filtered diagram into the files `export`, `render` and `report` write.
extension DiagramFilter.Diagram {
    /// Every measure and the community of each kept entity, for the interchange encoders; node
    /// size follows `measure`.
    public func nodeMeasures(sizeBy measure: MeasureName) -> NodeMeasures {
        NodeMeasures(
            columns: measures.map { NodeMeasures.Column(name: $0.name, values: $0.values) },
            community: community, sizeColumn: measure.rawValue)
    }

    /// The layout engine for this diagram: `requested`, or the automatic choice by size.
    public func layout(_ requested: LayoutEngine?) -> LayoutEngine {
        requested ?? LayoutEngine.automatic(nodeCount: graph.entities.count)
    }

    /// Styled DOT text for this diagram, with graph attributes for `layout`.
    /// - Parameter options: Title, legend, clusters, flags…; `layout` and `measureName` are
    ///   filled in here.
    public func dot(
        layout: LayoutEngine, measure: MeasureName, options: DOTOptions = .init()
    ) -> String {
        var options = options
        options.layout = layout.rawValue
        options.measureName = measure.measure.title
        options.highlighted.formUnion(focus)
        return DOTEncoder.encode(
            graph, importance: importance.map { $0.isNaN ? 0 : $0 }, community: community,
            options: options)
    }
}
