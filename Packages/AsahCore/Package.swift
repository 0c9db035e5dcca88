// swift-tools-version:6.0
import PackageDescription

// AsahCore: the domain rules of Asah. Foundation only, no dependencies.
let package = Package(
    name: "AsahCore",
    platforms: [.macOS(.v13)],
    products: [.library(name: "AsahCore", targets: ["AsahCore"])],
    targets: [
        .target(name: "AsahCore"),
        .testTarget(name: "AsahCoreTests", dependencies: ["AsahCore"]),
    ]
)
