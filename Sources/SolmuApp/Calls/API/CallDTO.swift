import Foundation
import Vapor

/// A call as the API shows it: times as instants (ISO 8601), money in cents, criteria in order, and — once
/// decided — the projects it funded. Never its applications' content: that is for the office and the bodies.
struct CallDTO: Content {
    var id: Int
    var programmeId: Int
    var number: Int
    var title: LocalizedText
    var description: LocalizedText
    var opensAt: Date
    var closesAt: Date
    var isOpen: Bool
    var budgetCents: Int64?
    var instrumentIds: [Int]
    var themeIds: [String]
    var published: Bool
    var example: Bool
    var criteria: [CriterionDTO]
    var fundedProjects: [FundedProjectDTO]
}

struct CriterionDTO: Content {
    var id: Int
    var order: Int
    var name: LocalizedText
    var guidance: LocalizedText
    var weight: Int
    var scaleMin: Int
    var scaleMax: Int
    var responsibility: Bool
}

struct FundedProjectDTO: Content {
    var projectId: Int
    var name: String
}

extension Call {
    /// Needs everything `CallLoader.query` loads.
    func toDTO(now: Date = Date(), funded: [FundedProjectDTO] = []) throws -> CallDTO {
        CallDTO(
            id: try requireID(), programmeId: $programme.id, number: number, title: title, description: description, opensAt: opensAt,
            closesAt: closesAt, isOpen: isOpen(at: now), budgetCents: budgetCents, instrumentIds: instruments.compactMap(\.id).sorted(),
            themeIds: themes.compactMap(\.id).sorted(), published: published, example: example,
            criteria: try sortedCriteria.map { try $0.toDTO() }, fundedProjects: funded)
    }

    static let csvHeader = [
        "id", "programme_id", "number", "title_fi", "title_sv", "title_en", "opens_at", "closes_at", "budget_eur", "published", "example",
    ]

    func csvRow() throws -> [String?] {
        [
            "\(try requireID())", "\($programme.id)", "\(number)", titleFi, titleSv, titleEn, opensAt.formatted(.iso8601),
            closesAt.formatted(.iso8601),
            budgetCents.map(FixedPoint.money.plain), published ? "true" : "false", example ? "true" : "false",
        ]
    }
}

extension CallCriterion {
    func toDTO() throws -> CriterionDTO {
        CriterionDTO(
            id: try requireID(), order: order, name: name, guidance: guidance, weight: weight, scaleMin: scaleMin, scaleMax: scaleMax,
            responsibility: responsibility)
    }
}
