/// A work package planned in the application.
enum ApplicationWorkPackageForm: FormDescription {
    enum Key: String, FormKey { case number, title, description, responsibleId }

    static var fields: [FormField<Key>] {
        [
            .text(.number, "agendaItem.number", required: true), .text(.title, "workPackage.title", required: true),
            .textArea(.description, "workPackage.description"), .select(.responsibleId, "workPackage.responsible"),
        ]
    }

    /// Refuses a number left out or not a number before anything else is checked.
    static func input(_ posted: FormValues<Self>) throws -> PlannedWorkPackageInput {
        guard let number = posted.int(.number) else {
            throw Problem.validation([Key.number.rawValue: posted.text(.number) == nil ? "field.required" : "number.invalid"])
        }
        return PlannedWorkPackageInput(
            number: number, title: posted[.title], description: posted[.description], responsibleId: posted.int(.responsibleId))
    }
}
