import Plot

/// The quiet line at the end of a public page that offers the page's facts as open data: "Haun tiedot avoimena datana:
/// JSON · iCalendar". One sentence says whose data it is and each link names its format, so the line reads the same on
/// every page and a reuser finds it in one place; it comes last so that the page reads as a page first.
struct OpenDataLine {
    /// One file the line links to.
    struct Download {
        /// The format, and what the file holds when the page offers more than one ("CSV: jäsenet").
        var label: String
        var href: String

        /// The thing's own record in the API.
        static func json(_ href: String) -> Download { Download(label: "JSON", href: href) }
    }

    /// Translation key of the sentence before the links ("Haun tiedot avoimena datana:").
    var leadKey: String
    var downloads: [Download]

    func render(_ context: PageContext) -> Node<HTML.BodyContext> {
        guard !downloads.isEmpty else { return .empty }
        return .p(
            .class("open-data"),
            .text(context.t(leadKey) + " "),
            .forEach(downloads.enumerated()) { index, download in
                .group(.if(index > 0, .text(" · ")), .a(.href(download.href), .text(download.label)))
            })
    }
}
