import Plot
import Vapor

/// The start form: the platform being assessed. (A signed-in owner may also post `platformId`, one of their platforms
/// to assess again; it is no field of the form and is read apart.)
enum StartForm: FormDescription {
    enum Key: String, FormKey { case name, kind, ownerName, municipalityCode }

    static var fields: [FormField<Key>] {
        [
            .text(.name, "platform.name", required: true, hint: "platform.nameHint"), .select(.kind, "platform.kind", required: true),
            .text(.ownerName, "platform.ownerName"), .select(.municipalityCode, "platform.municipality"),
        ]
    }

    /// The API's body, and what could not even be read (an unknown kind).
    static func start(_ posted: FormValues<Self>, platformId: String?, _ language: Language) -> (SelfAssessmentStart, [String: String]) {
        var errors: [String: String] = [:]
        let kind = posted.text(.kind).flatMap(Platform.Kind.init(rawValue:))
        if posted.text(.kind) != nil, kind == nil { errors[Key.kind.rawValue] = "platformKind.unknown" }
        let details = PlatformDetails(
            name: posted[.name], kind: kind, ownerName: posted[.ownerName], municipalityCode: posted.text(.municipalityCode))
        return (SelfAssessmentStart(platform: details, platformId: platformId.flatMap(Int.init), language: language), errors)
    }
}

/// Publishing a result or withdrawing it: `published` is a hidden field (`true` to publish, `false` to withdraw), the
/// owner's consent a checkbox posted as `true`. The page draws both itself (the box's message stands above it).
enum PublicationForm: FormDescription {
    enum Key: String, FormKey { case published, ownerConsent }

    static var fields: [FormField<Key>] {
        [.text(.published, "assessmentResult.publication", type: .hidden), .checkbox(.ownerConsent, "assessmentResult.consent")]
    }

    static func input(_ posted: FormValues<Self>) -> PublicationInput {
        PublicationInput(published: posted[.published] == "true", ownerConsent: posted[.ownerConsent] == "true")
    }
}

/// A coordinator's choice of group and questionnaire version on the aggregates page (a search: the page reads it from
/// the query).
enum AggregatesForm: FormDescription {
    enum Key: String, FormKey { case group, instrument }

    static var fields: [FormField<Key>] {
        [.select(.group, "aggregates.group"), .select(.instrument, "selfAssessment.questionnaire")]
    }
}

/// One dimension's answers as the step form posts them: `s{statementId}` = `0`…`4` or `dontKnow`.
enum StepForm {
    static let dontKnow = "dontKnow"

    static func field(_ statement: InstrumentStatement) -> String { "s\(statement.id ?? 0)" }

    /// The answers given on the form for `statements` (unanswered ones left out: a draft may be saved half done),
    /// and what was typed, to show again if the save is refused.
    static func answers(_ req: Request, statements: [InstrumentStatement]) -> ([AnswerInput], FormState) {
        var state = FormState()
        var answers: [AnswerInput] = []
        for statement in statements {
            let field = field(statement)
            guard let raw = try? req.content.get(String.self, at: field), !raw.isEmpty else { continue }
            state.values[field] = raw
            let id = statement.id ?? 0
            // A value that is neither a level nor "don't know" is carried as an impossible level so the desk names it.
            answers.append(raw == dontKnow ? AnswerInput(statementId: id, dontKnow: true) : AnswerInput(statementId: id, level: Int(raw) ?? -1))
        }
        return (answers, state)
    }

    /// The saved answers as form values.
    static func state(_ assessment: PlatformAssessment) -> FormState {
        FormState(
            values: Dictionary(uniqueKeysWithValues: assessment.answers.map { ("s\($0.$statement.id)", $0.level.map(String.init) ?? dontKnow) }))
    }
}
