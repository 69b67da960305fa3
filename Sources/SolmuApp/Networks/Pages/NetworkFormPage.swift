import Plot
import Vapor

/// The form to start or edit a network.
struct NetworkFormPage {
    var networkID: Int?
    var networkName: String?
    var state: FormState
    var options: AtlasOptions

    func render(_ context: PageContext, status: HTTPResponseStatus = .ok) -> Response {
        let kinds = Network.Kind.allCases.map { (value: $0.rawValue, label: context.t($0.labelKey)) }
        return FormPage(
            NetworkForm.self,
            title: networkID == nil ? context.t("network.new") : context.t("organization.editTitle", ["name": networkName ?? ""]),
            action: networkID.map { context.link(.editNetwork($0)) } ?? context.link(.newNetwork),
            cancel: networkID.map { context.link(.network($0)) } ?? context.link(.networks),
            state: state,
            fields: FormFields.draw(NetworkForm.self, state, context,
                                    options: [.kind: kinds, .themes: options.competences, .localities: options.municipalities]),
            context: context
        ).render(context, status: status)
    }
}
