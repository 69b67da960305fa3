import Plot

/// The key to a map's marks, under the map: what a filled and a hollow marker mean, or what each shade counts.
enum MapLegend {
    /// Filled and hollow markers; a kind the map does not use is left out.
    static func markers(filled: String?, hollow: String?) -> Node<HTML.BodyContext> {
        .ul(
            .class("legend"),
            .unwrap(filled) { .li(swatch("legend__swatch--member"), .text($0)) },
            .unwrap(hollow) { .li(swatch(""), .text($0)) })
    }

    /// The shades a choropleth uses, lightest to darkest, each with the range of values it stands for.
    static func shades(_ values: [Int], label: (String) -> String) -> Node<HTML.BodyContext> {
        let maximum = values.max() ?? 0
        let byShade = Dictionary(grouping: values) { FinlandMap.shade($0, maximum: maximum) }
        return .ul(
            .class("legend"),
            .forEach(byShade.keys.sorted()) { shade in
                let (low, high) = (byShade[shade]!.min()!, byShade[shade]!.max()!)
                let range = low == high ? Formatting.integer(low) : "\(Formatting.integer(low))–\(Formatting.integer(high))"
                return .li(swatch("legend__swatch--area legend__swatch--shade-\(shade)"), .text(label(range)))
            })
    }

    private static func swatch(_ kind: String) -> Node<HTML.BodyContext> {
        .span(.class("legend__swatch \(kind)"), .attribute(named: "aria-hidden", value: "true"))
    }
}
