// swift-tools-version: 6.1
// The benchmark harness, a nested package so that users of the koppel library never resolve
// or build it. Run it with `Benchmarks/run.sh` from the repository root (see README.md here).
import Foundation
import PackageDescription

// SwiftPM names a path dependency after its folder (`koppel`, or a worktree's name).
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()

let package = Package(
    name: "koppel-benchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(path: root.path)
    ],
    targets: [
        .executableTarget(
            name: "koppel-bench",
            dependencies: [.product(name: "Koppel", package: root.lastPathComponent)]
        )
    ],
    swiftLanguageModes: [.v6]
)
