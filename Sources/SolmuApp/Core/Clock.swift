import Vapor

/// The time, as the application tells it (the system's unless `app.clock` is set). Every handler reads it as
/// `req.now` and hands it to the desks and editors it calls, so that one request sees one "now" throughout.
struct SolmuClock: Sendable {
    let now: @Sendable () -> Date

    static let system = SolmuClock { Date() }
}

extension Application {
    private struct ClockKey: StorageKey {
        typealias Value = SolmuClock
    }

    var clock: SolmuClock {
        get { storage[ClockKey.self] ?? .system }
        set { storage[ClockKey.self] = newValue }
    }
}

extension Request {
    /// This request's "now", read once from the application's clock.
    var now: Date {
        if let read = storage[NowKey.self] { return read }
        let read = application.clock.now()
        storage[NowKey.self] = read
        return read
    }

    /// The configuration Solmu was started with (`SOLMU_*`): reached the same way from every handler.
    var settings: Configuration { application.solmu }

    private struct NowKey: StorageKey {
        typealias Value = Date
    }
}
