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
        // Reads the zip container of .xlsx uploads (SIASN exports re-saved in Excel).
        .package(url: "https://github.com/weichsel/ZIPFoundation.git", from: "0.9.19"),
    ],
    targets: [
        .target(
            name: "AsahFormats",
            dependencies: [
                .product(name: "AsahCore", package: "AsahCore"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .testTarget(
            name: "AsahFormatsTests",
            dependencies: ["AsahFormats", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
    ]
)
