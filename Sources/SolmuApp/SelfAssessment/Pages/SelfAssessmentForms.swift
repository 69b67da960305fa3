import Vapor

/// The start form: the platform being assessed (or, for a signed-in owner, one of theirs to assess again).
struct StartForm: Content {
    var name: String?
    var kind: String?
    var ownerName: String?
    var municipalityCode: String?
    var platformId: String?

    var state: FormState {
        FormState(values: ["name": name ?? "", "kind": kind ?? "", "ownerName": ownerName ?? "", "municipalityCode": municipalityCode ?? ""])
    }

    /// The API's body, and what could not even be read (an unknown kind).
    func start(_ language: Language) -> (AssessmentStart, [String: String]) {
        var errors: [String: String] = [:]
        let parsedKind = kind.nonEmpty.flatMap(Platform.Kind.init(rawValue:))
        if kind.nonEmpty != nil, parsedKind == nil { errors["kind"] = "platformKind.unknown" }
        let details = PlatformDetails(name: name, kind: parsedKind, ownerName: ownerName, municipalityCode: municipalityCode.nonEmpty)
        return (AssessmentStart(platform: details, platformId: platformId.flatMap(Int.init), language: language), errors)
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
        FormState(values: Dictionary(uniqueKeysWithValues: assessment.answers.map { ("s\($0.$statement.id)", $0.level.map(String.init) ?? dontKnow) }))
    }
}
