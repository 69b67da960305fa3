/// A call's number and title as plain values: what a page keeps to name a call without holding the call itself.
struct CallTitle: Sendable, Equatable {
    var number: Int
    var title: LocalizedText

    /// "3. Smart mobility", as every page that names a call writes it.
    func numbered(_ language: Language) -> String {
        "\(number). \(title.display(language))"
    }
}

extension Call {
    /// The call's number and title, for a page's plain rows.
    var heading: CallTitle { CallTitle(number: number, title: title) }

    /// "3. Smart mobility", as every page that names a call writes it.
    func numberedTitle(_ language: Language) -> String {
        heading.numbered(language)
    }
}
