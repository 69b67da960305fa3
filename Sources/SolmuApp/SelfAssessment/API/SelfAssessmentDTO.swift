import Foundation
import Vapor

extension InstrumentContent: Content {}

/// A questionnaire version in the list of versions.
struct InstrumentSummaryDTO: Content {
    var id: Int
    var key: String
    var version: Int
    var name: LocalizedText
    var published: Bool
    var publishedAt: Date?
}

struct PlatformDTO: Content {
    var id: Int
    var name: String
    var kind: Platform.Kind
    var ownerName: String?
    var municipalityCode: String?
    var organizationId: Int?
    var ecosystemId: Int?
    var networkId: Int?
}

/// Scores are levels 0–4 with up to three decimals.
struct QuartilesDTO: Content {
    var lower: Double
    var median: Double
    var upper: Double

    init?(_ quartiles: Quartiles?) {
        guard let quartiles else { return nil }
        lower = Double(quartiles.lower) / 1000
        median = Double(quartiles.median) / 1000
        upper = Double(quartiles.upper) / 1000
    }
}

/// An assessment as its assessor sees it through the private link: the platform, the answers so far, the progress.
struct PlatformAssessmentDTO: Content {
    struct Answer: Content {
        var statementId: Int
        var level: Int?
        var dontKnow: Bool
    }

    var id: Int
    var instrumentId: Int
    var instrumentVersion: Int
    var status: PlatformAssessment.Status
    var platform: PlatformDTO
    var answers: [Answer]
    var answered: Int
    var statements: Int
    var createdAt: Date?
    var updatedAt: Date?
    var completedAt: Date?
    var published: Bool
    var publishedAt: Date?
    /// The secret of the private link: given once, when the assessment is started.
    var token: String?
    /// The questionnaire page behind the private link (only with `token`).
    var link: String?
}

/// A completed assessment's result, with peers when there are enough of them.
struct SelfAssessmentResultDTO: Content {
    struct Dimension: Content {
        var key: String
        var name: LocalizedText
        var score: Double?
        var known: Int
        var statements: Int
        var peers: QuartilesDTO?
    }

    struct Advice: Content {
        var dimension: String
        var items: [LocalizedText]
    }

    var assessmentId: Int
    var platform: PlatformDTO
    var instrumentId: Int
    var instrumentVersion: Int
    var completedAt: Date?
    var published: Bool
    var overall: Double?
    var dimensions: [Dimension]
    var strongest: [String]
    var weakest: [String]
    var advice: [Advice]
    /// Other platforms that completed the same version (each counted once).
    var peerCount: Int
    /// Whether peers' quartiles are given: only from five peers up.
    var peersShown: Bool
    var overallPeers: QuartilesDTO?
}

/// A coordinator's view of a group of platforms, aggregated only.
struct AggregatesDTO: Content {
    struct Dimension: Content {
        var key: String
        var name: LocalizedText
        var platforms: Int
        var mean: Double?
        var quartiles: QuartilesDTO?
        /// Platforms scoring below 2.0 in the dimension.
        var weak: Int
    }

    struct Statement: Content {
        var statementId: Int
        var key: String
        var text: LocalizedText
        var dimension: String
        var mean: Double
        var known: Int
    }

    var instrumentId: Int
    var instrumentVersion: Int
    var group: String
    var groupName: String
    var platforms: Int
    /// False below five platforms: then no figures are given.
    var shown: Bool
    var overallMean: Double?
    var overall: QuartilesDTO?
    var dimensions: [Dimension]
    var weakestStatements: [Statement]
}

/// A platform with its assessments over time, for its owner.
struct PlatformHistoryDTO: Content {
    struct Assessment: Content {
        var id: Int
        var instrumentId: Int
        var instrumentVersion: Int
        var status: PlatformAssessment.Status
        var createdAt: Date?
        var completedAt: Date?
        var overall: Double?
        /// Dimension key → score.
        var scores: [String: Double]
        var published: Bool
    }

    var platform: PlatformDTO
    var assessments: [Assessment]
}

extension Platform {
    func toDTO() -> PlatformDTO {
        PlatformDTO(
            id: id ?? 0, name: name, kind: kind, ownerName: ownerName, municipalityCode: $municipality.id, organizationId: $organization.id,
            ecosystemId: $ecosystem.id, networkId: $network.id)
    }
}

extension AssessmentInstrument {
    func toSummaryDTO() -> InstrumentSummaryDTO {
        InstrumentSummaryDTO(id: id ?? 0, key: key, version: version, name: name, published: isPublished, publishedAt: publishedAt)
    }
}

extension PlatformAssessment {
    /// Needs platform, answers and instrument content loaded.
    func toDTO(token: String? = nil, link: String? = nil) -> PlatformAssessmentDTO {
        PlatformAssessmentDTO(
            id: id ?? 0, instrumentId: $instrument.id, instrumentVersion: instrument.version, status: status, platform: platform.toDTO(),
            answers: answers.sorted { $0.$statement.id < $1.$statement.id }
                .map { .init(statementId: $0.$statement.id, level: $0.level, dontKnow: $0.level == nil) },
            answered: answers.count, statements: instrument.orderedStatements.count, createdAt: createdAt, updatedAt: updatedAt,
            completedAt: completedAt, published: published, publishedAt: publishedAt, token: token, link: link)
    }
}

extension SelfAssessmentResult {
    func toDTO(_ assessment: PlatformAssessment) -> SelfAssessmentResultDTO {
        SelfAssessmentResultDTO(
            assessmentId: assessment.id ?? 0, platform: assessment.platform.toDTO(), instrumentId: assessment.$instrument.id,
            instrumentVersion: assessment.instrument.version, completedAt: assessment.completedAt, published: assessment.published,
            overall: Scoring.value(overall),
            dimensions: dimensions.map {
                .init(
                    key: $0.dimension.key, name: $0.dimension.name, score: Scoring.value($0.score), known: $0.known, statements: $0.total,
                    peers: QuartilesDTO($0.peers))
            },
            strongest: strongest.map(\.dimension.key), weakest: weakest.map(\.dimension.key),
            advice: advised.map { .init(dimension: $0.dimension.key, items: $0.dimension.orderedAdvice.map(\.text)) },
            peerCount: peerCount, peersShown: peersShown, overallPeers: QuartilesDTO(overallPeers))
    }
}

extension PlatformAggregates {
    func toDTO(groupName: String, group: String) -> AggregatesDTO {
        AggregatesDTO(
            instrumentId: instrument.id ?? 0, instrumentVersion: instrument.version, group: group, groupName: groupName, platforms: platforms,
            shown: shown,
            overallMean: Scoring.value(overallMean), overall: QuartilesDTO(overall),
            dimensions: dimensions.map {
                .init(
                    key: $0.dimension.key, name: $0.dimension.name, platforms: $0.platforms, mean: Scoring.value($0.mean),
                    quartiles: QuartilesDTO($0.quartiles), weak: $0.weak)
            },
            weakestStatements: weakestStatements.map {
                .init(
                    statementId: $0.statement.id ?? 0, key: $0.statement.key, text: $0.statement.text, dimension: $0.dimension.key,
                    mean: Double($0.mean) / 1000, known: $0.known)
            })
    }
}
