// swift-tools-version:6.0
import PackageDescription

// AsahCore: the domain rules of Asah. Foundation only, no dependencies.
// AsahDemo: the deterministic demo data (four local governments, their people, a year of learning),
// kept out of the rules; the app's demo and benchmark commands write it to a database.
let package = Package(
    name: "AsahCore",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "AsahCore", targets: ["AsahCore"]),
        .library(name: "AsahDemo", targets: ["AsahDemo"]),
    ],
    targets: [
        // The competency dictionary and the common-password list are data, compiled into the library
        // (no resource bundle to ship).
        .target(
            name: "AsahCore",
            resources: [
                .embedInCode("Resources/competency-dictionary.json"),
                .embedInCode("Resources/common-passwords.txt"),
            ]),
        .target(name: "AsahDemo", dependencies: ["AsahCore"]),
        // Property tests draw their cases from the demo's seeded generator (`DemoRNG`).
        .testTarget(name: "AsahCoreTests", dependencies: ["AsahCore", "AsahDemo"]),
        .testTarget(name: "AsahDemoTests", dependencies: ["AsahCore", "AsahDemo"]),
    ]
)
