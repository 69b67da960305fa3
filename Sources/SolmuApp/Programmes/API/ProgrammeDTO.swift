import Vapor

struct ProgrammeDTO: Content {
    struct MemberCity: Content {
        var organizationId: Int
        var name: String
        var municipalityCode: String?
    }

    var id: Int
    var name: String
    var purpose: LocalizedText
    var startsOn: String?
    var endsOn: String?
    var budgetCents: Int64?
    var budgetApproximate: Bool
    var website: String?
    var coordinatorId: Int?
    var coordinatorName: String?
    var minMemberCities: Int?
    var memberCities: [MemberCity]
    var themes: [String]
    var targetGroups: [TargetGroup]
    var instruments: [InstrumentDTO]
    var indicators: [IndicatorDTO]
    var figures: [FigureDTO]
}

struct InstrumentDTO: Content {
    var id: Int
    var code: String
    var name: LocalizedText
    var administratorId: Int?
    var administratorName: String?
    var budgetCents: Int64?
}

struct IndicatorDTO: Content {
    var id: Int
    var code: String
    var name: LocalizedText
    var unit: Indicator.Unit
    var aggregation: Indicator.Aggregation
}

struct FigureDTO: Content {
    var id: Int
    var label: LocalizedText
    /// Decimal text, exact.
    var value: String
    var qualifier: ProgrammeFigure.Qualifier
    var indicatorId: Int?
    var source: String?
}

extension Programme {
    /// Needs everything `ProgrammeLoader.query` loads.
    func toDTO() throws -> ProgrammeDTO {
        ProgrammeDTO(
            id: try requireID(), name: name, purpose: purpose, startsOn: startsOn, endsOn: endsOn, budgetCents: budgetCents,
            budgetApproximate: budgetApproximate, website: website, coordinatorId: $coordinator.id, coordinatorName: coordinator?.name,
            minMemberCities: minMemberCities,
            memberCities: memberCities.map {
                .init(organizationId: $0.$organization.id, name: $0.organization.name, municipalityCode: $0.organization.$municipality.id)
            }
            .sorted { $0.name < $1.name },
            themes: themes.compactMap(\.id).sorted(), targetGroups: targetGroups,
            instruments: try instruments.sorted { $0.code < $1.code }.map { try $0.toDTO() },
            indicators: try sortedIndicators.map { try $0.toDTO() },
            figures: try figures.sorted { ($0.id ?? 0) < ($1.id ?? 0) }.map { try $0.toDTO() })
    }

    static let csvHeader = [
        "id", "name", "purpose_fi", "starts_on", "ends_on", "budget_eur", "budget_approximate", "coordinator",
        "min_member_cities", "member_cities", "themes", "instruments", "indicators",
    ]

    func csvRow() throws -> [String?] {
        [
            "\(try requireID())", name, purposeFi, startsOn, endsOn, budgetCents.map(FixedPoint.money.plain), budgetApproximate ? "true" : "false",
            coordinator?.name, minMemberCities.map(String.init), memberCities.map(\.organization.name).sorted().joined(separator: ";"),
            themes.compactMap(\.id).sorted().joined(separator: ";"), instruments.map(\.code).sorted().joined(separator: ";"),
            "\(indicators.count)",
        ]
    }
}

extension FundingInstrument {
    /// Needs `administrator` loaded.
    func toDTO() throws -> InstrumentDTO {
        InstrumentDTO(
            id: try requireID(), code: code, name: name, administratorId: $administrator.id, administratorName: administrator?.name,
            budgetCents: budgetCents)
    }

    static let csvHeader = ["id", "code", "name_fi", "name_sv", "name_en", "administrator", "budget_eur"]

    func csvRow() throws -> [String?] {
        ["\(try requireID())", code, nameFi, nameSv, nameEn, administrator?.name, budgetCents.map(FixedPoint.money.plain)]
    }
}

extension Indicator {
    func toDTO() throws -> IndicatorDTO {
        IndicatorDTO(id: try requireID(), code: code, name: name, unit: unit, aggregation: aggregation)
    }

    static let csvHeader = ["id", "code", "name_fi", "name_sv", "name_en", "unit", "aggregation"]

    func csvRow() throws -> [String?] {
        ["\(try requireID())", code, nameFi, nameSv, nameEn, unit.rawValue, aggregation.rawValue]
    }
}

extension ProgrammeFigure {
    func toDTO() throws -> FigureDTO {
        FigureDTO(
            id: try requireID(), label: label, value: FixedPoint.quantity.plain(value), qualifier: qualifier, indicatorId: $indicator.id,
            source: source)
    }

    static let csvHeader = ["id", "label_fi", "label_sv", "label_en", "value", "qualifier", "indicator_id", "source"]

    func csvRow() throws -> [String?] {
        [
            "\(try requireID())", labelFi, labelSv, labelEn, FixedPoint.quantity.plain(value), qualifier.rawValue, $indicator.id.map(String.init),
            source,
        ]
    }
}
