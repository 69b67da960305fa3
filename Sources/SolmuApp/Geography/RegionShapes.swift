import Foundation

/// Region boundaries (NLS 1:4 500 000, WGS84) from `Resources/Data/fi_regions_2025.geojson`, read once.
enum RegionShapes {
    /// Region code → rings of (longitude, latitude).
    static let byCode: [String: [[(Double, Double)]]] = {
        guard let url = try? ReferenceData.url("fi_regions_2025.geojson"), let data = try? Data(contentsOf: url),
            let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let features = root["features"] as? [[String: Any]]
        else { return [:] }
        var shapes: [String: [[(Double, Double)]]] = [:]
        for feature in features {
            guard let code = (feature["properties"] as? [String: Any])?["NATCODE"] as? String,
                let geometry = feature["geometry"] as? [String: Any], let type = geometry["type"] as? String
            else { continue }
            let polygons: [[[Any]]]
            switch type {
            case "Polygon": polygons = [geometry["coordinates"] as? [[Any]] ?? []]
            case "MultiPolygon": polygons = geometry["coordinates"] as? [[[Any]]] ?? []
            default: continue
            }
            shapes[code] = polygons.flatMap { polygon in
                polygon.map { ring in (ring as? [[Double]] ?? []).map { ($0[0], $0[1]) } }
            }
        }
        return shapes
    }()
}
