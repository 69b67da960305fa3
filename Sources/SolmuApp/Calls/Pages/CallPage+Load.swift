import Fluent
import Foundation

extension CallPage {
    /// The page's loader: the call (404 when `viewer` may not see it), its criteria, instruments and themes, the projects it
    /// funded, and what `viewer` is to it (the office edits it; the office and the programme's bodies see its pipeline).
    static func load(_ id: Int, viewer: User?, now: Date, on database: any Database) async throws -> CallPage {
        let call = try await CallLoader.require(id, for: viewer, on: database)
        let isOffice = CallAccess.canEdit(viewer, call)
        let isMember = try await ApplicationAccess.isBodyMember(viewer, programme: call.$programme.id, on: database)
        let funded = try await CallLoader.fundedProjects(of: call, on: database)
        return CallPage(
            id: try call.requireID(), title: call.heading, programmeID: call.$programme.id, programmeName: call.programme.name,
            minMemberCities: call.programme.minMemberCities, description: call.description, example: call.example, published: call.published,
            opensAt: call.opensAt, closesAt: call.closesAt, isOpen: call.isOpen(at: now), budgetCents: call.budgetCents,
            instruments: call.instruments.map(\.name),
            themes: call.themes.map { Theme(nameFi: $0.nameFi, nameSv: $0.nameSv, nameEn: $0.nameEn) },
            criteria: try call.sortedCriteria.map { criterion in
                Criterion(
                    id: try criterion.requireID(), name: criterion.name, guidance: criterion.guidance, weight: criterion.weight,
                    scaleMin: criterion.scaleMin, scaleMax: criterion.scaleMax, responsibility: criterion.responsibility)
            },
            funded: funded, now: now, isOffice: isOffice, isInsider: isOffice || isMember)
    }
}
