// swift-tools-version: 6.1
// The benchmark harness, a nested package so that users of the koppel library never resolve
// or build it. Run it with `Benchmarks/run.sh` from the repository root (see README.md here).
import PackageDescription

let package = Package(
    name: "koppel-benchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        // Named, so the product reference holds whatever the checkout's folder is called.
        .package(name: "koppel", path: "../")
    ],
    targets: [
        .executableTarget(
            name: "koppel-bench",
            dependencies: [
                .product(name: "Koppel", package: "koppel"),
                .product(name: "KoppelDemo", package: "koppel"),
            ]
        )
    ],
    swiftLanguageModes: [.v6]
)
