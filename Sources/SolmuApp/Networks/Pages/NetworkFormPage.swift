import Plot
import Vapor

/// The form to start or edit a network.
struct NetworkFormPage {
    var networkID: Int?
    var networkName: String?
    var state: FormState
    var options: AtlasOptions

    /// The form's frame with these fields (`FormRoute` draws it).
    func formPage(_ context: PageContext) -> FormPage {
        let kinds = Network.Kind.allCases.map { (value: $0.rawValue, label: context.t($0.labelKey)) }
        return FormPage(
            NetworkForm.self,
            title: networkID == nil ? context.t("network.new") : context.t("organization.editTitle", ["name": networkName ?? ""]),
            action: networkID.map { context.link(.editNetwork($0)) } ?? context.link(.newNetwork),
            cancel: networkID.map { context.link(.network($0)) } ?? context.link(.networks),
            state: state,
            fields: FormFields.draw(
                NetworkForm.self, state, context,
                options: [.kind: kinds, .themes: options.competences, .localities: options.municipalities]),
            submitLabel: context.t(networkID == nil ? "network.new" : "form.save"),
            breadcrumbs: [(title: context.t("networks.title"), href: context.link(.networks))]
                + (networkID.map { [(title: networkName ?? "", href: context.link(.network($0)))] } ?? []),
            context: context)
    }
}
