/// The reviewer's declaration form: a conflict of interest or none (a choice of two, which the page draws as radio
/// buttons posting `yes` or `no`), and the reason when there is one.
enum DeclarationForm: FormDescription {
    enum Key: String, FormKey { case conflict, reason }

    static var fields: [FormField<Key>] {
        [.select(.conflict, "assessment.declaration"), .textArea(.reason, "assessment.conflictReason")]
    }

    static func input(_ posted: FormValues<Self>) -> DeclarationInput {
        let conflict: Bool? = posted[.conflict] == "yes" ? true : posted[.conflict] == "no" ? false : nil
        return DeclarationInput(conflict: conflict, reason: posted[.reason])
    }
}
