import Plot
import Vapor

/// The consortium's forms (a new draft, its text, a partner, a work package, targets) and the office's
/// (a step that needs a reason or a meeting, a reviewer to assign).
enum ApplicationForms {
    typealias Options = [(value: String, label: String)]

    /// The breadcrumbs down to a call's forms: the calls, then the call.
    static func trail(_ call: Call, _ context: PageContext) -> [(title: String, href: String)] {
        [
            (title: context.t("calls.title"), href: context.link(.calls)),
            (title: call.numberedTitle(context.language), href: context.link(.call(call.id ?? 0))),
        ]
    }

    /// The breadcrumbs down to an application's forms: the calls, its call, the application. Needs `call` loaded.
    static func trail(_ application: FundingApplication, _ context: PageContext) -> [(title: String, href: String)] {
        trail(application.call, context) + [(title: application.title, href: context.link(.application(application.id ?? 0)))]
    }

    static func apply(_ call: Call, organizations: Options, state: FormState, _ context: PageContext) -> FormPage {
        FormPage(
            ApplicationForm.self,
            title: context.t("application.new", ["call": call.numberedTitle(context.language)]), action: context.link(.apply(call.id ?? 0)),
            cancel: context.link(.call(call.id ?? 0)), state: state,
            lead: context.t("application.newLead", ["closes": Formatting.dateTime(call.closesAt, context.language)]),
            fields: FormFields.draw(ApplicationForm.self, state, context, options: [.leadOrganizationId: organizations], except: [.version]),
            submitLabel: context.t("call.apply"),
            breadcrumbs: trail(call, context),
            context: context)
    }

    static func edit(_ application: FundingApplication, state: FormState, _ context: PageContext) -> FormPage {
        let id = application.id ?? 0
        let version = ApplicationForm.Key.version
        let versionField: Node<HTML.FormContext> = .input(.type(.hidden), .name(version.rawValue), .value(state.value(version)))
        return FormPage(
            ApplicationForm.self,
            title: context.t("application.editTitle", ["title": application.title]), action: context.link(.editApplication(id)),
            cancel: context.link(.application(id)), state: state,
            lead: context.t("application.newLead", ["closes": Formatting.dateTime(application.call.closesAt, context.language)]),
            fields: [versionField] + FormFields.draw(ApplicationForm.self, state, context, except: [.leadOrganizationId, .version]),
            breadcrumbs: trail(application, context),
            context: context)
    }

    static func partner(
        _ application: FundingApplication, existing: ApplicationPartner?, organizations: Options, people: Options, state: FormState,
        _ context: PageContext
    ) -> FormPage {
        let id = application.id ?? 0
        let roles = ApplicationPartner.Role.allCases.map { (value: $0.rawValue, label: context.t($0.labelKey)) }
        let action = existing.map { context.link(.editPartner(id, $0.id ?? 0)) } ?? context.link(.newPartner(id))
        let organizationId = ApplicationPartnerForm.Key.organizationId
        // An existing partner's organisation stays: it goes back unseen.
        let organization: Node<HTML.FormContext> =
            existing == nil
            ? FormFields.draw(ApplicationPartnerForm.self, organizationId, state, context, options: organizations)
            : .input(.type(.hidden), .name(organizationId.rawValue), .value(state.value(organizationId)))
        return FormPage(
            ApplicationPartnerForm.self,
            title: existing.map { context.t("application.editPartner", ["name": $0.organization.name]) } ?? context.t("application.addPartner"),
            action: action, cancel: context.link(.application(id)), state: state, lead: application.title,
            fields: [organization]
                + FormFields.draw(
                    ApplicationPartnerForm.self, state, context, options: [.role: roles, .contactPersonId: people],
                    except: [organizationId]),
            submitLabel: context.t(existing == nil ? "application.addPartner" : "form.save"),
            removal: existing.flatMap { $0.role == .lead ? nil : (action, context.t("application.removePartner", ["name": $0.organization.name])) },
            breadcrumbs: trail(application, context),
            context: context)
    }

    static func workPackage(_ application: FundingApplication, state: FormState, _ context: PageContext) -> FormPage {
        let id = application.id ?? 0
        let partners = application.sortedPartners.map { (value: "\($0.$organization.id)", label: $0.organization.name) }
        return FormPage(
            ApplicationWorkPackageForm.self,
            title: context.t("workPackage.new"), action: context.link(.newPlannedWorkPackage(id)), cancel: context.link(.application(id)),
            state: state, lead: application.title,
            fields: FormFields.draw(ApplicationWorkPackageForm.self, state, context, options: [.responsibleId: partners]),
            submitLabel: context.t("workPackage.new"),
            breadcrumbs: trail(application, context),
            context: context)
    }

    static func targets(_ application: FundingApplication, state: FormState, _ context: PageContext) -> FormPage {
        let id = application.id ?? 0
        // One field an indicator of the programme, named by its place: the labels are the indicators' names, not translation keys.
        var labels: [String: String] = [:]
        let fields: [Node<HTML.FormContext>] = application.call.programme.sortedIndicators.enumerated().map { index, indicator in
            let field = "targets.\(index).value", label = indicator.name.display(context.language)
            labels[field] = label
            return .group(
                .input(.type(.hidden), .name("indicator\(index)"), .value("\(indicator.id ?? 0)")),
                FormFields.text(field, label: label, hint: context.t(indicator.unit.labelKey), state, context))
        }
        return FormPage(
            title: context.t("application.editTargets"), action: context.link(.applicationTargets(id)), cancel: context.link(.application(id)),
            state: state, labels: labels, lead: application.title, fields: fields, breadcrumbs: trail(application, context))
    }

    /// Steps that carry more than a click: a reason, a meeting and an outcome.
    static func needsForm(_ action: ApplicationAction) -> Bool {
        [.returnForCompletion, .propose, .decide, .withdraw].contains(action)
    }

    static func step(_ application: FundingApplication, action: ApplicationAction, meetings: Options, state: FormState, _ context: PageContext)
        -> FormPage
    {
        let id = application.id ?? 0
        let reason = ApplicationStepForm.reason(for: action)
        var labels = ApplicationStepForm.labels(context)
        labels[reason.key.rawValue] = context.t(reason.labelKey)
        // A refused submit names the parts still missing.
        for part in CompletenessCheck.parts { labels[part] = context.t("application.part.\(part)") }
        let outcomes = [ApplicationState.funded, .rejected].map {
            (value: $0.rawValue, label: context.t(action == .propose ? "application.propose.\($0.rawValue)" : $0.labelKey))
        }
        var fields: [Node<HTML.FormContext>] = []
        if action == .propose || action == .decide {
            fields.append(FormFields.draw(ApplicationStepForm.self, .meetingId, state, context, options: meetings))
            fields.append(FormFields.draw(ApplicationStepForm.self, .outcome, state, context, options: outcomes))
        }
        fields.append(FormFields.draw(reason, state, context))
        if action == .decide {
            fields.append(FormFields.draw(ApplicationStepForm.self, .conditions, state, context))
        }
        return FormPage(
            title: context.t(action.labelKey) + ": " + application.title, action: context.link(.applicationStep(id, action.pathSegment)),
            cancel: context.link(.application(id)), state: state, labels: labels, lead: context.t("application.stepLead.\(action.rawValue)"),
            // The button names the step ("Palauta täydennettäväksi", "Kirjaa johtoryhmän päätös"): it changes the application's state.
            fields: fields, submitLabel: context.t(action.labelKey), breadcrumbs: trail(application, context))
    }

    static func assign(_ application: FundingApplication, reviewers: Options, state: FormState, _ context: PageContext) -> FormPage {
        let id = application.id ?? 0
        return FormPage(
            ReviewerAssignmentForm.self, title: context.t("assessment.assign") + ": " + application.title, action: context.link(.assignReviewer(id)),
            cancel: context.link(.application(id)), state: state, lead: context.t("assessment.assignLead"),
            fields: FormFields.draw(ReviewerAssignmentForm.self, state, context, options: [.reviewerId: reviewers]),
            submitLabel: context.t("assessment.assign"), breadcrumbs: trail(application, context), context: context)
    }
}
