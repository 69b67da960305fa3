import Vapor

/// The calendar's filter, the same for the page, the API list and the iCalendar feed: `?network=&programme=&kind=&theme=&region=`.
struct CalendarFilter: Sendable {
    var network: Int?
    var programme: Int?
    var kind: Event.Kind?
    var theme: String?
    var region: String?
    var series: Int?

    /// Reads the query; a value that is not one of ours is a 422 naming the field.
    init(_ req: Request) throws {
        var errors: [String: String] = [:]
        func number(_ name: String) -> Int? {
            guard let raw = req.query[String.self, at: name].nonEmpty else { return nil }
            guard let value = Int(raw) else { errors[name] = "number.invalid"; return nil }
            return value
        }
        network = number("network")
        programme = number("programme")
        if let raw = req.query[String.self, at: "kind"].nonEmpty {
            kind = Event.Kind(rawValue: raw)
            if kind == nil { errors["kind"] = "eventKind.unknown" }
        }
        theme = req.query[String.self, at: "theme"].nonEmpty
        region = req.query[String.self, at: "region"].nonEmpty
        if !errors.isEmpty { throw Problem.validation(errors) }
    }

    init(network: Int? = nil, series: Int? = nil) {
        self.network = network
        self.series = series
    }

    /// The filter as a query, for links that keep it (the feed, the CSV).
    var query: [String: String?] {
        ["network": network.map(String.init), "programme": programme.map(String.init), "kind": kind?.rawValue, "theme": theme, "region": region]
    }
}
