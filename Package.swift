// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "simpul",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "simpul", targets: ["simpul"]),
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth.git", from: "2.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.10.0"),
        .package(url: "https://github.com/vapor/postgres-nio.git", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.13.0"),
        .package(url: "https://github.com/vapor/multipart-kit.git", from: "4.7.1"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.37.6"),
        .package(url: "https://github.com/weichsel/ZIPFoundation.git", from: "0.9.20"),
    ],
    targets: [
        // Domain: plain Swift, no server or database imports.
        .target(name: "Cases"),
        .target(name: "Markup"),
        .target(name: "QRCode"),
        .target(name: "Law"),
        .target(name: "Linkage", dependencies: ["Cases"]),
        .target(name: "Reporting", dependencies: ["Cases"]),
        .target(name: "Coordination", dependencies: ["Cases"]),
        .target(name: "Demo", dependencies: ["Cases", "Coordination", "Reporting", "Networks"]),
        .target(name: "Monitoring", dependencies: ["Cases", "Coordination"], resources: [.copy("Resources")]),
        .target(name: "OfferCheck", dependencies: ["Cases"], exclude: ["README.md"], resources: [.copy("Resources")]),
        .target(name: "Networks"),
        // Officers' training: case studies graded against the law engine's own answers.
        .target(name: "Training", dependencies: ["Law"], resources: [.copy("Resources")]),
        // Court practice beside the statute: encoded decisions, similarity to a case, the difference from the law.
        .target(name: "Practice", dependencies: ["Law"], resources: [.copy("Resources")]),
        // Public releases and data exchange: exact integer noise, k-anonymity, HTCDS 2.0; signs with Ed25519.
        .target(name: "OpenData", dependencies: [
            "Cases", "Law", "Coordination",
            .product(name: "Crypto", package: "swift-crypto"),
        ], exclude: ["README.md"]),
        // Writes XLSX workbooks: zipped XML, so only ZIPFoundation beside Foundation.
        .target(name: "Spreadsheet", dependencies: [.product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .target(name: "Security", dependencies: [
            "Cases",
            .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "_CryptoExtras", package: "swift-crypto"),
            .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
        ]),
        .target(name: "Store", dependencies: [
            "Cases", "Security", "Reporting", "Coordination", "Linkage", "Monitoring", "OfferCheck", "Networks", "OpenData", "Law", "Training", "Practice",
            .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "PostgresNIO", package: "postgres-nio"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        .target(name: "Web", dependencies: [
            "Cases", "Markup", "QRCode", "Security", "Store", "Law", "Reporting", "Coordination", "Monitoring", "Spreadsheet", "OfferCheck", "Networks", "Linkage", "OpenData", "Training", "Practice",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "MultipartKit", package: "multipart-kit"),
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "Prometheus", package: "swift-prometheus"),
            .product(name: "Metrics", package: "swift-metrics"),
        ], resources: [.copy("Resources/openapi.json"), .copy("Resources/static")]),
        .target(name: "Backup", dependencies: [
            "Store",
            .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        .target(name: "SimpulCommands", dependencies: [
            "Cases", "Security", "Store", "Web", "Demo", "Law", "Linkage", "Coordination", "Backup", "OfferCheck", "Networks", "OpenData", "Practice",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOPosix", package: "swift-nio"),
            .product(name: "NIOTLS", package: "swift-nio"),
            .product(name: "NIOSSL", package: "swift-nio-ssl"),
        ]),
        .executableTarget(name: "simpul", dependencies: ["SimpulCommands"]),
        .executableTarget(name: "screening-bench", dependencies: ["Law"], path: "benchmarks/screening"),
        .executableTarget(name: "practice-bench", dependencies: ["Law", "Practice"], path: "benchmarks/practice"),
        .executableTarget(name: "networks-bench", dependencies: ["Networks"], path: "benchmarks/networks", exclude: ["README.md"]),
        .executableTarget(name: "mse-bench", dependencies: ["Monitoring"], path: "benchmarks/mse", exclude: ["README.md"]),
        .executableTarget(name: "opendata-bench", dependencies: ["OpenData", "Cases", "Coordination", "Law"], path: "benchmarks/opendata"),
        .executableTarget(name: "offer-check-bench", dependencies: ["OfferCheck", "Store", "Security"], path: "benchmarks/offer-check",
                          exclude: ["run.sh", "load.lua", "offer.json", "offer.form"]),

        .testTarget(name: "CasesTests", dependencies: ["Cases", "Demo", "Coordination", "Reporting"]),
        .testTarget(name: "MarkupTests", dependencies: ["Markup"]),
        .testTarget(name: "QRCodeTests", dependencies: ["QRCode"], exclude: ["make_reference_vectors.py"]),
        .testTarget(name: "LawTests", dependencies: ["Law"]),
        .testTarget(name: "TrainingTests", dependencies: ["Training", "Law"]),
        .testTarget(name: "PracticeTests", dependencies: ["Practice", "Law", "Cases"]),
        .testTarget(name: "LinkageTests", dependencies: ["Linkage"]),
        .testTarget(name: "ReportingTests", dependencies: ["Reporting", "Cases"]),
        .testTarget(name: "CoordinationTests", dependencies: ["Coordination", "Cases"]),
        .testTarget(name: "MonitoringTests", dependencies: ["Monitoring", "Cases", "Coordination"]),
        .testTarget(name: "OfferCheckTests", dependencies: ["OfferCheck", "Cases"]),
        .testTarget(name: "NetworksTests", dependencies: ["Networks"]),
        .testTarget(name: "OpenDataTests", dependencies: [
            "OpenData", "Cases", "Law", "Coordination", "Monitoring", .product(name: "Crypto", package: "swift-crypto"),
        ]),
        .testTarget(name: "SpreadsheetTests", dependencies: ["Spreadsheet", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .testTarget(name: "SecurityTests", dependencies: ["Security"]),
        .testTarget(name: "StoreTests", dependencies: ["Store", "Demo", "Linkage", "OfferCheck", "Networks", "OpenData", "Law", "Training",
                                                   .product(name: "Crypto", package: "swift-crypto")]),
        .testTarget(name: "BackupTests", dependencies: ["Backup", "Store", "Security", "Cases"]),
        .testTarget(name: "WebTests", dependencies: [
            "Web", "Markup", "QRCode", "Store", "Demo", "Law", "SimpulCommands", "Coordination", "Linkage", "OfferCheck", "Networks", "OpenData", "Training",
            "Practice",
            .product(name: "HummingbirdTesting", package: "hummingbird"),
            .product(name: "NIOPosix", package: "swift-nio"),
            .product(name: "NIOSSL", package: "swift-nio-ssl"),
        ]),
    ]
)
