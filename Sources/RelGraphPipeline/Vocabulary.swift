import RelGraphAnalysis
import RelGraphCore
import RelGraphExport
import RelGraphExtraction
import RelGraphRendering
import RelGraphStore

// The types of the library modules that callers of the pipeline (the command-line tool) name
// in their options. The tool imports RelGraphPipeline and RelGraphCore only; these aliases are
// the whole vocabulary it sees of the other modules.

/// A registered actor measure's name (RelGraphAnalysis).
public typealias MeasureName = RelGraphAnalysis.MeasureName
/// The actor-measure registry (RelGraphAnalysis).
public typealias ActorMeasures = RelGraphAnalysis.ActorMeasures
/// What the key-actor analysis computes (RelGraphAnalysis).
public typealias ActorOptions = RelGraphAnalysis.KeyActors.Options
/// A community-detection algorithm (RelGraphAnalysis).
public typealias CommunityAlgorithm = RelGraphAnalysis.CommunityAlgorithm
/// How path-based measures read weights (RelGraphAnalysis).
public typealias PathWeighting = RelGraphAnalysis.PathWeighting
/// Exact or sampled all-pairs measures (RelGraphAnalysis).
public typealias SourceSampling = RelGraphAnalysis.SourceSampling
/// DOT styling options (RelGraphExport).
public typealias DOTOptions = RelGraphExport.DOTOptions
/// A Graphviz layout engine (RelGraphRendering).
public typealias LayoutEngine = RelGraphRendering.LayoutEngine
/// A rendered file format: SVG, PNG, PDF (RelGraphRendering).
public typealias OutputFormat = RelGraphRendering.OutputFormat
/// The format of an article input (RelGraphExtraction).
public typealias InputFormat = RelGraphExtraction.InputFormat
/// The record fields that hold an article's id, title, date and text (RelGraphExtraction).
public typealias FieldNames = RelGraphExtraction.FieldNames
/// Extraction options: window, headline links, threads (RelGraphExtraction).
public typealias ExtractionOptions = RelGraphExtraction.ExtractionOptions
public typealias ExtractionProgress = RelGraphExtraction.ExtractionProgress
public typealias ExtractionTally = RelGraphExtraction.ExtractionTally
public typealias TrendChartAxis = RelGraphExport.TrendChartSVG.Axis
public typealias TrendOptions = RelGraphAnalysis.ActorTrends.Options
public typealias StoreSlice = RelGraphStore.StoreSlice
public typealias TrendChartOptions = RelGraphExport.TrendChartSVG.Options
