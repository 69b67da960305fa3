import Foundation

/// Reads the Statistics Finland / NLS files in `Resources/Data` (see `SOURCES.md` there).
enum ReferenceData {
    static let attribution =
        "Statistics Finland, regional classifications 2025 (CC BY 4.0); National Land Survey of Finland, Topographic Database and Administrative borders 1:4 500 000 (CC BY 4.0); THL Sotkanet / Statistics Finland population 2022 (CC BY 4.0); via rOpenGov/geofi and samilaine/hallinnollisetrajat."

    struct Loaded {
        var regions: [Region]
        var municipalities: [Municipality]
    }

    static func url(_ name: String) throws -> URL {
        guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Resources/Data") else {
            throw ReferenceDataError.missing(name)
        }
        return url
    }

    static func load() throws -> Loaded {
        let regionRows = try CSVTable(contentsOf: url("fi_regions_2025.csv"))
        let regions = regionRows.rows.map {
            Region(code: $0["region_code"], nameFi: $0["name_fi"], nameSv: $0["name_sv"], nameEn: $0["name_en"])
        }
        let population = try CSVTable(contentsOf: url("fi_municipality_population_2022.csv")).rows
            .reduce(into: [String: Int]()) { $0[$1["municipality_code"]] = Int($1["population_2022"]) }
        let municipalities = try CSVTable(contentsOf: url("fi_municipalities_2025.csv")).rows.map { row in
            let code = row["municipality_code"]
            return Municipality(
                code: code, nameFi: row["name_fi"], nameSv: row["name_sv"], nameEn: row["name_en"],
                regionCode: row["region_code"],
                bilingual: row["language_status_fi"].lowercased().contains("kaksikiel"),
                latitude: Double(row["centre_lat"]), longitude: Double(row["centre_lon"]),
                population: population[code]
            )
        }
        return Loaded(regions: regions, municipalities: municipalities)
    }
}

enum ReferenceDataError: Error {
    case missing(String)
}
