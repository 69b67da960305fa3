import Fluent
import Foundation

/// Checks and saves events; shared by the forms, the API and the demo data.
struct EventEditor {
    let database: any Database
    var publicURL = Configuration.localPublicURL

    /// `formErrors` are those the form found reading typed text.
    func save(_ details: EventDetails, into event: Event, formErrors: [String: String] = [:]) async throws {
        var errors = formErrors
        let title = details.title ?? LocalizedText()
        if title.fi == nil { errors["title"] = "field.required" }
        if details.kind == nil { errors["kind"] = "field.required" }
        // Without a kind the other fields are still checked (as a seminar's), so the form shows every message at once; the error stops the save.
        let kind = details.kind ?? .seminar
        if (details.networkId == nil) == (details.programmeId == nil) { errors["networkId"] = "event.owner.required" }
        if let network = details.networkId, try await Network.find(network, on: database) == nil { errors["networkId"] = "network.unknown" }
        if let programme = details.programmeId, try await Programme.find(programme, on: database) == nil {
            errors["programmeId"] = "programme.unknown"
        }
        try await checkSeries(details, kind: kind, event: event, into: &errors)

        // When: times, or the day/month/year as known.
        let startsAt = Self.time(details.startsAt, "startsAt", into: &errors)
        let endsAt = Self.time(details.endsAt, "endsAt", into: &errors)
        if endsAt != nil, startsAt == nil { errors["startsAt"] = "field.required" }
        if let startsAt, let endsAt, endsAt <= startsAt { errors["endsAt"] = "event.endsBeforeStarts" }
        var startsOn = Self.partialDate(details.startsOn, "startsOn", into: &errors)
        var endsOn = Self.partialDate(details.endsOn, "endsOn", into: &errors)
        if startsAt != nil, startsOn != nil || endsOn != nil { errors["startsOn"] = "event.timesOrDates" }
        if let start = startsOn, let end = endsOn, PartialDate.endsBeforeStart(start: start, end: end) { errors["endsOn"] = "event.endsBeforeStarts" }
        if endsOn != nil, startsOn == nil { errors["startsOn"] = "field.required" }
        if let startsAt {
            startsOn = PartialDate(HelsinkiTime.day(startsAt))
            endsOn = endsAt.flatMap { PartialDate(HelsinkiTime.day($0)) }
        }

        // Where.
        if let code = details.municipalityCode.nonEmpty, try await Municipality.find(code, on: database) == nil {
            errors["municipalityCode"] = "organization.municipality.unknown"
        }
        if let url = details.onlineUrl.nonEmpty, !(url.hasPrefix("https://") || url.hasPrefix("http://")) || url.contains(where: \.isWhitespace) {
            errors["onlineUrl"] = "organization.website.invalid"
        }

        // Registration.
        let opensAt = Self.time(details.registrationOpensAt, "registrationOpensAt", into: &errors)
        let closesAt = Self.time(details.registrationClosesAt, "registrationClosesAt", into: &errors)
        if let capacity = details.capacity, capacity < 1 { errors["capacity"] = "event.capacity.invalid" }
        if let capacity = details.capacity, capacity > 100_000 { errors["capacity"] = "event.capacity.invalid" }
        if details.capacity == nil, opensAt != nil || closesAt != nil { errors["capacity"] = "event.capacity.neededForRegistration" }
        if let opensAt, let closesAt, closesAt <= opensAt { errors["registrationClosesAt"] = "event.registrationClosesBeforeOpens" }
        if let closesAt, let beginning = Event.beginning(startsAt: startsAt, startsOn: startsOn?.text), closesAt > beginning {
            errors["registrationClosesAt"] = "event.registrationClosesAfterStart"
        }
        if kind == .roadshow, details.seriesId == nil, details.capacity != nil { errors["capacity"] = "event.roadshow.noRegistration" }

        let themeIDs = Array(Set(details.themeIds ?? []))
        let themes = themeIDs.isEmpty ? [] : try await Competence.query(on: database).filter(\.$id ~~ themeIDs).all()
        if themes.count != themeIDs.count { errors["themeIds"] = "organization.competences.unknown" }

        var placesAdded = false
        if let id = event.id {
            let places = try await Participants.counts([id], on: database)[id] ?? PlaceCount()
            let confirmed = places.confirmed, live = places.confirmed + places.waiting
            if let capacity = details.capacity, capacity < confirmed {
                errors["capacity"] = "event.capacity.belowConfirmed"
            } else if details.capacity == nil, live > 0 {
                errors["capacity"] = "event.capacity.belowConfirmed"
            }
            placesAdded = (details.capacity ?? 0) > (event.capacity ?? 0) && live > confirmed
            if kind != .roadshow, try await Event.query(on: database).filter(\.$series.$id == id).count() > 0 {
                errors["kind"] = "event.roadshow.hasStops"
            }
        }
        guard errors.isEmpty else { throw Problem.validation(errors) }

        event.kind = kind
        event.$network.id = details.networkId
        event.$programme.id = details.programmeId
        event.$series.id = details.seriesId
        event.title = title
        event.description = details.description ?? LocalizedText()
        event.startsAt = startsAt
        event.endsAt = endsAt
        event.startsOn = startsOn?.text
        event.endsOn = endsOn?.text
        event.$municipality.id = details.municipalityCode.nonEmpty
        event.venue = details.venue.nonEmpty
        event.onlineURL = details.onlineUrl.nonEmpty
        event.capacity = details.capacity
        event.registrationOpensAt = opensAt
        event.registrationClosesAt = closesAt
        event.published = details.published ?? false
        // The invitation link stays the same while the event stays by invitation: links already sent keep working.
        if details.byInvitation == true {
            if event.invitationToken == nil { event.invitationToken = [UInt8].random(count: 18).base64URLEncoded }
        } else {
            event.invitationToken = nil
        }
        event.inputsOpen = details.inputsOpen ?? false
        try await database.writeTransaction { db in
            try await event.save(on: db)
            let id = try event.requireID()
            try await db.replaceLinks(
                EventTheme.query(on: db).filter(\.$event.$id == id), with: themeIDs.sorted().map { EventTheme(event: id, competence: $0) })
        }
        if placesAdded { try await RegistrationDesk(database: database, publicURL: publicURL).placesAdded(to: event) }
    }

    /// A roadshow's stop names a roadshow of the same network or programme.
    private func checkSeries(_ details: EventDetails, kind: Event.Kind, event: Event, into errors: inout [String: String]) async throws {
        guard let seriesID = details.seriesId else { return }
        guard let series = try await Event.find(seriesID, on: database), series.kind == .roadshow, series.$series.id == nil, seriesID != event.id,
            series.$network.id == details.networkId, series.$programme.id == details.programmeId
        else { errors["seriesId"] = "event.series.invalid"; return }
    }

    /// An event with registrations is never removed (people hold places in it); it is unpublished or its date changed instead.
    func delete(_ event: Event) async throws {
        let id = try event.requireID()
        if try await Registration.query(on: database).filter(\.$event.$id == id).count() > 0 {
            throw Problem.inUse(detailKey: "event.hasRegistrations")
        }
        if try await WorkshopInput.query(on: database).filter(\.$event.$id == id).count() > 0 {
            throw Problem.inUse(detailKey: "event.hasInputs")
        }
        try await database.writeTransaction { db in
            try await Event.query(on: db).filter(\.$series.$id == id).set(\.$series.$id, to: nil).update()
            try await event.delete(on: db)
        }
    }

    static func time(_ raw: String?, _ field: String, into errors: inout [String: String]) -> Date? {
        guard let raw = raw.nonEmpty else { return nil }
        guard let date = HelsinkiTime.parse(raw) else { errors[field] = "time.invalid"; return nil }
        return date
    }

    static func partialDate(_ raw: String?, _ field: String, into errors: inout [String: String]) -> PartialDate? {
        guard let raw = raw.nonEmpty else { return nil }
        guard let date = PartialDate(raw) else { errors[field] = "date.invalid"; return nil }
        return date
    }
}
