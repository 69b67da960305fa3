// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "solmu",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "solmu", targets: ["solmu"]),
        .library(name: "SolmuApp", targets: ["SolmuApp"]),
    ],
    dependencies: [
        .package(url: "https://github.com/vapor/vapor.git", from: "4.122.0"),
        .package(url: "https://github.com/vapor/fluent.git", from: "4.13.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver.git", from: "4.9.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver.git", from: "2.14.0"),
        .package(url: "https://github.com/JohnSundell/Plot.git", from: "0.14.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
    ],
    targets: [
        .executableTarget(
            name: "solmu",
            dependencies: ["SolmuApp"]
        ),
        .target(
            name: "SolmuApp",
            dependencies: [
                .product(name: "Vapor", package: "vapor"),
                .product(name: "Fluent", package: "fluent"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                .product(name: "Plot", package: "Plot"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "Yams", package: "Yams"),
            ],
            resources: [.copy("Resources")]
        ),
        .testTarget(
            name: "SolmuAppTests",
            dependencies: [
                "SolmuApp",
                .product(name: "VaporTesting", package: "vapor"),
            ]
        ),
    ]
)
