extension Call {
    /// "3. Smart mobility", as every page that names a call writes it.
    func numberedTitle(_ language: Language) -> String {
        "\(number). \(title.display(language))"
    }
}
