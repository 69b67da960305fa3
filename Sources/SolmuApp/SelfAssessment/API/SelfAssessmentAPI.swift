import Fluent
import Vapor

/// `/api/v1/self-assessment`: the questionnaire's versions, assessments behind their private links, published
/// results (open data), owners' platforms with their history, and coordinators' aggregates.
struct SelfAssessmentAPI: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let root = routes.grouped("self-assessment")
        root.get("instruments", use: instruments)
        root.get("instruments", ":id", use: instrument)
        let admins = root.grouped(AdminGuard())
        admins.post("instruments", ":id", "versions", use: newVersion)
        admins.on(.PUT, "instruments", ":id", "content", body: .collect(maxSize: "1mb"), use: replaceContent).accepts(InstrumentContent.self)
        admins.post("instruments", ":id", "publish", use: publishInstrument)
        root.grouped(AnonymousWriteLimit()).post("assessments", use: start).accepts(SelfAssessmentStart.self)
        root.get("assessments", ":token", use: assessment)
        root.patch("assessments", ":token", use: saveAnswers).accepts(AnswersInput.self)
        root.post("assessments", ":token", "complete", use: complete)
        root.get("assessments", ":token", "result", use: result)
        root.put("assessments", ":token", "publication", use: publication).accepts(PublicationInput.self)
        root.get("results", use: publishedResults)
        root.get("results", ":id", use: publishedResult)
        root.get("platforms", use: myPlatforms)
        root.get("platforms", ":id", use: platform)
        root.patch("platforms", ":id", use: updatePlatform).accepts(PlatformDetails.self)
        root.get("aggregates", use: aggregates)
    }

    // MARK: Questionnaire versions

    func instruments(req: Request) async throws -> Response {
        let versions = try await InstrumentLoader.all(for: req.currentUser, on: req.db)
        return try await req.wholeList(
            versions, csv: "solmu-self-assessment-instruments.csv", header: ["id", "key", "version", "name_fi", "published_at"],
            row: { ["\($0.id ?? 0)", $0.key, "\($0.version)", $0.nameFi, $0.publishedAt.map { $0.formatted(.iso8601) }] },
            item: { $0.toSummaryDTO() })
    }

    func instrument(req: Request) async throws -> InstrumentContent {
        InstrumentContent(try await InstrumentLoader.require(req.intParameter(), includeDrafts: req.currentUser?.isAdmin == true, on: req.db))
    }

    func newVersion(req: Request) async throws -> Response {
        let source = try await InstrumentLoader.require(req.intParameter(), includeDrafts: true, on: req.db)
        let created = try await InstrumentWriter(database: req.db).newVersion(from: source)
        let loaded = try await InstrumentLoader.require(created.requireID(), includeDrafts: true, on: req.db)
        return try await req.created(InstrumentContent(loaded), at: "/api/v1/self-assessment/instruments/\(try created.requireID())")
    }

    func replaceContent(req: Request) async throws -> InstrumentContent {
        let instrument = try await InstrumentLoader.require(req.intParameter(), includeDrafts: true, on: req.db)
        var content = try req.decodeJSON(InstrumentContent.self)
        content.key = instrument.key
        try await InstrumentWriter(database: req.db).replace(instrument, with: content)
        return InstrumentContent(try await InstrumentLoader.require(instrument.requireID(), includeDrafts: true, on: req.db))
    }

    func publishInstrument(req: Request) async throws -> InstrumentContent {
        let instrument = try await InstrumentLoader.require(req.intParameter(), includeDrafts: true, on: req.db)
        try await InstrumentWriter(database: req.db).publish(instrument)
        return InstrumentContent(instrument)
    }

    // MARK: Assessments behind their private links

    /// Anyone may start one; a signed-in user keeps the platform among theirs.
    func start(req: Request) async throws -> Response {
        let user = req.currentUser == nil ? nil : try req.user
        let (assessment, token) = try await SelfAssessmentDesk(database: req.db).start(req.decodeJSON(SelfAssessmentStart.self), user: user)
        let link = SiteURL.platformAssessment(token).path(assessment.language)
        return try await req.created(assessment.toDTO(token: token, link: link), at: "/api/v1/self-assessment/assessments/\(token)")
    }

    private func found(_ req: Request) async throws -> PlatformAssessment {
        try await SelfAssessmentDesk.find(token: req.parameters.get("token") ?? "", on: req.db)
    }

    func assessment(req: Request) async throws -> PlatformAssessmentDTO {
        try await found(req).toDTO()
    }

    func saveAnswers(req: Request) async throws -> PlatformAssessmentDTO {
        let assessment = try await found(req)
        try await SelfAssessmentDesk(database: req.db).save(req.decodeJSON(AnswersInput.self).answers, in: assessment)
        return assessment.toDTO()
    }

    func complete(req: Request) async throws -> SelfAssessmentResultDTO {
        let assessment = try await found(req)
        try await SelfAssessmentDesk(database: req.db).complete(assessment)
        return try await SelfAssessmentResult.of(assessment, on: req.db).toDTO(assessment)
    }

    func result(req: Request) async throws -> SelfAssessmentResultDTO {
        let assessment = try await found(req)
        guard assessment.status == .completed else {
            throw Problem.conflict(detailKey: "selfAssessment.result.notCompleted")
        }
        return try await SelfAssessmentResult.of(assessment, on: req.db).toDTO(assessment)
    }

    func publication(req: Request) async throws -> PlatformAssessmentDTO {
        let assessment = try await found(req)
        try await SelfAssessmentDesk(database: req.db).publish(assessment, req.decodeJSON(PublicationInput.self))
        return assessment.toDTO()
    }

    // MARK: Published results

    func publishedResults(req: Request) async throws -> Response {
        let assessments = try await PlatformLoader.allPublished(on: req.db)
        return try await req.wholeList(
            assessments, csv: "solmu-platform-assessments.csv",
            header: ["id", "platform", "kind", "owner", "municipality_code", "instrument_version", "completed_at", "overall"],
            row: {
                [
                    "\($0.id ?? 0)", $0.platform.name, $0.platform.kind.rawValue, $0.platform.ownerName, $0.platform.$municipality.id,
                    "\($0.instrument.version)", $0.completedAt.map { $0.formatted(.iso8601) }, $0.overall.map(Scoring.plain),
                ]
            },
            item: {
                PublishedResultDTO(
                    id: $0.id ?? 0, platform: $0.platform.toDTO(), instrumentId: $0.$instrument.id,
                    instrumentVersion: $0.instrument.version, completedAt: $0.completedAt, overall: Scoring.value($0.overall))
            })
    }

    func publishedResult(req: Request) async throws -> SelfAssessmentResultDTO {
        let assessment = try await SelfAssessmentDesk.findPublished(req.intParameter(), on: req.db)
        return try await SelfAssessmentResult.of(assessment, on: req.db).toDTO(assessment)
    }

    // MARK: Owners' platforms

    func myPlatforms(req: Request) async throws -> Response {
        let user = try req.user
        let platforms = try await PlatformLoader.owned(by: user, on: req.db)
        return try await req.wholeList(
            platforms, csv: "solmu-my-platforms.csv", header: ["id", "name", "kind"],
            row: { ["\($0.id ?? 0)", $0.name, $0.kind.rawValue] }, item: { $0.toDTO() })
    }

    func platform(req: Request) async throws -> PlatformHistoryDTO {
        let platform = try await PlatformHistory.requireOwned(req.intParameter(), by: req.user, on: req.db)
        return try await PlatformHistory.of(platform, on: req.db).toDTO()
    }

    func updatePlatform(req: Request) async throws -> PlatformHistoryDTO {
        let platform = try await PlatformHistory.requireOwned(req.intParameter(), by: req.user, on: req.db)
        try await PlatformEditor(database: req.db).save(MergePatch.apply(req, to: platform.details), into: platform)
        return try await PlatformHistory.of(platform, on: req.db).toDTO()
    }

    // MARK: Coordinators' aggregates

    func aggregates(req: Request) async throws -> Response {
        let user = try req.user
        let group = try await AggregateAccess.requireGroup(req, for: user)
        let raw = req.query[String.self, at: "instrument"]
        if let raw, Int(raw) == nil { throw Problem.validation(["instrument": "selfAssessment.instrument.unknown"]) }
        guard let instrument = try await InstrumentLoader.published(raw.flatMap(Int.init), on: req.db) else {
            throw raw == nil ? Problem.notFound() : Problem.validation(["instrument": "selfAssessment.instrument.unknown"])
        }
        let aggregates = try await PlatformAggregates.of(instrument, scope: group.scope, on: req.db)
        if req.wantsCSV {
            let language = Language(rawValue: req.query[String.self, at: "lang"] ?? "") ?? .fi
            let rows: [[String?]] = aggregates.dimensions.map { dimension in
                [
                    dimension.dimension.key, dimension.dimension.name[language], "\(dimension.platforms)",
                    dimension.mean.map(Scoring.plain), dimension.quartiles.map { Scoring.plain($0.lower) },
                    dimension.quartiles.map { Scoring.plain($0.median) }, dimension.quartiles.map { Scoring.plain($0.upper) }, "\(dimension.weak)",
                ]
            }
            return CSVResponse.stream(
                filename: "solmu-self-assessment-aggregates-\(group.parameter.name)-\(group.parameter.value).csv",
                header: ["dimension", "name", "platforms", "mean", "lower_quartile", "median", "upper_quartile", "below_2"]
            ) { $0 == 0 ? rows : [] }
        }
        return try await aggregates.toDTO(groupName: group.label, group: "\(group.parameter.name):\(group.parameter.value)").encodeResponse(for: req)
    }
}

/// A published result in the open list.
struct PublishedResultDTO: Content {
    var id: Int
    var platform: PlatformDTO
    var instrumentId: Int
    var instrumentVersion: Int
    var completedAt: Date?
    var overall: Double?
}
