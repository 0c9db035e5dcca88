// swift-tools-version:6.0
import PackageDescription

// The figures behind the hand-written XML reader (docs/decisions.md): AsahFormats' MiniXML sheet
// reader against Foundation's XMLParser on the same sheet, and an XLSX import against its CSV.
// Not part of `make test`; run bench/xml/run.sh.
let package = Package(
    name: "xml-bench",
    platforms: [.macOS(.v13)],
    dependencies: [
        // The readers being measured.
        .package(path: "../../Packages/AsahFormats"),
    ],
    targets: [
        .executableTarget(
            name: "xml-bench",
            dependencies: [.product(name: "AsahFormats", package: "AsahFormats")]
        )
    ]
)
