import Plot
import Vapor

/// The form to start or edit a network.
struct NetworkFormPage {
    var networkID: Int?
    var networkName: String?
    var state: FormState
    var options: AtlasOptions

    static func state(from network: Network) -> FormState {
        FormState(values: [
            "name": network.name, "kind": network.kind.rawValue,
            "purposeFi": network.purposeFi ?? "", "purposeSv": network.purposeSv ?? "", "purposeEn": network.purposeEn ?? "",
            "fundingFi": network.fundingFi ?? "", "fundingSv": network.fundingSv ?? "", "fundingEn": network.fundingEn ?? "",
            "startsOn": network.startsOn ?? "", "endsOn": network.endsOn ?? "", "website": network.website ?? "",
        ], multiValues: ["themes": Set(network.themes.compactMap(\.id)), "localities": Set(network.localities.compactMap(\.id))])
    }

    static func state(from form: NetworkForm) -> FormState {
        FormState(values: [
            "name": form.name ?? "", "kind": form.kind ?? "",
            "purposeFi": form.purposeFi ?? "", "purposeSv": form.purposeSv ?? "", "purposeEn": form.purposeEn ?? "",
            "fundingFi": form.fundingFi ?? "", "fundingSv": form.fundingSv ?? "", "fundingEn": form.fundingEn ?? "",
            "startsOn": form.startsOn ?? "", "endsOn": form.endsOn ?? "", "website": form.website ?? "",
        ], multiValues: ["themes": Set(form.themes ?? []), "localities": Set(form.localities ?? [])])
    }

    func render(_ context: PageContext, status: HTTPResponseStatus = .ok) -> Response {
        let title = networkID == nil ? context.t("network.new") : context.t("organization.editTitle", ["name": networkName ?? ""])
        let action = networkID.map { context.link(.editNetwork($0)) } ?? context.link(.newNetwork)
        let labels = [
            "name": context.t("network.name"), "kind": context.t("network.kind"),
            "purposeFi": context.t("network.purposeFi"), "purposeSv": context.t("network.purposeSv"), "purposeEn": context.t("network.purposeEn"),
            "fundingFi": context.t("network.fundingFi"), "fundingSv": context.t("network.fundingSv"), "fundingEn": context.t("network.fundingEn"),
            "startsOn": context.t("network.startsOn"), "endsOn": context.t("network.endsOn"), "website": context.t("organization.website"),
            "themes": context.t("network.themes"), "localities": context.t("network.localities"),
        ]
        let kinds = Network.Kind.allCases.map { (value: $0.rawValue, label: context.t($0.labelKey)) }
        return Layout.page(context, title: title, status: status, main: .div(
            .h1(.text(title)),
            .form(.action(action), .method(.post), .attribute(named: "novalidate", value: "novalidate"),
                FormFields.errorSummary(state, context, labels: labels),
                FormFields.csrf(context.csrfToken),
                FormFields.text("name", label: labels["name"]!, required: true, autocomplete: "off", state, context),
                FormFields.select("kind", label: labels["kind"]!, required: true, emptyLabel: context.t("form.choose"), options: kinds, state, context),
                FormFields.textArea("purposeFi", label: labels["purposeFi"]!, lang: .fi, state, context),
                FormFields.textArea("purposeSv", label: labels["purposeSv"]!, lang: .sv, state, context),
                FormFields.textArea("purposeEn", label: labels["purposeEn"]!, lang: .en, state, context),
                FormFields.textArea("fundingFi", label: labels["fundingFi"]!, lang: .fi, state, context),
                FormFields.textArea("fundingSv", label: labels["fundingSv"]!, lang: .sv, state, context),
                FormFields.textArea("fundingEn", label: labels["fundingEn"]!, lang: .en, state, context),
                FormFields.text("startsOn", label: labels["startsOn"]!, hint: context.t("date.hint"), state, context),
                FormFields.text("endsOn", label: labels["endsOn"]!, hint: context.t("date.hint"), state, context),
                FormFields.text("website", label: labels["website"]!, hint: context.t("organization.websiteHint"), type: .url, state, context),
                FormFields.checkboxes("themes", legend: labels["themes"]!, options: options.competences, state, context),
                FormFields.checkboxes("localities", legend: labels["localities"]!, options: options.municipalities, state, context),
                .div(.class("form-actions"),
                    .button(.type(.submit), .class("button"), .text(context.t("form.save"))),
                    .a(.href(networkID.map { context.link(.network($0)) } ?? context.link(.networks)), .text(context.t("form.cancel"))))
            )
        ))
    }
}
