import Testing

@testable import SolmuApp

@Suite("Finland map (SVG)")
struct FinlandMapTests {
    @Test("Draws each area as a closed path with its title, shaded by value")
    func drawsAreas() {
        let square = [[(24.0, 61.0), (25.0, 61.0), (25.0, 62.0), (24.0, 62.0)]]
        let svg = FinlandMap.svg(
            [
                .init(code: "06", name: "Pirkanmaa", value: 10, rings: square),
                .init(code: "07", name: "Päijät-Häme & <Co>", value: 0, rings: square),
            ], title: "Organisations", valueLabel: { "\($0) organisations" })
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"map\" viewBox=\"0 0 320 "))
        #expect(svg.contains("<title id=\"map-title\">Organisations</title>"))
        #expect(svg.contains("class=\"map__area map__area--4\""))
        #expect(svg.contains("class=\"map__area map__area--0\""))
        #expect(svg.contains("<title>Päijät-Häme &amp; &lt;Co&gt;: 0 organisations</title>"))
        // Helsinki-ish corner: x from longitude, y grows southwards.
        let (x, y) = FinlandMap.point(24.0, 61.0)
        #expect(svg.contains(String(format: "d=\"M%.1f,%.1fL", x, y)))
        #expect(svg.components(separatedBy: "Z\"").count == 3)
        #expect(svg.hasSuffix("</svg>"))
    }

    @Test("The real region boundaries are loaded for all 19 regions")
    func regionShapes() {
        #expect(RegionShapes.byCode.count == 19)
        #expect(RegionShapes.byCode["21"]?.isEmpty == false)
        let points = RegionShapes.byCode.values.flatMap { $0.flatMap { $0 } }
        #expect(points.allSatisfy { (FinlandMap.west...FinlandMap.east).contains($0.0) && (FinlandMap.south...FinlandMap.north).contains($0.1) })
    }

    @Test("Markers are drawn where their places are, large enough to see: filled for members, hollow otherwise")
    func markers() {
        let svg = FinlandMap.markers(
            [
                .init(name: "Hämeenlinna", longitude: 24.46, latitude: 61.0, emphasised: true),
                .init(name: "Oulu", longitude: 25.47, latitude: 65.01, emphasised: false),
            ], outlines: [], title: "Pysäkit")
        let (x, y) = FinlandMap.point(24.46, 61.0)
        #expect(svg.contains(String(format: "<circle class=\"map__marker map__marker--member\" cx=\"%.1f\" cy=\"%.1f\" r=\"6.0\">", x, y)))
        #expect(svg.contains("<circle class=\"map__marker\" ") && svg.contains("r=\"5.0\"><title>Oulu</title>"))
    }
}
