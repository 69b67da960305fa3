import Fluent
import Foundation
import Testing
import Vapor

@testable import SolmuApp

@Suite("Events: organisers publish them; the public calendar and its iCalendar feeds")
struct EventTests {
    @Test("The network's coordinator and the programme's office create events; others are refused, nobody signed in is asked to sign in")
    func create() async throws {
        try await withSolmu(demoData: true) { app in
            let f = try await EventFixture.make(app)
            let created = try await f.postEvent()
            #expect(created.status == .created, "\(created.body)")
            let id = try #require(created.object["id"] as? Int)
            #expect(created.location == "/api/v1/events/\(id)")
            #expect(created.object["networkId"] as? Int == f.network)
            #expect(created.object["kind"] as? String == "workshop")
            #expect(created.object["capacity"] as? Int == 10)
            #expect(created.object["confirmed"] as? Int == 0)
            #expect(created.object["waiting"] as? Int == 0)
            #expect(created.object["registrationOpen"] as? Bool == true)
            #expect(created.object["byInvitation"] as? Bool == false)
            #expect((created.object["title"] as? [String: Any])?["fi"] as? String == "Yhteiskehittämistyöpaja")
            // Published: anyone reads it.
            let shown = try await f.anonymous.get("/api/v1/events/\(id)")
            #expect(shown.status == .ok)
            #expect(shown.object["id"] as? Int == id)

            // The programme's strategy office organises the programme's events; the network's coordinator does not.
            let programmeEvent = try await f.postEvent(["networkId": NSNull(), "programmeId": f.programme], by: f.office)
            #expect(programmeEvent.status == .created, "\(programmeEvent.body)")
            #expect(programmeEvent.object["programmeId"] as? Int == f.programme)
            #expect(try await f.postEvent(["networkId": NSNull(), "programmeId": f.programme]).status == .forbidden)
            // Nor does the coordinator of another network.
            #expect(try await f.postEvent(by: f.otherOrganiser).status == .forbidden)

            let before = try await Event.query(on: app.db).count()
            #expect(try await f.postEvent(by: f.stranger).status == .forbidden)
            #expect(try await f.postEvent(by: f.anonymous).status == .unauthorized)
            #expect(try await Event.query(on: app.db).count() == before)
            // Nor may they change or remove the organiser's event.
            #expect(try await f.stranger.json(.PATCH, "/api/v1/events/\(id)", ["published": false]).status == .forbidden)
            #expect(try await f.anonymous.send(.DELETE, "/api/v1/events/\(id)").status == .unauthorized)
            #expect(try await f.anonymous.get("/api/v1/events/\(id)").status == .ok)
        }
    }

    @Test("Each bad input is a 422 naming its field, and nothing is saved")
    func badInput() async throws {
        try await withSolmu(demoData: true) { app in
            let f = try await EventFixture.make(app)
            let cases: [(field: String, changes: [String: Any])] = [
                ("capacity", ["capacity": 0]),
                ("capacity", ["capacity": -5]),
                ("endsAt", ["startsAt": EventFixture.fromNow(days: 30), "endsAt": EventFixture.fromNow(days: 29)]),
                ("registrationClosesAt", ["startsAt": EventFixture.fromNow(days: 30), "registrationClosesAt": EventFixture.fromNow(days: 31)]),
                ("networkId", ["networkId": NSNull()]),
                ("networkId", ["programmeId": f.programme]),
            ]
            for (field, changes) in cases {
                let reply = try await f.postEvent(changes)
                #expect(reply.status == .unprocessableEntity, "\(field): \(reply.body)")
                #expect(reply.contentType.hasPrefix("application/problem+json"), "\(field)")
                #expect(EventFixture.fields(reply).contains(field), "\(field): \(reply.body)")
            }
            #expect(try await Event.query(on: app.db).filter(\.$network.$id == f.network).count() == 0)

            // The same rules when an event is changed: it keeps what it was.
            let id = try await f.event()
            let shrunk = try await f.organiser.json(.PATCH, "/api/v1/events/\(id)", ["capacity": 0])
            #expect(shrunk.status == .unprocessableEntity)
            #expect(EventFixture.fields(shrunk).contains("capacity"))
            #expect(try await f.eventJSON(id)["capacity"] as? Int == 10)

            // The calendar's filter: a kind that is not one of ours is named too.
            let kind = try await f.anonymous.get("/api/v1/events?kind=nope")
            #expect(kind.status == .unprocessableEntity)
            #expect(kind.contentType.hasPrefix("application/problem+json"))
            #expect(EventFixture.fields(kind) == ["kind"])
            #expect(try await f.anonymous.get("/api/v1/events?kind=workshop").status == .ok)
        }
    }

    @Test("Unpublished and by-invitation events are not found by the public; the calendar lists only public ones")
    func visibility() async throws {
        try await withSolmu(demoData: true) { app in
            let f = try await EventFixture.make(app)
            let open = try await f.event(["title": ["fi": "Avoin seminaari"], "kind": "seminar"])
            let draft = try await f.event(["title": ["fi": "Luonnos"], "published": false])
            let invited = try await f.postEvent(["title": ["fi": "Kutsutilaisuus"], "byInvitation": true])
            #expect(invited.status == .created, "\(invited.body)")
            let invitedID = try #require(invited.object["id"] as? Int)
            #expect(invited.object["byInvitation"] as? Bool == true)
            let code = try #require(invited.object["invitation"] as? String, "the organiser sees the invitation code")
            #expect(!code.isEmpty)

            for id in [draft, invitedID] {
                #expect(try await f.anonymous.get("/api/v1/events/\(id)").status == .notFound, "\(id)")
                #expect(try await f.stranger.get("/api/v1/events/\(id)").status == .notFound, "\(id)")
                #expect(try await f.anonymous.get("/api/v1/events/\(id)/participants").status == .notFound, "\(id)")
                #expect(try await f.anonymous.get("/api/v1/events/\(id)/calendar.ics").status == .notFound, "\(id)")
                #expect(try await f.organiser.get("/api/v1/events/\(id)").status == .ok, "\(id)")
            }
            // The invitation link shows the event to whoever has it, but not the code itself; a wrong code is no better than none.
            let withCode = try await f.anonymous.get("/api/v1/events/\(invitedID)?invitation=\(code)")
            #expect(withCode.status == .ok)
            #expect(withCode.object["byInvitation"] as? Bool == true)
            #expect(withCode.object["invitation"] as? String == nil)
            #expect(try await f.anonymous.get("/api/v1/events/\(invitedID)?invitation=x\(code)").status == .notFound)
            // Registering needs the code as well.
            #expect(try await f.register(invitedID, name: "Kutsumaton", email: "kutsumaton@example.fi").status == .notFound)
            let registered = try await f.register(invitedID, name: "Kutsuttu", email: "kutsuttu@example.fi", invitation: code)
            #expect(registered.status == .created, "\(registered.body)")

            // The calendar lists the public event only, in the JSON list and in the feeds.
            let listed = try await f.anonymous.get("/api/v1/events?network=\(f.network)")
            #expect(listed.items.compactMap { $0["id"] as? Int } == [open])
            let all = Set(try await f.anonymous.get("/api/v1/events").items.compactMap { $0["id"] as? Int })
            #expect(all.contains(open) && !all.contains(draft) && !all.contains(invitedID))
            for path in ["/api/v1/networks/\(f.network)/calendar.ics", "/api/v1/calendar.ics"] {
                let feed = try await f.anonymous.get(path)
                #expect(feed.status == .ok, "\(path)")
                #expect(feed.body.contains("UID:event-\(open)@"), "\(path)")
                #expect(!feed.body.contains("UID:event-\(draft)@") && !feed.body.contains("UID:event-\(invitedID)@"), "\(path)")
            }

            // Published, the draft joins the calendar; the filter by kind narrows it.
            let published = try await f.organiser.json(.PATCH, "/api/v1/events/\(draft)", ["published": true])
            #expect(published.status == .ok, "\(published.body)")
            #expect(try await f.anonymous.get("/api/v1/events/\(draft)").status == .ok)
            let republished = try await f.anonymous.get("/api/v1/events?network=\(f.network)")
            #expect(Set(republished.items.compactMap { $0["id"] as? Int }) == [open, draft])
            #expect(try await f.anonymous.get("/api/v1/events?network=\(f.network)&kind=seminar").items.compactMap { $0["id"] as? Int } == [open])
        }
    }

    @Test("iCalendar: 10.00 Helsinki time stays 10.00 across the change to summer time; whole days; a month is not a day")
    func iCalendar() async throws {
        try await withSolmu(demoData: true) { app in
            let f = try await EventFixture.make(app)
            // EU summer time began on Sunday 29 March 2026: 10.00 is 08.00Z on the 28th and 07.00Z on the 30th.
            let longTitle = "Kiertotalouden ja älykkään liikkumisen yhteiskehittämistyöpaja Hämeenlinnan Verkatehtaalla – kaikille avoin"
            let winter = try await f.postEvent([
                "kind": "seminar", "title": ["fi": longTitle], "startsAt": "2026-03-28T10:00", "endsAt": NSNull(), "capacity": NSNull(),
            ])
            let summer = try await f.postEvent([
                "kind": "seminar", "title": ["fi": "Kevätseminaari"], "startsAt": "2026-03-30T10:00", "endsAt": "2026-03-30T12:30",
                "capacity": NSNull(),
            ])
            let allDay = try await f.postEvent([
                "kind": "seminar", "title": ["fi": "Kaksipäiväinen"], "startsAt": NSNull(), "endsAt": NSNull(),
                "startsOn": "2022-09-21", "endsOn": "2022-09-22", "capacity": NSNull(),
            ])
            let month = try await f.postEvent([
                "kind": "seminar", "title": ["fi": "Joskus lokakuussa"], "startsAt": NSNull(), "endsAt": NSNull(),
                "startsOn": "2022-10", "capacity": NSNull(),
            ])
            for reply in [winter, summer, allDay, month] { #expect(reply.status == .created, "\(reply.body)") }
            let winterID = try #require(winter.object["id"] as? Int)
            let summerID = try #require(summer.object["id"] as? Int)
            let allDayID = try #require(allDay.object["id"] as? Int)
            let monthID = try #require(month.object["id"] as? Int)
            #expect(winter.object["startsAt"] as? String == "2026-03-28T08:00:00Z")
            #expect(summer.object["startsAt"] as? String == "2026-03-30T07:00:00Z")
            #expect(allDay.object["calendarUrl"] as? String == "/api/v1/events/\(allDayID)/calendar.ics")
            #expect(month.object["calendarUrl"] as? String == nil)

            /// The feed's raw lines (each checked: CRLF, at most 75 octets, never cut inside a character) and its logical lines.
            func calendar(_ path: String) async throws -> (raw: [String], lines: [String]) {
                let reply = try await f.anonymous.get(path)
                #expect(reply.status == .ok, "\(path): \(reply.body)")
                #expect(reply.contentType.hasPrefix("text/calendar"), "\(path)")
                let raw = try #require(EventFixture.icsLines(reply.body), "every line of \(path) ends in CRLF")
                for line in raw { #expect(line.utf8.count <= 75, "\(path): \(line)") }
                #expect(!raw.joined().contains("\u{FFFD}"), "\(path): a line was folded inside a character")
                let lines = EventFixture.unfolded(raw)
                #expect(lines.first == "BEGIN:VCALENDAR" && lines.last == "END:VCALENDAR", "\(path)")
                #expect(lines.contains("BEGIN:VTIMEZONE") && lines.contains("TZID:Europe/Helsinki"), "\(path)")
                return (raw, lines)
            }

            let winterICS = try await calendar("/api/v1/events/\(winterID)/calendar.ics")
            #expect(winterICS.lines.contains("DTSTART;TZID=Europe/Helsinki:20260328T100000"))
            // No end given: an hour.
            #expect(winterICS.lines.contains("DTEND;TZID=Europe/Helsinki:20260328T110000"))
            #expect(winterICS.lines.contains("SUMMARY:" + longTitle))
            #expect(winterICS.raw.contains { $0.hasPrefix(" ") }, "the long title is folded")
            #expect(winterICS.lines.contains { $0.hasPrefix("URL:http") && $0.hasSuffix("/fi/events/\(winterID)") })

            let summerICS = try await calendar("/api/v1/events/\(summerID)/calendar.ics")
            #expect(summerICS.lines.contains("DTSTART;TZID=Europe/Helsinki:20260330T100000"))
            #expect(summerICS.lines.contains("DTEND;TZID=Europe/Helsinki:20260330T123000"))
            #expect(summerICS.lines.contains { $0.hasPrefix("URL:http") && $0.hasSuffix("/fi/events/\(summerID)") })
            // In Swedish, the link leads to the Swedish page.
            let swedish = try await calendar("/api/v1/events/\(summerID)/calendar.ics?lang=sv")
            #expect(swedish.lines.contains { $0.hasPrefix("URL:") && $0.hasSuffix("/sv/events/\(summerID)") })

            // Known to the day: an all-day event, its end the day after the last.
            let allDayICS = try await calendar("/api/v1/events/\(allDayID)/calendar.ics")
            #expect(allDayICS.lines.contains("DTSTART;VALUE=DATE:20220921"))
            #expect(allDayICS.lines.contains("DTEND;VALUE=DATE:20220923"))
            #expect(!allDayICS.lines.contains { $0.hasPrefix("DTSTART;TZID") })

            // Known only to the month: not in any calendar.
            let monthICS = try await f.anonymous.get("/api/v1/events/\(monthID)/calendar.ics")
            #expect(monthICS.status == .notFound)
            #expect(monthICS.contentType.hasPrefix("application/problem+json"))
            for path in ["/api/v1/networks/\(f.network)/calendar.ics", "/api/v1/calendar.ics"] {
                let feed = try await calendar(path)
                for id in [winterID, summerID, allDayID] {
                    #expect(feed.lines.contains { $0.hasPrefix("UID:event-\(id)@") }, "\(path): \(id)")
                }
                #expect(!feed.lines.contains { $0.hasPrefix("UID:event-\(monthID)@") }, "\(path)")
                #expect(feed.lines.filter { $0 == "BEGIN:VTIMEZONE" }.count == 1, "\(path)")
            }
            let networkFeed = try await calendar("/api/v1/networks/\(f.network)/calendar.ics")
            #expect(networkFeed.lines.filter { $0 == "BEGIN:VEVENT" }.count == 3)
            // The month-only event is still in the JSON calendar, with its month.
            let listed = try await f.anonymous.get("/api/v1/events?network=\(f.network)")
            #expect(listed.items.first { $0["id"] as? Int == monthID }?["startsOn"] as? String == "2022-10")
        }
    }
}
