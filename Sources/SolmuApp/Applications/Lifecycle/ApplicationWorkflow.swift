import Fluent
import Foundation
import Vapor

/// Takes an action on an application: checks it is allowed (who, from which state, with what), then in one
/// transaction moves the state from the version it read, writes the audit line, records a body's decision on the
/// meeting's agenda, creates the project of a funded application and notifies the consortium. Two actions at once
/// (two decisions, a submit and a withdraw): one lands, the other gets 409 — nothing half-done.
struct ApplicationWorkflow {
    let database: any Database
    let user: User
    var publicURL = Configuration.localPublicURL
    var now = Date()

    @discardableResult
    func perform(_ action: ApplicationAction, on applicationID: Int, _ input: StepInput) async throws -> FundingApplication {
        let application = try await ApplicationLoader.require(applicationID, on: database)
        try await requirePermission(action, application)
        let from = application.state
        guard ApplicationLifecycle.allows(action, from: from) else {
            throw Problem.conflict(
                detailKey: "application.actionNotAllowed",
                detailValues: ["action": action.rawValue, "state": from.rawValue])
        }
        let reason = input.reason.nonEmpty
        var to = ApplicationLifecycle.targets(from: from, by: action)[0]
        var finding: (key: String, values: [String: String])?
        var meeting: Meeting?
        switch action {
        case .create, .withdraw:
            break
        case .submit:
            if from == .draft, now >= application.call.closesAt { throw ApplicationEditor.closed(application.call) }
            let missing = CompletenessCheck.missing(application)
            if !missing.isEmpty {
                throw Problem(
                    status: .unprocessableEntity, titleKey: "problem.validation.title", detailKey: "application.incomplete", fieldErrors: missing)
            }
        case .returnForCompletion:
            if reason == nil { throw Problem.validation(["reason": "field.required"]) }
        case .checkEligibility:
            let check = EligibilityCheck(
                programme: application.call.programme,
                municipalities: application.partners.map { $0.organization.$municipality.id })
            to = check.passes ? .eligible : .ineligible
            finding = (
                check.passes ? "application.rule.passes" : "application.rule.fails",
                [
                    "covered": "\(check.citiesCovered.count)", "minimum": "\(check.minimum ?? 0)",
                    "cities": check.citiesCovered.isEmpty ? "–" : check.citiesCovered.joined(separator: ", "),
                ]
            )
        case .completeAssessment:
            let states = try await Review.query(on: database).filter(\.$application.$id == applicationID).all().map(\.state)
            if !states.contains(.submitted) { throw Problem.conflict(detailKey: "assessment.noneSubmitted") }
            if states.contains(where: { $0 == .assigned || $0 == .inProgress }) {
                throw Problem.conflict(detailKey: "assessment.pending")
            }
        case .propose, .decide:
            var errors: [String: String] = [:]
            let outcome = input.outcome.flatMap(ApplicationState.init(rawValue:)).flatMap { $0 == .funded || $0 == .rejected ? $0 : nil }
            if outcome == nil { errors["outcome"] = input.outcome == nil ? "field.required" : "application.outcome.invalid" }
            if reason == nil { errors["reason"] = "field.required" }
            if input.conditions.nonEmpty != nil, outcome != ApplicationState.funded || action != .decide {
                errors["conditions"] = "application.conditions.onlyFunded"
            }
            meeting = try await decidingMeeting(input.meetingId, action: action, application: application, into: &errors)
            guard errors.isEmpty, let outcome else { throw Problem.validation(errors) }
            if action == .decide { to = outcome } else { finding = ("application.proposal.\(outcome.rawValue)", [:]) }
        }
        let target = to
        let recorded = finding
        let decidingMeeting = meeting
        let version = application.version
        try await database.writeTransaction { db in
            guard try await OptimisticLock.advance(FundingApplication.schema, id: applicationID, from: version, on: db) else {
                throw OptimisticLock.conflict()
            }
            var update = FundingApplication.query(on: db).filter(\.$id == applicationID).set(\.$state, to: target).set(\.$updatedAt, to: now)
            if action == .submit { update = update.set(\.$submittedAt, to: now) }
            if action == .decide, target == .funded {
                let project = try await FundedProject.create(from: application, on: db)
                update = update.set(\.$project.$id, to: project.id).set(\.$conditions, to: input.conditions.nonEmpty)
                application.$project.id = project.id
            }
            try await update.update()
            if let decidingMeeting {
                try await addToAgenda(decidingMeeting, application: application, action: action, decision: reason ?? "", on: db)
            }
            try await Self.record(
                action, application: application, from: from, to: target, by: user, sequence: version + 1, at: now,
                reason: reason, finding: recorded, meeting: decidingMeeting?.id, on: db)
            try await Notifier(database: db, publicURL: publicURL, now: now).stateChanged(application, to: target, reason: reason)
        }
        application.state = target
        application.version = version + 1
        return application
    }

    /// Writes one audit line. The unique (application, sequence) index is a second guard against two changes at once.
    static func record(
        _ action: ApplicationAction, application: FundingApplication, from: ApplicationState?, to: ApplicationState, by user: User,
        sequence: Int, at now: Date, reason: String? = nil, finding: (key: String, values: [String: String])? = nil,
        meeting: Int? = nil, on database: any Database
    ) async throws {
        let event = ApplicationEvent()
        event.$application.id = try application.requireID()
        event.sequence = sequence
        event.at = now
        event.action = action
        event.fromState = from
        event.toState = to
        event.$actor.id = user.id
        event.actorName = user.name
        event.reason = reason
        event.findingKey = finding?.key
        event.findingValues = try finding.map { String(decoding: try JSONEncoder().encode($0.values), as: UTF8.self) }
        event.$meeting.id = meeting
        do {
            try await event.create(on: database)
        } catch let error as any DatabaseError where error.isConstraintFailure {
            throw OptimisticLock.conflict()
        }
    }

    private func requirePermission(_ action: ApplicationAction, _ application: FundingApplication) async throws {
        let allowed: Bool =
            switch action.actor {
            case .consortium: ApplicationAccess.isConsortium(user, application)
            case .office: ApplicationAccess.isOffice(user, application)
            // The body decides; its keepers (the office, as its secretary) record the decision and the meeting it was made in.
            case .steeringGroup, .managementGroup: ApplicationAccess.isOffice(user, application)
            }
        guard allowed else {
            if try await ApplicationAccess.canRead(user, application, on: database) { throw Abort(.forbidden) }
            throw Problem.notFound()
        }
    }

    /// The meeting the decision was made in: of the programme's steering group (a proposal) or management group (a decision).
    private func decidingMeeting(
        _ id: Int?, action: ApplicationAction, application: FundingApplication,
        into errors: inout [String: String]
    ) async throws -> Meeting? {
        guard let id else { errors["meetingId"] = "field.required"; return nil }
        let kind: GoverningBody.Kind = action == .propose ? .steeringGroup : .managementGroup
        guard let meeting = try await Meeting.query(on: database).filter(\.$id == id).with(\.$items).with(\.$body).first(),
            meeting.body.$programme.id == application.call.$programme.id, meeting.body.kind == kind
        else {
            errors["meetingId"] = action == .propose ? "application.meeting.steeringGroup" : "application.meeting.managementGroup"
            return nil
        }
        return meeting
    }

    private func addToAgenda(_ meeting: Meeting, application: FundingApplication, action: ApplicationAction, decision: String, on db: any Database)
        async throws
    {
        let item = AgendaItem()
        item.$meeting.id = try meeting.requireID()
        item.number = (meeting.items.map(\.number).max() ?? 0) + 1
        item.title = application.title
        item.$call.id = application.$call.id
        item.$application.id = try application.requireID()
        item.decision = decision
        // Funding decisions are public; the steering group's proposal is preparation, internal until decided.
        item.decisionPublic = action == .decide
        try await item.create(on: db)
    }
}
