// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "koppel",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "Koppel", targets: ["Koppel"]),
        // Deterministic demo data and synthetic instances, for trying koppel, tests and benchmarks.
        .library(name: "KoppelDemo", targets: ["KoppelDemo"]),
        .executable(name: "koppel", targets: ["koppel"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.1.0"),
        .package(url: "https://github.com/vapor/jwt-kit", from: "5.7.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
    ],
    targets: [
        // COIN-OR CLP's C interface (the LP solver behind the exact exchange search's bounds).
        .systemLibrary(
            name: "CClp", path: "Sources/CClp", pkgConfig: "clp",
            providers: [.apt(["coinor-libclp-dev"]), .brew(["clp"])]),
        // Pure engine: model values, scoring, stable matching, exchange cycles. No I/O.
        .target(name: "KoppelEngine", dependencies: ["CClp"]),
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
                .embedInCode("008_data_version.sql"),
                .embedInCode("009_ranking_monitor.sql"),
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
        // The embeddable library: store, import/export, decision log, access requests.
        .target(
            name: "Koppel",
            dependencies: [
                "KoppelEngine", "KoppelSchema", "KoppelSeeds",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "CSV", package: "CSV.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // The deterministic demo-data generator, synthetic engine instances and browser states,
        // and the demo database built from them through the import path.
        .target(name: "KoppelDemo", dependencies: ["Koppel", "KoppelBrowser", .product(name: "GRDB", package: "GRDB.swift")]),
        // The terminal browser: pure state, reducer and renderer, plus a thin termios driver.
        .target(name: "KoppelBrowser", dependencies: ["KoppelEngine"]),
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
                .product(name: "JWTKit", package: "jwt-kit"),
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
                "Koppel", "KoppelDemo", "KoppelBrowser", "KoppelServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(name: "koppel", dependencies: ["KoppelCommands"]),
        .testTarget(name: "KoppelEngineTests", dependencies: ["KoppelEngine", "KoppelDemo"]),
        .testTarget(name: "KoppelTests", dependencies: ["Koppel", "KoppelDemo"]),
        .testTarget(
            name: "KoppelServerTests",
            dependencies: [
                "KoppelServer", "KoppelDemo",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
        .testTarget(name: "KoppelBrowserTests", dependencies: ["KoppelBrowser", "KoppelDemo"], exclude: ["Snapshots"]),
        // End-to-end tests that run the built `koppel` binary the way a user does.
        .testTarget(name: "KoppelCLITests", dependencies: ["Koppel", "KoppelDemo", "koppel"]),
    ],
    swiftLanguageModes: [.v6]
)
