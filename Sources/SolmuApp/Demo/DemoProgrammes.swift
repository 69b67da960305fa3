import Fluent
import Foundation

/// The programmes and projects of the demo (`programmes.json`, `projects.json`): 6Aika with its funds, member cities,
/// spearhead projects and stated figures, and the regional towns' network project with its five work packages.
/// Only what the seeds say: budgets, dates and codes they do not give stay empty.
extension DemoData {
    struct ProgrammeRecord: Decodable {
        struct Instrument: Decodable { var code: String; var name: LocalizedText; var administrator: String? }
        struct Figure: Decodable { var label: LocalizedText; var value: String; var qualifier: String; var indicator: String?; var source: String? }
        var key: String
        var name: String
        var purpose: LocalizedText?
        var budgetCents: Int64?
        var budgetApproximate: Bool?
        var coordinator: String?
        var minMemberCities: Int?
        var memberCities: [String]
        var themes: [String]
        var targetGroups: [String]
        var instruments: [Instrument]
        var indicators: [IndicatorInput]
        var figures: [Figure]
    }

    struct ProjectRecord: Decodable {
        struct Implementer: Decodable { var organization: String; var role: String; var contact: String? }
        struct Package: Decodable { var number: Int; var responsible: String?; var title: LocalizedText; var description: LocalizedText? }
        var key: String
        var programme: String?
        var network: String?
        var name: LocalizedText
        var summary: LocalizedText?
        var status: String
        var spearhead: Bool
        var themes: [String]
        var targetGroups: [String]
        var implementers: [Implementer]
        var workPackages: [Package]
    }

    /// Returns the programmes' ids by their keys.
    @discardableResult
    static func loadProgrammes(organizations: [String: Int], people: [String: Int], on db: any Database) async throws -> [String: Int] {
        var programmeIDs: [String: Int] = [:]
        for record in try records("programmes", as: ProgrammeRecord.self) {
            let input = ProgrammeInput(
                name: record.name, purpose: record.purpose, budgetCents: record.budgetCents,
                budgetApproximate: record.budgetApproximate, coordinatorId: record.coordinator.flatMap { organizations[$0] },
                minMemberCities: record.minMemberCities, memberCities: record.memberCities.compactMap { organizations[$0] },
                themes: record.themes, targetGroups: record.targetGroups)
            let programme = Programme()
            try await ProgrammeEditor(database: db).save(input, into: programme)
            let id = try programme.requireID()
            programmeIDs[record.key] = id
            let catalogue = CatalogueEditor(database: db, programmeID: id)
            for instrument in record.instruments {
                try await catalogue.saveInstrument(
                    InstrumentInput(
                        code: instrument.code, name: instrument.name,
                        administratorId: instrument.administrator.flatMap { organizations[$0] }),
                    into: FundingInstrument())
            }
            var indicatorIDs: [String: Int] = [:]
            for input in record.indicators {
                let indicator = Indicator()
                try await catalogue.saveIndicator(input, into: indicator)
                indicatorIDs[indicator.code] = try indicator.requireID()
            }
            for figure in record.figures {
                try await catalogue.saveFigure(
                    FigureInput(
                        label: figure.label, value: figure.value, qualifier: figure.qualifier,
                        indicatorId: figure.indicator.flatMap { indicatorIDs[$0] }, source: try citedSource(figure.source)),
                    into: ProgrammeFigure())
            }
        }
        let networkNames = Dictionary(uniqueKeysWithValues: try records("networks", as: NetworkRecord.self).map { ($0.key, $0.name) })
        for record in try records("projects", as: ProjectRecord.self) {
            var networkID: Int?
            if let key = record.network {
                let name = networkNames[key] ?? key
                networkID = try await Network.query(on: db).filter(\.$name == name).first()?.id
            }
            let input = ProjectInput(
                name: record.name, summary: record.summary, programmeId: record.programme.flatMap { programmeIDs[$0] },
                networkId: networkID, status: "planned", spearhead: record.spearhead, themes: record.themes,
                targetGroups: record.targetGroups)
            let project = Project()
            let editor = ProjectEditor(database: db)
            try await editor.save(input, into: project)
            project.$implementers.value = []
            project.$workPackages.value = []
            let parts = ProjectPartsEditor(database: db, project: project)
            for implementer in record.implementers {
                let saved = ProjectImplementer()
                try await parts.saveImplementer(
                    ImplementerInput(
                        organizationId: organizations[implementer.organization], role: implementer.role,
                        contactPersonId: implementer.contact.flatMap { people[$0] }), into: saved)
                project.$implementers.value = (project.$implementers.value ?? []) + [saved]
            }
            for package in record.workPackages {
                let saved = WorkPackage()
                try await parts.saveWorkPackage(
                    WorkPackageInput(
                        number: package.number, title: package.title, description: package.description,
                        responsibleId: package.responsible.flatMap { organizations[$0] }), into: saved)
                project.$workPackages.value = (project.$workPackages.value ?? []) + [saved]
            }
            // The status last, through the same rule check a coordinator's change goes through.
            if record.status != "planned" {
                try await project.$themes.load(on: db)
                var final = project.input
                final.status = record.status
                try await editor.save(final, into: project)
            }
        }
        return programmeIDs
    }
}
