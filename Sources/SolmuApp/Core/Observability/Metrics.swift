import Fluent
import Prometheus
import Vapor

/// What `/metrics` tells Prometheus: requests per route and status class with their durations, and, read when scraped,
/// the outbox's depth and the SQLite write queue. The registry lives as long as the application.
final class SolmuMetrics: Sendable {
    let registry = PrometheusCollectorRegistry()
    private static let buckets: [Duration] = [
        .milliseconds(5), .milliseconds(10), .milliseconds(25), .milliseconds(50),
        .milliseconds(100), .milliseconds(250), .milliseconds(500), .seconds(1), .seconds(2.5), .seconds(5),
    ]

    func record(method: String, route: String, status: UInt, duration: Duration) {
        let labels = [("method", method), ("route", route), ("status", "\(status / 100)xx")]
        registry.makeCounter(
            descriptor: .init(metricName: "solmu_http_requests", unitName: "total", helpText: "HTTP requests answered"),
            labels: labels
        ).increment()
        registry.makeDurationHistogram(
            descriptor: .init(
                metricName: "solmu_http_request_duration", unitName: "seconds",
                helpText: "Time to answer an HTTP request"),
            labels: [("method", method), ("route", route)], buckets: Self.buckets
        ).record(duration)
    }

    /// The text exposition, with the gauges read now.
    func exposition(database: any Database, configuration: Configuration, contract: ContractRecord?) async throws -> String {
        let waiting = try await OutboxMail.query(on: database).filter(\.$sentAt == nil).filter(\.$attempts < MailDelivery.maximumAttempts).count()
        let failed = try await OutboxMail.query(on: database).filter(\.$sentAt == nil).filter(\.$attempts >= MailDelivery.maximumAttempts).count()
        registry.makeGauge(
            descriptor: .init(metricName: "solmu_outbox_waiting", unitName: "mails", helpText: "Mail waiting for delivery"), labels: []
        )
        .set(Double(waiting))
        registry.makeGauge(
            descriptor: .init(metricName: "solmu_outbox_failed", unitName: "mails", helpText: "Mail given up after the last attempt"), labels: []
        )
        .set(Double(failed))
        registry.makeGauge(
            descriptor: .init(
                metricName: "solmu_sqlite_write_queue", unitName: "transactions",
                helpText: "SQLite write transactions holding or waiting for the write lock"), labels: []
        )
        .set(Double(await SQLiteWriters.queue.depth))
        registry.makeGauge(
            descriptor: .init(
                metricName: "solmu_database_connections", unitName: "limit",
                helpText: "Database connections the pool may open per event loop"), labels: []
        )
        .set(Double(configuration.postgresConnectionsPerEventLoop))
        for (operation, statuses) in contract?.seen ?? [:] {
            for (status, count) in statuses {
                registry.makeGauge(
                    descriptor: .init(
                        metricName: "solmu_api_contract_checked", unitName: "answers",
                        helpText: "API answers checked against the OpenAPI document (SOLMU_CHECK_CONTRACT=1)"),
                    labels: [("operation", operation), ("status", "\(status)")]
                ).set(Double(count))
            }
        }
        return registry.emitToString()
    }
}

extension Application {
    private struct MetricsKey: StorageKey, LockKey {
        typealias Value = SolmuMetrics
    }

    var metrics: SolmuMetrics {
        if let existing = storage[MetricsKey.self] { return existing }
        return locks.lock(for: MetricsKey.self).withLock {
            if let existing = storage[MetricsKey.self] { return existing }
            let made = SolmuMetrics()
            storage[MetricsKey.self] = made
            return made
        }
    }
}
