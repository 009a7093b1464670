// swift-tools-version: 6.0
import PackageDescription

// Core depends on nothing; each edge target adds one outside package; the CLI wires them.
let package = Package(
    name: "PlanCheck",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "plancheck", targets: ["plancheck"]),
        .library(name: "PlanCheckCore", targets: ["PlanCheckCore"]),
        .library(name: "PlanCheckParsing", targets: ["PlanCheckParsing"]),
        .library(name: "PlanCheckRules", targets: ["PlanCheckRules"]),
        .library(name: "PlanCheckReport", targets: ["PlanCheckReport"]),
        .library(name: "PlanCheckStore", targets: ["PlanCheckStore"]),
        .library(name: "PlanCheckEngine", targets: ["PlanCheckEngine"]),
        .library(name: "PlanCheckLetter", targets: ["PlanCheckLetter"]),
        .library(name: "PlanCheckServer", targets: ["PlanCheckServer"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
    ],
    targets: [
        .target(name: "PlanCheckCore"),
        .target(
            name: "PlanCheckParsing",
            dependencies: ["PlanCheckCore", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .target(
            name: "PlanCheckRules",
            dependencies: ["PlanCheckCore", .product(name: "Yams", package: "Yams")]),
        .target(name: "PlanCheckReport", dependencies: ["PlanCheckCore"]),
        .target(
            name: "PlanCheckStore",
            dependencies: ["PlanCheckCore", .product(name: "GRDB", package: "GRDB.swift")]),
        // The one pipeline every front end calls: jobs → read → link → compare → rules → results.
        .target(
            name: "PlanCheckEngine",
            dependencies: ["PlanCheckCore", "PlanCheckParsing", "PlanCheckRules", "PlanCheckReport", "PlanCheckStore"]),
        // The Sở's feedback letter as a .docx; its own target so that PlanCheckReport stays free of
        // outside packages. Rules gives it the letter template and the sender's details.
        .target(
            name: "PlanCheckLetter",
            dependencies: [
                "PlanCheckCore", "PlanCheckRules", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]),
        // The web front end: routes, pages and auth over the same engine and store as the CLI.
        .target(
            name: "PlanCheckServer",
            dependencies: [
                "PlanCheckCore", "PlanCheckEngine", "PlanCheckReport", "PlanCheckStore", "PlanCheckLetter",
                "PlanCheckRules", "PlanCheckParsing",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdAuth", package: "hummingbird-auth"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
            ]),
        .executableTarget(
            name: "plancheck",
            dependencies: [
                "PlanCheckCore", "PlanCheckParsing", "PlanCheckRules", "PlanCheckReport", "PlanCheckStore",
                "PlanCheckEngine", "PlanCheckLetter", "PlanCheckServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .executableTarget(
            name: "plancheck-bench",
            dependencies: ["PlanCheckCore", "PlanCheckParsing", "PlanCheckRules", "PlanCheckEngine"],
            path: "Sources/plancheck-bench"),
        // libFuzzer target over read → parse → rules (`make fuzz`, with -D FUZZING); the plain
        // build replays saved inputs.
        .executableTarget(
            name: "plancheck-fuzz", dependencies: ["PlanCheckCore", "PlanCheckEngine"],
            path: "Sources/plancheck-fuzz"),
        .target(
            name: "PlanCheckTestSupport",
            dependencies: ["PlanCheckCore", "PlanCheckParsing"],
            path: "Tests/PlanCheckTestSupport"),
        .testTarget(
            name: "PlanCheckCoreTests", dependencies: ["PlanCheckCore", "PlanCheckTestSupport"]),
        .testTarget(
            name: "PlanCheckParsingTests",
            dependencies: ["PlanCheckParsing", "PlanCheckCore", "PlanCheckTestSupport"],
            exclude: ["Fixtures"]),
        .testTarget(
            name: "PlanCheckRulesTests",
            dependencies: [
                "PlanCheckRules", "PlanCheckParsing", "PlanCheckCore", "PlanCheckEngine", "PlanCheckTestSupport",
            ],
            exclude: ["Fixtures"]),
        .testTarget(
            name: "PlanCheckEngineTests",
            dependencies: [
                "PlanCheckEngine", "PlanCheckCore", "PlanCheckReport", "PlanCheckStore", "PlanCheckTestSupport",
            ]),
        .testTarget(
            name: "PlanCheckReportTests",
            dependencies: ["PlanCheckReport", "PlanCheckCore", "PlanCheckTestSupport"],
            exclude: ["__Snapshots__"]),
        .testTarget(
            name: "PlanCheckLetterTests",
            dependencies: [
                "PlanCheckLetter", "PlanCheckEngine", "PlanCheckParsing", "PlanCheckRules", "PlanCheckStore",
                "PlanCheckCore", "PlanCheckTestSupport", "plancheck",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            exclude: ["__Snapshots__"]),
        .testTarget(
            name: "PlanCheckStoreTests",
            dependencies: ["PlanCheckStore", "PlanCheckCore", "PlanCheckTestSupport"]),
        .testTarget(
            name: "PlanCheckCLITests",
            dependencies: [
                "PlanCheckCore", "PlanCheckStore", "PlanCheckServer", "PlanCheckTestSupport", "plancheck",
                .product(name: "GRDB", package: "GRDB.swift"), .product(name: "Yams", package: "Yams"),
            ]),
        .testTarget(
            name: "PlanCheckServerTests",
            dependencies: [
                "PlanCheckServer", "PlanCheckEngine", "PlanCheckStore", "PlanCheckCore", "PlanCheckTestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]),
    ],
    swiftLanguageModes: [.v6]
)
