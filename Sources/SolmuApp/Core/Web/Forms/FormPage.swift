import Plot
import Vapor

/// A page with one form: title, error summary, CSRF token, the fields, save and cancel.
/// The feature's page type decides the fields; this keeps every form's frame the same.
struct FormPage {
    var title: String
    var action: String
    var cancel: String
    var state: FormState
    /// Field → label, for the error summary's links.
    var labels: [String: String]
    var lead: String? = nil
    var fields: [Node<HTML.FormContext>]
    /// What the button does ("Ilmoittaudu", "Lisää hanke"); "Tallenna" when not given.
    var submitLabel: String? = nil
    /// A second form under the first that removes the thing being edited (posts `remove=1` to `action`).
    var removal: (action: String, label: String)? = nil
    /// The way down to the form, above its title (the form's own title ends the trail).
    var breadcrumbs: [(title: String, href: String)] = []

    func render(_ context: PageContext, status: HTTPResponseStatus = .ok) -> Response {
        Layout.page(
            context, title: title, status: status,
            main: .div(
                .if(!breadcrumbs.isEmpty, Breadcrumbs(steps: breadcrumbs, current: title).render(context)),
                .h1(.text(title)),
                .unwrap(lead) { .p(.text($0)) },
                .form(
                    .action(action), .method(.post), .attribute(named: "novalidate", value: "novalidate"),
                    FormFields.errorSummary(state, context, labels: labels),
                    FormFields.csrf(context.csrfToken),
                    .group(fields),
                    .div(
                        .class("form-actions"),
                        .button(.type(.submit), .class("button"), .text(submitLabel ?? context.t("form.save"))),
                        .a(.href(cancel), .text(context.t("form.cancel"))))),
                .unwrap(removal) { removal in
                    .form(
                        .action(removal.action), .method(.post),
                        FormFields.csrf(context.csrfToken),
                        .input(.type(.hidden), .name("remove"), .value("1")),
                        .button(.type(.submit), .class("button button--danger"), .text(removal.label)))
                }
            ))
    }
}

extension Request {
    /// Handles a form post the same way everywhere: save, then go to `next` (read after the save, so it can name a new
    /// id) with `notice` for that page to show ("Tallennettu."; nil when the page says it itself); when the save is
    /// refused, show the form again with what was typed and each message beside its field (422).
    func submitForm(
        next: @autoclosure () throws -> String, notice: Notice? = .saved, values: FormState,
        render: (FormState, HTTPResponseStatus) async throws -> Response, save: () async throws -> Void
    ) async throws -> Response {
        do {
            try await save()
            guard let notice else { return redirect(to: try next(), redirectType: .normal) }
            return redirect(to: try next(), after: notice)
        } catch let problem as Problem {
            var state = values
            state.errors = problem.fieldErrors
            if problem.fieldErrors.isEmpty { state.formError = (problem.detailKey ?? problem.titleKey, problem.detailValues) }
            let response = try await render(state, problem.status)
            for (name, value) in problem.headers { response.headers.replaceOrAdd(name: name, value: value) }
            return response
        }
    }
}
