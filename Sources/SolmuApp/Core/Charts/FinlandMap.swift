import Foundation

/// Draws Finland's regions as server-side SVG, each shaded by a value (e.g. how many organisations it has).
/// A pure function from data to SVG text; the page shows the same figures as a table beside it.
enum FinlandMap {
    struct Area {
        var code: String
        var name: String
        var value: Int
        var rings: [[(Double, Double)]]
    }

    static let width = 320.0
    // Finland's bounding box in WGS84, from the NLS boundaries.
    static let west = 19.0, east = 31.7, south = 59.4, north = 70.1
    static let aspect = cos(65.0 * .pi / 180)

    static var height: Double { width * (north - south) / ((east - west) * aspect) }

    static func point(_ lon: Double, _ lat: Double) -> (Double, Double) {
        ((lon - west) / (east - west) * width, (north - lat) / (north - south) * height)
    }

    static func svg(_ areas: [Area], title: String, valueLabel: (Int) -> String) -> String {
        let maximum = max(1, areas.map(\.value).max() ?? 1)
        var out =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"map\" viewBox=\"0 0 \(Int(width)) \(Int(height.rounded()))\" role=\"img\" aria-labelledby=\"map-title\">"
        out += "<title id=\"map-title\">\(escape(title))</title>"
        for area in areas {
            let path = area.rings.map { ring in
                ring.enumerated().map { index, coordinate in
                    let (x, y) = point(coordinate.0, coordinate.1)
                    return (index == 0 ? "M" : "L") + String(format: "%.1f,%.1f", x, y)
                }.joined() + "Z"
            }.joined()
            let shade = shade(area.value, maximum: maximum)
            out +=
                "<path class=\"map__area map__area--\(shade)\" d=\"\(path)\"><title>\(escape(area.name)): \(escape(valueLabel(area.value)))</title></path>"
        }
        return out + "</svg>"
    }

    /// Five shades from light to dark; zero stays the lightest.
    static func shade(_ value: Int, maximum: Int) -> Int {
        value <= 0 ? 0 : 1 + Int((Double(value) / Double(max(maximum, 1))) * 3.999)
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}

extension FinlandMap {
    /// A place marked on the map: a municipality's centre point, with what is there.
    struct Marker {
        var name: String
        var longitude: Double
        var latitude: Double
        /// `member` draws a filled circle, `locality` an open one.
        var emphasised: Bool
    }

    /// Region outlines with markers on top. Places without coordinates are left off (Tuusula has none in the data);
    /// the page lists every place in a table beside the map, so nothing is only in the picture.
    static func markers(_ markers: [Marker], outlines: [[[(Double, Double)]]], title: String) -> String {
        var out =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"map\" viewBox=\"0 0 \(Int(width)) \(Int(height.rounded()))\" role=\"img\" aria-labelledby=\"markers-title\">"
        out += "<title id=\"markers-title\">\(escape(title))</title>"
        for rings in outlines {
            let path = rings.map { ring in
                ring.enumerated().map { index, c in
                    let (x, y) = point(c.0, c.1)
                    return (index == 0 ? "M" : "L") + String(format: "%.1f,%.1f", x, y)
                }.joined() + "Z"
            }.joined()
            out += "<path class=\"map__area map__area--0\" d=\"\(path)\"/>"
        }
        for marker in markers where marker.longitude.isFinite && marker.latitude.isFinite {
            let (x, y) = point(marker.longitude, marker.latitude)
            let kind = marker.emphasised ? "map__marker map__marker--member" : "map__marker"
            out += "<circle class=\"\(kind)\" " + String(format: "cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\">", x, y, marker.emphasised ? 6.0 : 5.0)
            out += "<title>\(escape(marker.name))</title></circle>"
        }
        return out + "</svg>"
    }
}
