import Fluent
import Vapor

/// A platform with its assessments over time, as its owner sees it: the trend per dimension is drawn within each
/// questionnaire version (results of different versions are not compared).
struct PlatformHistory: Sendable {
    var platform: Platform
    /// Oldest first, with scores and instrument loaded.
    var assessments: [PlatformAssessment]
    /// The dimensions of every version the platform was assessed under, by id.
    var dimensions: [Int: InstrumentDimension]

    /// The platform if `user` owns it (or is an admin), with its municipality, and `withLinks` also the organisation,
    /// ecosystem and network it is linked to (each read only when set: what its page shows); 404 otherwise, so a
    /// platform's existence is not told.
    static func requireOwned(_ id: Int, by user: User, withLinks: Bool = false, on database: any Database) async throws -> Platform {
        let query = Platform.query(on: database).filter(\.$id == id).with(\.$municipality)
        if withLinks { query.with(\.$organization).with(\.$ecosystem).with(\.$network) }
        guard let platform = try await query.first(), platform.$user.id == user.id || user.isAdmin else { throw Problem.notFound() }
        return platform
    }

    static func of(_ platform: Platform, on database: any Database) async throws -> PlatformHistory {
        let assessments = try await PlatformAssessment.query(on: database).filter(\.$platform.$id == platform.requireID())
            .with(\.$scores).with(\.$instrument).sort(\.$createdAt).sort(\.$id).all()
        let instrumentIDs = Set(assessments.map(\.$instrument.id))
        let dimensions =
            instrumentIDs.isEmpty ? [] : try await InstrumentDimension.query(on: database).filter(\.$instrument.$id ~~ instrumentIDs).all()
        for assessment in assessments { assessment.$platform.value = platform }
        return PlatformHistory(
            platform: platform, assessments: assessments,
            dimensions: Dictionary(uniqueKeysWithValues: dimensions.map { ($0.id ?? 0, $0) }))
    }

    var completed: [PlatformAssessment] { assessments.filter { $0.status == .completed } }

    /// Completed assessments grouped by version, newest version first: one trend per version.
    var byVersion: [(instrument: AssessmentInstrument, assessments: [PlatformAssessment])] {
        Dictionary(grouping: completed, by: { $0.$instrument.id })
            .map {
                (
                    instrument: $0.value[0].instrument,
                    assessments: $0.value.sorted { ($0.completedAt ?? .distantPast) < ($1.completedAt ?? .distantPast) }
                )
            }
            .sorted { $0.instrument.version > $1.instrument.version }
    }

    /// The dimensions of `instrument` in questionnaire order.
    func dimensions(of instrument: AssessmentInstrument) -> [InstrumentDimension] {
        dimensions.values.filter { $0.$instrument.id == instrument.id }.sorted { $0.position < $1.position }
    }

    func toDTO() -> PlatformHistoryDTO {
        PlatformHistoryDTO(
            platform: platform.toDTO(),
            assessments: assessments.map { assessment in
                .init(
                    id: assessment.id ?? 0, instrumentId: assessment.$instrument.id, instrumentVersion: assessment.instrument.version,
                    status: assessment.status,
                    createdAt: assessment.createdAt, completedAt: assessment.completedAt, overall: Scoring.value(assessment.overall),
                    scores: Dictionary(
                        uniqueKeysWithValues: assessment.scores.compactMap { score in
                            dimensions[score.$dimension.id].map { ($0.key, Double(score.score) / 1000) }
                        }),
                    published: assessment.published)
            })
    }
}
