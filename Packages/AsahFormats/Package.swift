// swift-tools-version:6.0
import PackageDescription

// AsahFormats: the readers of what users upload (SIASN CSV and XLSX exports, assessment and
// competency CSV files). Bounded in stack and memory by the upload, and fuzzed (`make fuzz`).
let package = Package(
    name: "AsahFormats",
    platforms: [.macOS(.v13)],
    products: [.library(name: "AsahFormats", targets: ["AsahFormats"])],
    dependencies: [
        // The rules the readers feed (SIASN row validation, assessments, competencies) and ImportIssue.
        .package(path: "../AsahCore"),
        // Builds .xlsx workbooks in the tests (the reader has its own bounded zip reader: ZipContainer).
        .package(url: "https://github.com/weichsel/ZIPFoundation.git", from: "0.9.19"),
    ],
    targets: [
        // zlib's inflate for the parts of an .xlsx (zlib1g-dev; the system's zlib, as Foundation uses).
        .target(name: "CAsahZlib", linkerSettings: [.linkedLibrary("z")]),
        .target(
            name: "AsahFormats",
            dependencies: [.product(name: "AsahCore", package: "AsahCore"), "CAsahZlib"]
        ),
        .testTarget(
            name: "AsahFormatsTests",
            dependencies: ["AsahFormats", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
    ]
)
