// swift-tools-version: 6.0
import PackageDescription

// libFuzzer targets for RelGraph (issue 13), one executable per target, outside the normal test
// build. Built and run by `Scripts/fuzz.sh`, which passes `--sanitize fuzzer --sanitize address`
// and `-enable-testing` (the targets reach internal readers through `@testable import`).
// Each executable defines `LLVMFuzzerTestOneInput`; libFuzzer supplies `main`, hence
// `-parse-as-library`.
let fuzzTargets: [(name: String, dependencies: [String])] = [
    ("FuzzText", ["RelGraphExtraction"]),
    ("FuzzJSONLines", ["RelGraphExtraction"]),
    ("FuzzJSON", ["RelGraphExtraction"]),
    ("FuzzCSV", ["RelGraphExtraction"]),
    ("FuzzHTMLInput", ["RelGraphExtraction"]),
    ("FuzzExtraction", ["RelGraphExtraction", "RelGraphCore"]),
    ("FuzzDOT", ["RelGraphExport", "RelGraphRendering", "RelGraphCore"]),
    ("FuzzMarkup", ["RelGraphExport", "RelGraphAnalysis", "RelGraphCore"]),
    ("FuzzGraphFile", ["RelGraphCore"]),
]

let package = Package(
    name: "RelGraphFuzz",
    dependencies: [.package(name: "RelGraph", path: "..")],
    targets: [
        .target(
            name: "FuzzSupport",
            dependencies: [
                .product(name: "RelGraphCore", package: "RelGraph"),
                .product(name: "RelGraphExtraction", package: "RelGraph"),
            ]
        )
    ]
        + fuzzTargets.map { target in
            .executableTarget(
                name: target.name,
                dependencies: ["FuzzSupport"]
                    + target.dependencies.map { .product(name: $0, package: "RelGraph") },
                swiftSettings: [.unsafeFlags(["-parse-as-library"])]
            )
        },
    swiftLanguageModes: [.v6]
)
