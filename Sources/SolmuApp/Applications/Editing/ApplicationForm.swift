/// The application's own form: a new draft with its lead applicant, or the draft's text with the version the editor
/// read (posted back in a hidden field, so that two consortium members saving at once cannot overwrite each other).
enum ApplicationForm: FormDescription {
    enum Key: String, FormKey { case title, leadOrganizationId, summary, objectives, version }

    static var fields: [FormField<Key>] {
        [
            .text(.title, "application.title", required: true),
            .select(.leadOrganizationId, "applicantRole.lead", required: true, hint: "application.leadHint"),
            .textArea(.summary, "project.summary"), .textArea(.objectives, "application.objectives"),
            // Hidden, drawn by the page itself: it has no label, and the error summary names it by its field name (no key `version` is translated).
            .text(.version, "version", type: .hidden),
        ]
    }

    /// The lead is read only on creation, the version only on a change.
    static func input(_ posted: FormValues<Self>) -> ApplicationInput {
        ApplicationInput(
            title: posted[.title], summary: posted[.summary], objectives: posted[.objectives],
            leadOrganizationId: posted.int(.leadOrganizationId), version: posted[.version].flatMap { Int($0) })
    }

    static func values(of application: FundingApplication) -> FormValues<Self> {
        FormValues([
            .title: application.title, .summary: application.summary, .objectives: application.objectives, .version: "\(application.version)",
        ])
    }
}
