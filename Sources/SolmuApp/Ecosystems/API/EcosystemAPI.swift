import Fluent
import Vapor

/// `/api/v1/ecosystems`: the ecosystems, their situational picture, goals and actions; CSV on the lists.
struct EcosystemAPI: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let ecosystems = routes.grouped("ecosystems")
        ecosystems.get(use: list)
        ecosystems.post(use: create).accepts(EcosystemInput.self)
        ecosystems.get("compare", use: compare)
        ecosystems.get(":id", use: show)
        ecosystems.patch(":id", use: update).accepts(EcosystemInput.self)
        ecosystems.delete(":id", use: delete)
        ecosystems.get(":id", "situation", use: situation)
        ecosystems.get(":id", "suggestions", use: suggestions)
        ecosystems.put(":id", "suggestions", use: markSuggestion).accepts(SuggestionMark.self)
        ecosystems.get(":id", "goals", use: goals)
        ecosystems.post(":id", "goals", use: addGoal).accepts(GoalInput.self)
        ecosystems.patch(":id", "goals", ":goalId", use: updateGoal).accepts(GoalInput.self)
        ecosystems.delete(":id", "goals", ":goalId", use: removeGoal)
        ecosystems.get(":id", "actions", use: actions)
        ecosystems.post(":id", "actions", use: addAction).accepts(ActionInput.self)
        ecosystems.patch(":id", "actions", ":actionId", use: updateAction).accepts(ActionInput.self)
        ecosystems.delete(":id", "actions", ":actionId", use: removeAction)
    }

    private func find(_ req: Request) async throws -> Ecosystem {
        try await EcosystemLoader.require(req.intParameter(), on: req.db)
    }

    func list(req: Request) async throws -> Response {
        let ecosystems = try await EcosystemLoader.all(on: req.db)
        if req.wantsCSV {
            let rows = try ecosystems.map { try $0.csvRow() }
            return CSVResponse.stream(filename: "solmu-ecosystems.csv", header: Ecosystem.csvHeader) { $0 == 0 ? rows : [] }
        }
        let items = try ecosystems.map { try $0.toDTO() }
        return try await ListEnvelope(items: items, total: items.count, limit: items.count, offset: 0).encodeResponse(for: req)
    }

    /// `?ids=1,2,3` (two to six ecosystems).
    func compare(req: Request) async throws -> EcosystemComparison {
        let raw = req.query[String.self, at: "ids"] ?? ""
        let ids = raw.split(separator: ",").map { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard !ids.contains(nil) else { throw Problem.validation(["ids": "compare.count.invalid"]) }
        return try await EcosystemComparison.build(ids: ids.compactMap { $0 }, on: req.db)
    }

    func show(req: Request) async throws -> EcosystemDTO {
        try await find(req).toDTO()
    }

    func create(req: Request) async throws -> Response {
        let user = try req.user
        guard user.mayStartForOrganization else { throw Abort(.forbidden) }
        var input = try req.decodeJSON(EcosystemInput.self)
        // Whoever starts an ecosystem for their organisation keeps it.
        if !user.isAdmin { input.coordinatorId = user.$organization.id }
        let ecosystem = Ecosystem()
        try await EcosystemEditor(database: req.db).save(input, into: ecosystem)
        guard let saved = try await EcosystemLoader.find(ecosystem.requireID(), on: req.db) else { throw Problem.notFound() }
        let response = try await saved.toDTO().encodeResponse(status: .created, for: req)
        response.headers.replaceOrAdd(name: .location, value: "/api/v1/ecosystems/\(try saved.requireID())")
        return response
    }

    func update(req: Request) async throws -> EcosystemDTO {
        let user = try req.user
        let ecosystem = try await EcosystemAccess.requireEditable(req.intParameter(), by: user, on: req.db)
        var input = try MergePatch.apply(req, to: ecosystem.input)
        if !user.isAdmin { input.coordinatorId = ecosystem.$coordinator.id }  // only admins hand an ecosystem over
        try await EcosystemEditor(database: req.db).save(input, into: ecosystem)
        guard let saved = try await EcosystemLoader.find(ecosystem.requireID(), on: req.db) else { throw Problem.notFound() }
        return try saved.toDTO()
    }

    func delete(req: Request) async throws -> HTTPStatus {
        let user = try req.user
        let ecosystem = try await EcosystemAccess.requireEditable(req.intParameter(), by: user, on: req.db)
        try await EcosystemEditor(database: req.db).delete(ecosystem)
        return .noContent
    }

    func situation(req: Request) async throws -> SituationalPicture {
        try await SituationalPicture.build(find(req), on: req.db)
    }

    struct SuggestionDTO: Content {
        var competence: String
        var organizationId: Int
        var organizationName: String
        var type: OrganizationType
        var regionCode: String?
        var reasons: [String]
        var status: EcosystemSuggestion.Status?
    }

    struct SuggestionMark: Content {
        var organizationId: Int?
        var competence: String?
        var status: String?
    }

    func suggestions(req: Request) async throws -> Response {
        let ecosystem = try await find(req)
        let picture = try await SituationalPicture.build(ecosystem, on: req.db)
        let items = try await PartnerSuggestions(database: req.db).items(for: ecosystem, picture: picture)
        let words = try await ReasonWords.load(req.db)
        let language = req.apiLanguage
        let dtos = items.map { item in
            SuggestionDTO(
                competence: item.suggestion.competence, organizationId: item.suggestion.candidate.id,
                organizationName: item.suggestion.candidate.name, type: item.suggestion.candidate.type,
                regionCode: item.suggestion.candidate.regionCode,
                reasons: item.suggestion.reasons.map { words.text($0, language) }, status: item.status)
        }
        if req.wantsCSV {
            let rows: [[String?]] = dtos.map {
                [
                    $0.competence, "\($0.organizationId)", $0.organizationName, $0.type.rawValue, $0.regionCode,
                    $0.reasons.joined(separator: "; "), $0.status?.rawValue,
                ]
            }
            return CSVResponse.stream(
                filename: "solmu-suggestions.csv",
                header: ["competence", "organization_id", "organization_name", "type", "region_code", "reasons", "status"]
            ) { $0 == 0 ? rows : [] }
        }
        return try await ListEnvelope(items: dtos, total: dtos.count, limit: dtos.count, offset: 0).encodeResponse(for: req)
    }

    func markSuggestion(req: Request) async throws -> HTTPStatus {
        let user = try req.user
        let ecosystem = try await EcosystemAccess.requireEditable(req.intParameter(), by: user, on: req.db)
        let mark = try req.decodeJSON(SuggestionMark.self)
        var errors: [String: String] = [:]
        if mark.organizationId == nil { errors["organizationId"] = "field.required" }
        if mark.competence.nonEmpty == nil { errors["competence"] = "field.required" }
        let status = mark.status.flatMap(EcosystemSuggestion.Status.init(rawValue:))
        if status == nil { errors["status"] = "suggestion.status.invalid" }
        guard errors.isEmpty, let organizationID = mark.organizationId, let competence = mark.competence, let status else {
            throw Problem.validation(errors)
        }
        try await PartnerSuggestions(database: req.db).mark(
            ecosystem: ecosystem, organizationID: organizationID, competence: competence, status: status)
        return .noContent
    }

    func goals(req: Request) async throws -> Response {
        let items = try await find(req).goals.sorted { $0.targetDate < $1.targetDate }.map { try $0.toDTO() }
        if req.wantsCSV {
            let rows: [[String?]] = items.map { ["\($0.id)", $0.title, $0.target, $0.startsOn, $0.targetDate, $0.progress.map(String.init)] }
            return CSVResponse.stream(filename: "solmu-goals.csv", header: ["id", "title", "target", "starts_on", "target_date", "progress"]) {
                $0 == 0 ? rows : []
            }
        }
        return try await ListEnvelope(items: items, total: items.count, limit: items.count, offset: 0).encodeResponse(for: req)
    }

    func addGoal(req: Request) async throws -> Response {
        let user = try req.user
        let ecosystem = try await EcosystemAccess.requireEditable(req.intParameter(), by: user, on: req.db)
        let goal = EcosystemGoal()
        try await EcosystemEditor(database: req.db).saveGoal(try req.decodeJSON(GoalInput.self), ecosystemID: ecosystem.requireID(), into: goal)
        return try await goal.toDTO().encodeResponse(status: .created, for: req)
    }

    func updateGoal(req: Request) async throws -> GoalDTO {
        let user = try req.user
        let ecosystem = try await EcosystemAccess.requireEditable(req.intParameter(), by: user, on: req.db)
        let goal = try ecosystem.goal(req)
        let input = try MergePatch.apply(req, to: goal.input)
        try await EcosystemEditor(database: req.db).saveGoal(input, ecosystemID: ecosystem.requireID(), into: goal)
        return try goal.toDTO()
    }

    func updateAction(req: Request) async throws -> ActionDTO {
        let user = try req.user
        let ecosystem = try await EcosystemAccess.requireEditable(req.intParameter(), by: user, on: req.db)
        let action = try ecosystem.action(req)
        let input = try MergePatch.apply(req, to: action.input)
        try await EcosystemEditor(database: req.db).saveAction(input, ecosystemID: ecosystem.requireID(), into: action)
        return try action.toDTO()
    }

    func removeGoal(req: Request) async throws -> HTTPStatus {
        let user = try req.user
        let ecosystem = try await EcosystemAccess.requireEditable(req.intParameter(), by: user, on: req.db)
        let goal = try ecosystem.goal(req)
        try await EcosystemEditor(database: req.db).deleteGoal(goal)
        return .noContent
    }

    func actions(req: Request) async throws -> Response {
        let items = try await find(req).actions.sorted { ($0.dueOn ?? "9999") < ($1.dueOn ?? "9999") }.map { try $0.toDTO() }
        if req.wantsCSV {
            let rows: [[String?]] = items.map {
                ["\($0.id)", $0.title, $0.goalId.map(String.init), $0.ownerId.map(String.init), $0.dueOn, $0.status.rawValue]
            }
            return CSVResponse.stream(filename: "solmu-actions.csv", header: ["id", "title", "goal_id", "owner_id", "due_on", "status"]) {
                $0 == 0 ? rows : []
            }
        }
        return try await ListEnvelope(items: items, total: items.count, limit: items.count, offset: 0).encodeResponse(for: req)
    }

    func addAction(req: Request) async throws -> Response {
        let user = try req.user
        let ecosystem = try await EcosystemAccess.requireEditable(req.intParameter(), by: user, on: req.db)
        let action = EcosystemAction()
        try await EcosystemEditor(database: req.db).saveAction(try req.decodeJSON(ActionInput.self), ecosystemID: ecosystem.requireID(), into: action)
        return try await action.toDTO().encodeResponse(status: .created, for: req)
    }

    func removeAction(req: Request) async throws -> HTTPStatus {
        let user = try req.user
        let ecosystem = try await EcosystemAccess.requireEditable(req.intParameter(), by: user, on: req.db)
        let action = try ecosystem.action(req)
        try await EcosystemEditor(database: req.db).deleteAction(action)
        return .noContent
    }
}
