import Foundation

/// The stylesheet's tokens as the design page shows them, read from the stylesheet itself (`--color-brand: #0b4f6c;`),
/// so that the page can never show a colour or a size the pages do not use.
enum DesignTokens {
    struct Token: Sendable {
        var name: String
        var value: String
    }

    static let all: [Token] = {
        let path = StaticFiles.directory + "static/solmu.css"
        guard let css = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
        // Only the `:root` block's declarations, in their order.
        guard let root = css.range(of: ":root {"), let end = css.range(of: "}", range: root.upperBound..<css.endIndex) else { return [] }
        return css[root.upperBound..<end.lowerBound].split(separator: "\n").compactMap { line in
            let parts = line.trimmingCharacters(in: .whitespaces).split(separator: ":", maxSplits: 1)
            guard parts.count == 2, parts[0].hasPrefix("--") else { return nil }
            let value = parts[1].split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
            return Token(name: String(parts[0]), value: value)
        }
    }()

    /// The colours (`--color-…` with a hex value).
    static var colours: [Token] { all.filter { $0.name.hasPrefix("--color-") && $0.value.hasPrefix("#") } }
    /// The type scale (`--text-…`), largest first.
    static var typeScale: [Token] { all.filter { $0.name.hasPrefix("--text-") }.reversed() }
}
