// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "asah",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "asah", targets: ["asah"]),
        .library(name: "AsahServer", targets: ["AsahServer"]),
    ],
    dependencies: [
        // HTTP server, routing, sessions, Bcrypt, commands: the web framework everything stands on.
        .package(url: "https://github.com/vapor/vapor.git", from: "4.110.0"),
        // ORM and migrations shared by both databases.
        .package(url: "https://github.com/vapor/fluent.git", from: "4.12.0"),
        // The embedded default database (one file, WAL).
        .package(url: "https://github.com/vapor/fluent-sqlite-driver.git", from: "4.8.0"),
        // PostgreSQL for several app nodes.
        .package(url: "https://github.com/vapor/fluent-postgres-driver.git", from: "2.10.0"),
        // Type-safe HTML for server-rendered pages.
        .package(url: "https://github.com/JohnSundell/Plot.git", from: "0.14.0"),
        // Builds .xlsx workbooks in the import tests (uploads are read by AsahFormats' own bounded reader).
        .package(url: "https://github.com/weichsel/ZIPFoundation.git", from: "0.9.19"),
        // Markdown to HTML for e-learning lessons (raw HTML and unsafe links are stripped first).
        .package(url: "https://github.com/JohnSundell/Ink.git", from: "0.6.0"),
        // Pure domain rules, no web framework.
        .package(path: "Packages/AsahCore"),
        // Readers of uploaded files (CSV, SIASN, XLSX): bounded by the upload and fuzzed.
        .package(path: "Packages/AsahFormats"),
    ],
    targets: [
        .executableTarget(
            name: "asah",
            dependencies: [.target(name: "AsahServer")],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        .target(
            name: "AsahServer",
            dependencies: [
                .product(name: "AsahCore", package: "AsahCore"),
                .product(name: "AsahDemo", package: "AsahCore"),
                .product(name: "AsahFormats", package: "AsahFormats"),
                .product(name: "Vapor", package: "vapor"),
                .product(name: "Fluent", package: "fluent"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                .product(name: "Plot", package: "Plot"),
                .product(name: "Ink", package: "Ink"),
            ],
            // The stylesheet and the offline scripts are files, compiled into the binary (one file to ship).
            resources: [
                .embedInCode("Resources/asah.css"), .embedInCode("Resources/elearning.js"),
                .embedInCode("Resources/sw.js"),
            ],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        .testTarget(
            name: "AsahServerTests",
            dependencies: [
                .target(name: "AsahServer"),
                .product(name: "XCTVapor", package: "vapor"),
                // Each test makes and drops its own PostgreSQL database, so tests can run in parallel.
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "Plot", package: "Plot"),
            ],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
    ]
)
