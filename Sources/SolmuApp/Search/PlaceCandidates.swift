/// Municipalities and regions as search candidates, built once from the reference data the database was seeded with
/// (`ReferenceData`): they are the same rows, they never change while Solmu runs, and folding 330 names in three
/// languages on every search was a third of its time.
enum PlaceCandidates {
    static let byLanguage: [Language: [SearchKind: [SearchCandidate]]] = {
        guard let data = try? ReferenceData.load() else { return [:] }
        let regions = Dictionary(uniqueKeysWithValues: data.regions.map { ($0.id ?? "", $0) })
        return Dictionary(
            uniqueKeysWithValues: Language.allCases.map { language in
                let municipalities = data.municipalities.map { municipality in
                    let code = municipality.id ?? ""
                    return SearchCandidate(
                        SearchHit(
                            kind: .municipality, id: code, title: municipality.name(language),
                            detail: regions[municipality.$region.id]?.name(language), path: SiteURL.municipality(code).pathWithoutLanguage),
                        names: [municipality.nameFi, municipality.nameSv, municipality.nameEn], text: [])
                }
                let regionCandidates = data.regions.map { region in
                    SearchCandidate(
                        SearchHit(
                            kind: .region, id: region.id ?? "", title: region.name(language), detail: nil,
                            path: SiteURL.region(region.id ?? "").pathWithoutLanguage),
                        names: [region.nameFi, region.nameSv, region.nameEn], text: [])
                }
                return (language, [.municipality: municipalities, .region: regionCandidates])
            })
    }()
}
