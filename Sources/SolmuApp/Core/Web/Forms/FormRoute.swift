import Vapor

/// A form's two routes, described once instead of a pair of handlers per form: GET draws it with its first values,
/// POST reads what was posted, saves it and goes on to `next` — or, when the save is refused with a `Problem`, draws it
/// again with what was typed and each message beside its field (`Request.submitForm`).
/// `subject` finds what the form is about (a project, or a project and one of its results) and answers 404 or 403
/// before anything is drawn or saved.
struct FormRoute<Form: FormDescription, Subject: Sendable>: Sendable {
    var subject: @Sendable (Request) async throws -> Subject
    /// The values the form opens with: empty for a new thing, the record's for an edit.
    var initial: @Sendable (Subject) -> FormValues<Form> = { _ in FormValues() }
    var page: @Sendable (Request, Subject, FormState, PageContext) async throws -> FormPage
    var next: @Sendable (Subject, PageContext) throws -> String
    var save: @Sendable (Request, Subject, FormSubmission<Form>) async throws -> Void
    /// Where to go once the thing is removed (the form's "remove" button), when not `next`: the page it was on is gone.
    var removed: (@Sendable (Subject, PageContext) throws -> String)? = nil

    func draw(_ req: Request) async throws -> Response {
        let subject = try await subject(req)
        let context = try PageContext(request: req)
        return try await page(req, subject, initial(subject).state, context).render(context)
    }

    func submit(_ req: Request) async throws -> Response {
        let subject = try await subject(req)
        let context = try PageContext(request: req)
        let submission = FormSubmission(
            values: try req.content.decode(FormValues<Form>.self),
            removing: (try? req.content.get(String.self, at: "remove")) == "1")
        // A refused removal shows the form as it was: the remove button posts no fields.
        let shown = submission.removing ? initial(subject).state : submission.values.state
        let destination = submission.removing ? (removed ?? next) : next
        return try await req.submitForm(
            next: try destination(subject, context), notice: submission.removing ? .removed : .saved, values: shown,
            render: { state, status in
                try await page(req, subject, state, context).render(context, status: status)
            },
            save: {
                try await save(req, subject, submission)
            })
    }
}

/// What a form post brought: the form's values, and whether its "remove" button was pressed (`FormPage.removal`).
struct FormSubmission<Form: FormDescription>: Sendable {
    var values: FormValues<Form>
    var removing: Bool
}

extension RoutesBuilder {
    /// GET and POST of one form at `url`.
    func form<Form, Subject>(_ url: SiteURL, _ route: FormRoute<Form, Subject>) {
        get(url) { req in try await route.draw(req) }
        post(url) { req in try await route.submit(req) }
    }
}
