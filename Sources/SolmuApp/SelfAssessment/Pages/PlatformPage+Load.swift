import Fluent
import Vapor

extension PlatformPage {
    /// The page of `platform` (found by `PlatformHistory.requireOwned` with its links): its assessments and their
    /// scores are read here, the trends drawn within each questionnaire version.
    static func load(_ platform: Platform, on database: any Database) async throws -> PlatformPage {
        let history = try await PlatformHistory.of(platform, on: database)
        let trends = history.byVersion.map { version in
            let assessments = version.assessments
            let dimensions = history.dimensions(of: version.instrument).map { dimension in
                Trend.Dimension(
                    name: dimension.name,
                    scores: assessments.map { assessment in
                        assessment.scores.first { $0.$dimension.id == dimension.id }?.score
                    })
            }
            return Trend(
                instrumentId: version.instrument.id ?? 0, instrumentName: version.instrument.name, version: version.instrument.version,
                completedAt: assessments.map(\.completedAt), dimensions: dimensions, overall: assessments.map(\.overall))
        }
        let rows = history.assessments.reversed().map { assessment in
            AssessmentRow(
                id: assessment.id ?? 0, createdAt: assessment.createdAt, version: assessment.instrument.version, status: assessment.status,
                published: assessment.published, overall: assessment.overall)
        }
        return PlatformPage(
            id: platform.id ?? 0, name: platform.name, kind: platform.kind, ownerName: platform.ownerName,
            municipality: platform.municipality.map(PlatformFacts.municipalityName),
            organization: platform.organization.map { Link(id: $0.id ?? 0, name: $0.name) },
            ecosystem: platform.ecosystem.map { Link(id: $0.id ?? 0, name: $0.name) },
            network: platform.network.map { Link(id: $0.id ?? 0, name: $0.name) },
            trends: trends, assessments: rows)
    }
}
