import Fluent
import Plot
import Vapor

/// `/fi/admin/personal-data`: an admin answers a person's request to see (export) or remove (erase) their data.
struct PersonalDataPages: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let admin = routes.admins()
        admin.get(.personalData, use: show)
        admin.get(.personalDataExport, use: export)
        admin.post(.personalDataErase, use: erase)
    }

    func show(req: Request) async throws -> Response {
        let context = try PageContext(request: req)
        let email = req.query[String.self, at: "email"].map(User.normalize(email:)) ?? ""
        let found = email.isEmpty ? nil : try await PersonalDataExport.collect(email: email, on: req.db)
        return PersonalDataPage(email: email, found: found, erased: nil).render(context)
    }

    func export(req: Request) async throws -> Response {
        let email = req.query[String.self, at: "email"].map(User.normalize(email:)) ?? ""
        guard !email.isEmpty else { throw Problem.validation(["email": "field.required"]) }
        let data = try PersonalDataJSON.encoder.encode(try await PersonalDataExport.collect(email: email, on: req.db))
        var headers = HTTPHeaders()
        headers.contentType = .json
        headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"solmu-personal-data.json\"")
        headers.replaceOrAdd(name: .cacheControl, value: "private, no-store")
        return Response(status: .ok, headers: headers, body: .init(data: data))
    }

    func erase(req: Request) async throws -> Response {
        let context = try PageContext(request: req)
        let posted = try req.content.decode(FormValues<PersonalDataForm>.self)
        let email = User.normalize(email: posted[.email] ?? "")
        guard !email.isEmpty else { throw Problem.validation(["email": "field.required"]) }
        guard posted[.confirm] == "on" else {
            let found = try await PersonalDataExport.collect(email: email, on: req.db)
            return PersonalDataPage(email: email, found: found, erased: nil, confirmMissing: true).render(context, status: .unprocessableEntity)
        }
        let summary = try await PersonalDataErasure.erase(email: email, on: req.db)
        req.logger.notice("personal data erased by an admin", metadata: ["summary": .string(summary.description)])
        return PersonalDataPage(email: email, found: nil, erased: summary).render(context)
    }
}

/// The personal-data page: look a person up by address, see what is held, download it, erase it.
struct PersonalDataPage {
    var email: String
    var found: PersonalDataExport?
    var erased: PersonalDataErasure.Summary?
    var confirmMissing = false

    func render(_ context: PageContext, status: HTTPResponseStatus = .ok) -> Response {
        let title = context.t("personalData.title")
        return Layout.page(
            context, title: title, status: status,
            main: .div(
                .h1(.text(title)),
                .p(.text(context.t("personalData.intro"))),
                .form(
                    .action(context.link(.personalData)), .method(.get), .attribute(named: "role", value: "search"),
                    FormFields.draw(PersonalDataForm.self, .email, FormValues<PersonalDataForm>([.email: email]).state, context),
                    .button(.type(.submit), .class("button"), .text(context.t("personalData.find")))),
                .unwrap(erased) { summary in
                    .section(
                        .attribute(named: "role", value: "status"),
                        .h2(.text(context.t("personalData.erased"))),
                        .ul(
                            .li(.text(context.t("personalData.count.account", ["count": summary.account ? "1" : "0"]))),
                            .li(.text(context.t("personalData.count.people", ["count": "\(summary.atlasPeople)"]))),
                            .li(.text(context.t("personalData.count.registrations", ["count": "\(summary.registrations)"]))),
                            .li(.text(context.t("personalData.count.mail", ["count": "\(summary.mails + summary.inbox)"]))),
                            .li(.text(context.t("personalData.count.signIns", ["count": "\(summary.signIns)"])))))
                },
                .unwrap(found) { data in
                    data.isEmpty
                        ? .p(.text(context.t("personalData.nothing", ["email": email])))
                        : .section(
                            .h2(.text(context.t("personalData.held", ["email": email]))),
                            .ul(
                                .li(.text(context.t("personalData.count.account", ["count": data.account == nil ? "0" : "1"]))),
                                .li(.text(context.t("personalData.count.people", ["count": "\(data.atlasPeople.count)"]))),
                                .li(.text(context.t("personalData.count.registrations", ["count": "\(data.registrations.count)"]))),
                                .li(.text(context.t("personalData.count.mail", ["count": "\(data.mail.count + (data.account?.inbox.count ?? 0))"]))),
                                .li(.text(context.t("personalData.count.signIns", ["count": "\(data.failedSignIns.count)"])))),
                            .p(.a(.href(context.link(.personalDataExport, query: ["email": email])), .text(context.t("personalData.download")))),
                            .form(
                                .action(context.link(.personalDataErase)), .method(.post),
                                FormFields.csrf(context.csrfToken),
                                .input(.type(.hidden), .name(PersonalDataForm.Key.email.rawValue), .value(email)),
                                .unwrap(confirmMissing ? "personalData.confirmMissing" : nil) { .p(.class("field__error"), .text(context.t($0))) },
                                FormFields.draw(PersonalDataForm.self, .confirm, FormState(), context),
                                .button(.type(.submit), .class("button button--danger"), .text(context.t("personalData.erase"))))
                        )
                }
            ))
    }
}
