import Plot

/// The personal-data page's fields: the address looked up (typed into the search, carried as a hidden field to the
/// erasure) and the erasure's confirmation.
enum PersonalDataForm: FormDescription {
    enum Key: String, FormKey { case email, confirm }

    static var fields: [FormField<Key>] {
        [.text(.email, "personalData.email", type: .email, required: true, autocomplete: "off"), .checkbox(.confirm, "personalData.confirm")]
    }
}
