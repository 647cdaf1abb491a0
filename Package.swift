// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "koppel",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "Koppel", targets: ["Koppel"]),
        .executable(name: "koppel", targets: ["koppel"]),
        // Synthetic browser data and key mixes, for the nested Benchmarks package; underscored
        // (as swift-syntax's `_SwiftSyntaxTestSupport`): not a stable API.
        .library(name: "_KoppelBrowserTestSupport", targets: ["_KoppelBrowserTestSupport"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
    ],
    targets: [
        // Pure engine: model values, scoring, stable matching, exchange cycles. No I/O.
        .target(name: "KoppelEngine"),
        // The SQL migrations, compiled into the binary.
        .target(
            name: "KoppelSchema",
            path: "Schema",
            exclude: ["README.md"],
            resources: [
                .embedInCode("001_core.sql"),
                .embedInCode("002_decision_log.sql"),
                .embedInCode("003_person_search.sql"),
                .embedInCode("004_person_scale_checks.sql"),
                .embedInCode("005_viewer_and_actor.sql"),
                .embedInCode("006_accounts.sql"),
                .embedInCode("007_accountability.sql"),
            ]
        ),
        // Reference seed data, compiled into the binary.
        .target(
            name: "KoppelSeeds",
            path: "Seeds",
            exclude: ["README.md", "tools", "nl_skills.csv"],
            resources: [
                .embedInCode("employers.csv"),
                .embedInCode("scales.csv"),
                .embedInCode("nlqf_levels.csv"),
                .embedInCode("domains.csv"),
                .embedInCode("skills.csv"),
                .embedInCode("skill_relations.csv"),
                .embedInCode("job_titles.csv"),
                .embedInCode("courses.csv"),
                .embedInCode("credentials.csv"),
                .embedInCode("algoritmeregister_v1_fields.csv"),
            ]
        ),
        // The embeddable library: store, import/export, demo data, audit.
        .target(
            name: "Koppel",
            dependencies: [
                "KoppelEngine", "KoppelSchema", "KoppelSeeds",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "CSV", package: "CSV.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // The terminal browser: pure state, reducer and renderer, plus a thin termios driver.
        .target(name: "KoppelBrowser", dependencies: ["KoppelEngine"]),
        // Synthetic browser states for tests and benchmarks (not part of any product).
        .target(name: "_KoppelBrowserTestSupport", dependencies: ["KoppelBrowser"]),
        // `koppel serve`: the store behind HTTP (Hummingbird 2), with accounts and sign-in. The
        // engine and the store do not depend on it.
        .target(
            name: "KoppelServer",
            dependencies: [
                "Koppel",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            resources: [.embedInCode("openapi.json")]
        ),
        // The CLI's commands as a library, so tests can call them.
        .target(
            name: "KoppelCommands",
            dependencies: [
                "Koppel", "KoppelBrowser", "KoppelServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(name: "koppel", dependencies: ["KoppelCommands"]),
        .testTarget(name: "KoppelEngineTests", dependencies: ["KoppelEngine"]),
        .testTarget(name: "KoppelTests", dependencies: ["Koppel"]),
        .testTarget(
            name: "KoppelServerTests",
            dependencies: [
                "KoppelServer",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
        .testTarget(name: "KoppelBrowserTests", dependencies: ["KoppelBrowser", "_KoppelBrowserTestSupport"], exclude: ["Snapshots"]),
        // End-to-end tests that run the built `koppel` binary the way a user does.
        .testTarget(name: "KoppelCLITests", dependencies: ["Koppel", "koppel"]),
    ],
    swiftLanguageModes: [.v6]
)
