import Foundation

/// Where a programme said a figure, read from the figure's one `source` text: the document's title, then its web
/// address as the last word ("6Aika: Projektiesittely https://6aika.fi"). Either may be missing. Kept in the one text
/// the figure already has, so the API's `source` stays a string and no column is added; a reader shows the title
/// linked to the address.
struct FigureSource: Equatable, Sendable {
    /// The document's title, as the reader sees it.
    var title: String?
    /// Only `http(s)://` addresses: a source is typed by an editor and ends up as a link's `href`.
    var address: String?

    init(title: String?, address: String?) {
        self.title = title.nonEmpty
        self.address = address.nonEmpty
    }

    /// Reads the stored text; nil when there is none.
    init?(_ stored: String?) {
        guard let stored = stored.nonEmpty else { return nil }
        var words = stored.split(whereSeparator: \.isWhitespace).map(String.init)
        let last = words.last.flatMap { Self.isAddress($0) ? $0 : nil }
        if last != nil { words.removeLast() }
        self.init(title: words.joined(separator: " "), address: last)
    }

    /// The text stored in the figure's `source`.
    var stored: String {
        [title, address].compactMap { $0 }.joined(separator: " ")
    }

    /// What a link to the source says: its title, or the address's host when only the address is known.
    var linkText: String {
        title ?? address.flatMap { URL(string: $0)?.host } ?? address ?? ""
    }

    private static func isAddress(_ word: String) -> Bool {
        guard let url = URL(string: word), let scheme = url.scheme?.lowercased(), url.host != nil else { return false }
        return scheme == "https" || scheme == "http"
    }
}
