import Foundation

/// The work package form: the package's own fields here, its tasks and deliverables in rows (`WorkItemRows`).
enum WorkPackageForm: FormDescription {
    enum Key: String, FormKey { case number, titleFi, titleSv, titleEn, descriptionFi, responsibleId }

    static var fields: [FormField<Key>] {
        [
            .text(.number, "workPackage.number", required: true), .text(.titleFi, "workPackage.titleFi", required: true),
            .text(.titleSv, "workPackage.titleSv"), .text(.titleEn, "workPackage.titleEn"),
            .textArea(.descriptionFi, "workPackage.descriptionFi", lang: .fi),
            .select(.responsibleId, "workPackage.responsible", hint: "workPackage.responsibleHint"),
        ]
    }

    /// Empty item rows are skipped; the other languages' descriptions, which the form does not show, are kept as they were.
    static func input(_ posted: FormValues<Self>, items: FormRowValues<WorkItemRows>, existing: WorkPackage?) throws -> WorkPackageInput {
        guard let number = Int(posted[.number] ?? "") else { throw Problem.validation([Key.number.rawValue: "number.invalid"]) }
        let rows = (0..<WorkItemRows.count(existing)).compactMap { row -> WorkPackageInput.Item? in
            guard let title = items.text(row, .title) else { return nil }
            return .init(
                kind: items.text(row, .kind) ?? "task", title: title, dueOn: items[row, .dueOn],
                status: items.text(row, .status) ?? "notStarted")
        }
        let description = LocalizedText(fi: posted[.descriptionFi], sv: existing?.descriptionSv, en: existing?.descriptionEn)
        return WorkPackageInput(
            number: number, title: posted.localized(.titleFi, .titleSv, .titleEn), description: description,
            responsibleId: posted.int(.responsibleId), items: rows)
    }

    static func values(of workPackage: WorkPackage) -> FormValues<Self> {
        FormValues([
            .number: "\(workPackage.number)", .titleFi: workPackage.titleFi, .titleSv: workPackage.titleSv, .titleEn: workPackage.titleEn,
            .descriptionFi: workPackage.descriptionFi, .responsibleId: workPackage.$responsible.id.map(String.init),
        ])
    }
}

/// A work package's tasks and deliverables on its form: a row for each it has and two empty ones (more through the API),
/// each field named `items.<row>.<field>`.
enum WorkItemRows: FormRows {
    enum Field: String, FormKey { case title, kind, dueOn, status }

    static func name(_ row: Int, _ field: Field) -> String { "items.\(row).\(field.rawValue)" }

    /// How many rows the form has.
    static func count(_ existing: WorkPackage?) -> Int { max(3, (existing?.items.count ?? 0) + 2) }

    /// The package's items in their order; a task's kind is the empty choice. Needs items loaded.
    static func values(of workPackage: WorkPackage) -> FormRowValues<Self> {
        var values = FormRowValues<Self>()
        for (row, item) in workPackage.sortedItems.enumerated() {
            values[row, .title] = item.title
            values[row, .kind] = item.kind == .task ? "" : item.kind.rawValue
            values[row, .dueOn] = item.dueOn ?? ""
            values[row, .status] = item.status.rawValue
        }
        return values
    }
}
