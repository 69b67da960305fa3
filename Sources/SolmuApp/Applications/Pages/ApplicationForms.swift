import Plot
import Vapor

/// The consortium's forms (a new draft, its text, a partner, a work package, targets) and the office's
/// (a step that needs a reason or a meeting, a reviewer to assign).
enum ApplicationForms {
    typealias Options = [(value: String, label: String)]

    static func apply(_ call: Call, organizations: Options, state: FormState, _ context: PageContext) -> FormPage {
        let labels = ["title": context.t("application.title"), "summary": context.t("project.summary"), "objectives": context.t("application.objectives"),
                      "leadOrganizationId": context.t("applicantRole.lead")]
        return FormPage(
            title: context.t("application.new", ["call": CallsPage.title(call, context)]), action: context.link(.apply(call.id ?? 0)),
            cancel: context.link(.call(call.id ?? 0)), state: state, labels: labels,
            lead: context.t("application.newLead", ["closes": Formatting.dateTime(call.closesAt, context.language)]),
            fields: [
                FormFields.text("title", label: labels["title"]!, required: true, state, context),
                FormFields.select("leadOrganizationId", label: labels["leadOrganizationId"]!, hint: context.t("application.leadHint"), required: true,
                                  emptyLabel: context.t("form.choose"), options: organizations, state, context),
                FormFields.textArea("summary", label: labels["summary"]!, state, context),
                FormFields.textArea("objectives", label: labels["objectives"]!, state, context),
            ])
    }

    static func edit(_ application: FundingApplication, state: FormState, _ context: PageContext) -> FormPage {
        let id = application.id ?? 0
        let labels = ["title": context.t("application.title"), "summary": context.t("project.summary"), "objectives": context.t("application.objectives")]
        return FormPage(
            title: context.t("application.editTitle", ["title": application.title]), action: context.link(.editApplication(id)),
            cancel: context.link(.application(id)), state: state, labels: labels,
            lead: context.t("application.newLead", ["closes": Formatting.dateTime(application.call.closesAt, context.language)]),
            fields: [
                .input(.type(.hidden), .name("version"), .value(state.value("version"))),
                FormFields.text("title", label: labels["title"]!, required: true, state, context),
                FormFields.textArea("summary", label: labels["summary"]!, state, context),
                FormFields.textArea("objectives", label: labels["objectives"]!, state, context),
            ])
    }

    static func partner(_ application: FundingApplication, existing: ApplicationPartner?, organizations: Options, people: Options, state: FormState,
                        _ context: PageContext) -> FormPage {
        let id = application.id ?? 0
        let labels = ["organizationId": context.t("network.organization"), "role": context.t("network.role"), "contactPersonId": context.t("network.contact"),
                      "budgetCents": context.t("application.budgetEuros"), "requestedCents": context.t("application.requestedEuros")]
        let roles = ApplicationPartner.Role.allCases.map { (value: $0.rawValue, label: context.t($0.labelKey)) }
        let action = existing.map { context.link(.editPartner(id, $0.id ?? 0)) } ?? context.link(.newPartner(id))
        return FormPage(
            title: existing.map { context.t("application.editPartner", ["name": $0.organization.name]) } ?? context.t("application.addPartner"),
            action: action, cancel: context.link(.application(id)), state: state, labels: labels, lead: application.title,
            fields: [
                existing == nil
                    ? FormFields.select("organizationId", label: labels["organizationId"]!, required: true, emptyLabel: context.t("form.choose"),
                                        options: organizations, state, context)
                    : .input(.type(.hidden), .name("organizationId"), .value(state.value("organizationId"))),
                FormFields.select("role", label: labels["role"]!, required: true, emptyLabel: context.t("form.choose"), options: roles, state, context),
                FormFields.select("contactPersonId", label: labels["contactPersonId"]!, hint: context.t("application.contactHint"),
                                  emptyLabel: context.t("form.choose"), options: people, state, context),
                FormFields.text("budgetCents", label: labels["budgetCents"]!, hint: context.t("money.hint"), state, context),
                FormFields.text("requestedCents", label: labels["requestedCents"]!, hint: context.t("money.hint"), state, context),
            ],
            removal: existing.flatMap { $0.role == .lead ? nil : (action, context.t("application.removePartner", ["name": $0.organization.name])) })
    }

    static func workPackage(_ application: FundingApplication, state: FormState, _ context: PageContext) -> FormPage {
        let id = application.id ?? 0
        let labels = ["number": context.t("agendaItem.number"), "title": context.t("workPackage.title"), "description": context.t("workPackage.description"),
                      "responsibleId": context.t("workPackage.responsible")]
        let partners = application.sortedPartners.map { (value: "\($0.$organization.id)", label: $0.organization.name) }
        return FormPage(
            title: context.t("workPackage.new"), action: context.link(.newPlannedWorkPackage(id)), cancel: context.link(.application(id)),
            state: state, labels: labels, lead: application.title,
            fields: [
                FormFields.text("number", label: labels["number"]!, required: true, state, context),
                FormFields.text("title", label: labels["title"]!, required: true, state, context),
                FormFields.textArea("description", label: labels["description"]!, state, context),
                FormFields.select("responsibleId", label: labels["responsibleId"]!, emptyLabel: context.t("form.choose"), options: partners, state, context),
            ])
    }

    static func targets(_ application: FundingApplication, state: FormState, _ context: PageContext) -> FormPage {
        let id = application.id ?? 0
        var labels: [String: String] = [:]
        let fields: [Node<HTML.FormContext>] = application.call.programme.sortedIndicators.enumerated().map { index, indicator in
            labels["targets.\(index).value"] = indicator.name.display(context.language)
            return .group(.input(.type(.hidden), .name("indicator\(index)"), .value("\(indicator.id ?? 0)")),
                          FormFields.text("targets.\(index).value", label: labels["targets.\(index).value"]!, hint: context.t(indicator.unit.labelKey), state, context))
        }
        return FormPage(title: context.t("application.editTargets"), action: context.link(.applicationTargets(id)), cancel: context.link(.application(id)),
                        state: state, labels: labels, lead: application.title, fields: fields)
    }

    /// Steps that carry more than a click: a reason, a meeting and an outcome.
    static func needsForm(_ action: ApplicationAction) -> Bool {
        [.returnForCompletion, .propose, .decide, .withdraw].contains(action)
    }

    static func step(_ application: FundingApplication, action: ApplicationAction, meetings: Options, state: FormState, _ context: PageContext) -> FormPage {
        let id = application.id ?? 0
        var labels = ["reason": context.t(action == .propose || action == .decide ? "application.rationale" : "application.reason"),
                      "meetingId": context.t("application.meeting"), "outcome": context.t("application.outcome"),
                      "conditions": context.t("application.conditions")]
        // A refused submit names the parts still missing.
        for part in CompletenessCheck.parts { labels[part] = context.t("application.part.\(part)") }
        let outcomes = [ApplicationState.funded, .rejected].map {
            (value: $0.rawValue, label: context.t(action == .propose ? "application.propose.\($0.rawValue)" : $0.labelKey))
        }
        var fields: [Node<HTML.FormContext>] = []
        if action == .propose || action == .decide {
            fields.append(FormFields.select("meetingId", label: labels["meetingId"]!, required: true, emptyLabel: context.t("form.choose"), options: meetings, state, context))
            fields.append(FormFields.select("outcome", label: labels["outcome"]!, required: true, emptyLabel: context.t("form.choose"), options: outcomes, state, context))
        }
        fields.append(FormFields.textArea("reason", label: labels["reason"]!, state, context))
        if action == .decide {
            fields.append(FormFields.textArea("conditions", label: labels["conditions"]!, hint: context.t("application.conditionsHint"), state, context))
        }
        return FormPage(title: context.t(action.labelKey) + ": " + application.title, action: context.link(.applicationStep(id, action.pathSegment)),
                        cancel: context.link(.application(id)), state: state, labels: labels, lead: context.t("application.stepLead.\(action.rawValue)"),
                        fields: fields)
    }

    static func assign(_ application: FundingApplication, reviewers: Options, state: FormState, _ context: PageContext) -> FormPage {
        let id = application.id ?? 0
        let labels = ["reviewerId": context.t("assessment.reviewer")]
        return FormPage(title: context.t("assessment.assign") + ": " + application.title, action: context.link(.assignReviewer(id)),
                        cancel: context.link(.application(id)), state: state, labels: labels, lead: context.t("assessment.assignLead"),
                        fields: [FormFields.select("reviewerId", label: labels["reviewerId"]!, required: true, emptyLabel: context.t("form.choose"),
                                                   options: reviewers, state, context)])
    }
}
