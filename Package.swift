// swift-tools-version: 6.0
import PackageDescription

// Dependencies run one way:
//   RelGraphCore <- RelGraphExtraction, RelGraphAnalysis <- RelGraphExport (serialisers of graphs
//                   and of analysis results)
//   CGraphviz    <- RelGraphRendering            (the only Swift module that touches Graphviz)
//   RelGraphCore, CSQLite <- RelGraphStore       (the embedded SQLite corpus store; the only
//                   Swift module that touches SQLite)
//   all of them  <- RelGraphPipeline <- relgraph (parses and calls the pipeline; imports
//                   RelGraphPipeline and RelGraphCore only)
let package = Package(
    name: "RelGraph",
    products: [
        .library(name: "RelGraphCore", targets: ["RelGraphCore"]),
        .library(name: "RelGraphExtraction", targets: ["RelGraphExtraction"]),
        .library(name: "RelGraphAnalysis", targets: ["RelGraphAnalysis"]),
        .library(name: "RelGraphExport", targets: ["RelGraphExport"]),
        .library(name: "RelGraphRendering", targets: ["RelGraphRendering"]),
        .library(name: "RelGraphPipeline", targets: ["RelGraphPipeline"]),
        .library(name: "RelGraphStore", targets: ["RelGraphStore"]),
        .executable(name: "relgraph", targets: ["relgraph"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
    ],
    targets: [
        .target(name: "RelGraphCore"),
        .target(
            name: "RelGraphExtraction",
            dependencies: ["RelGraphCore"],
            resources: [
                .copy("Resources/countries.json"), .copy("Resources/issues.json"),
                .copy("Resources/people.json"), .copy("Resources/names.json"),
                .copy("Resources/organizations.json"), .copy("Resources/words.json"),
                .copy("Resources/offices.json"),
            ]
        ),
        .target(name: "RelGraphAnalysis", dependencies: ["RelGraphCore"]),
        .target(name: "RelGraphExport", dependencies: ["RelGraphCore", "RelGraphAnalysis"]),
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        .target(name: "RelGraphRendering", dependencies: ["CGraphviz"]),
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        .target(name: "RelGraphStore", dependencies: ["RelGraphCore", "CSQLite"]),
        .target(
            name: "RelGraphPipeline",
            dependencies: [
                "RelGraphCore", "RelGraphExtraction", "RelGraphAnalysis", "RelGraphExport",
                "RelGraphRendering", "RelGraphStore",
            ]
        ),
        .executableTarget(
            name: "relgraph",
            dependencies: [
                "RelGraphPipeline", "RelGraphCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "relgraph-bench",
            dependencies: [
                "RelGraphCore", "RelGraphExtraction", "RelGraphAnalysis", "RelGraphExport", "RelGraphRendering",
            ]
        ),
        .target(name: "GraphTestSupport", dependencies: ["RelGraphCore"], path: "Tests/GraphTestSupport"),
        .testTarget(name: "RelGraphCoreTests", dependencies: ["RelGraphCore", "GraphTestSupport"]),
        .testTarget(name: "RelGraphExtractionTests", dependencies: ["RelGraphExtraction", "GraphTestSupport"]),
        .testTarget(name: "RelGraphAnalysisTests", dependencies: ["RelGraphAnalysis", "GraphTestSupport"]),
        .testTarget(
            name: "RelGraphExportTests",
            dependencies: ["RelGraphExport", "RelGraphRendering", "GraphTestSupport"],
            exclude: ["Snapshots"]
        ),
        .testTarget(name: "RelGraphRenderingTests", dependencies: ["RelGraphRendering"]),
        .testTarget(name: "RelGraphStoreTests", dependencies: ["RelGraphStore", "GraphTestSupport"]),
        .testTarget(
            name: "RelGraphPipelineTests",
            dependencies: ["RelGraphPipeline", "GraphTestSupport"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
