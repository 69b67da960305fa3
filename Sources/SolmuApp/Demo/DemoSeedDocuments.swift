/// The customer's seed documents as a reader would cite them. The demo JSON names each record's seed by its file name
/// (for whoever checks the demo against the seeds); what a page shows as a source is the document's own title and,
/// where the document gives one, its web address — never the file name.
extension DemoData {
    /// File name → the title from the document's first lines and the address the document itself states, for the seeds
    /// a page cites (the programmes' stated figures). The seeds carry no address of their own page: only
    /// 6aika-projektiesittely.txt names one, in its last line ("Lue lisää 6Aika-strategian tuloksista os. 6aika.fi").
    static let seedDocuments: [String: FigureSource] = [
        "6aika-projektiesittely.txt": FigureSource(title: "6Aika: Projektiesittely", address: "https://6aika.fi"),
        "6aika-miten-toimii.txt": FigureSource(title: "Miten 6Aika toimii?", address: nil),
    ]

    /// A seed's file name as the source a page shows. A name the table does not know stops the load: a file name must not
    /// reach a public page.
    static func citedSource(_ fileName: String?) throws -> String? {
        guard let fileName = fileName.nonEmpty else { return nil }
        guard let document = seedDocuments[fileName] else { throw ReferenceDataError.missing("seed document \(fileName)") }
        return document.stored
    }
}
