import Fluent

/// The starting competence / theme vocabulary: the themes the seeds name (SIXNET roadshows, 6Aika pilots,
/// the Tampere region's startups, Pirkanmaa's RDI work), extended with what ecosystem work commonly needs.
struct SeedCompetences: AsyncMigration {
    static let vocabulary: [(String, String, String, String)] = [
        ("ai-automation", "Tekoäly ja automaatio", "Artificiell intelligens och automation", "AI and automation"),
        (
            "sustainable-business", "Kestävä ja vastuullinen liiketoiminta", "Hållbar och ansvarsfull affärsverksamhet",
            "Sustainable and responsible business"
        ),
        ("industrial-resilience", "Teollisuuden resilienssi", "Industrins resiliens", "Industrial resilience"),
        ("digital-security", "Digitaalinen turvallisuus", "Digital säkerhet", "Digital security"),
        ("health-technology", "Terveysteknologia", "Hälsoteknologi", "Health technology"),
        ("education-technology", "Koulutusteknologia", "Utbildningsteknologi", "Education technology"),
        ("software", "Ohjelmistot", "Programvara", "Software"),
        ("circular-economy", "Kiertotalous", "Cirkulär ekonomi", "Circular economy"),
        ("energy-efficiency", "Energiatehokkuus", "Energieffektivitet", "Energy efficiency"),
        ("smart-mobility", "Älykäs liikkuminen", "Smart mobilitet", "Smart mobility"),
        ("learning", "Oppiminen", "Lärande", "Learning"),
        ("health-wellbeing", "Terveys ja hyvinvointi", "Hälsa och välbefinnande", "Health and wellbeing"),
        ("open-data-apis", "Avoin data ja rajapinnat", "Öppna data och gränssnitt", "Open data and APIs"),
        ("open-innovation-platforms", "Avoimet innovaatioalustat", "Öppna innovationsplattformar", "Open innovation platforms"),
        ("open-participation", "Avoin osallisuus ja asiakkuus", "Öppen delaktighet och kundrelation", "Open participation and customer engagement"),
        ("employment-skills", "Työllisyys ja osaaminen", "Sysselsättning och kompetens", "Employment and skills"),
        ("startups", "Startup-yritykset", "Startupföretag", "Startups"),
        ("rdi-responsibility", "TKI-toiminnan vastuullisuus", "Ansvarsfull FUI-verksamhet", "Responsible RDI"),
        ("regional-development", "Aluekehitys", "Regional utveckling", "Regional development"),
        ("innovative-procurement", "Innovatiiviset hankinnat", "Innovativ upphandling", "Innovative procurement"),
        ("international-cooperation", "Kansainvälinen yhteistyö", "Internationellt samarbete", "International cooperation"),
        ("communication-marketing", "Viestintä ja markkinointi", "Kommunikation och marknadsföring", "Communication and marketing"),
        ("project-administration", "Hankehallinto", "Projektförvaltning", "Project administration"),
        ("urban-development", "Kestävä kaupunkikehitys", "Hållbar stadsutveckling", "Sustainable urban development"),
    ]

    func prepare(on database: any Database) async throws {
        try await Self.vocabulary.map { Competence(id: $0.0, fi: $0.1, sv: $0.2, en: $0.3) }.create(on: database)
    }

    func revert(on database: any Database) async throws {
        try await Competence.query(on: database).filter(\.$id ~~ Self.vocabulary.map(\.0)).delete()
    }
}
