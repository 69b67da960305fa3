/// The office assigns a reviewer to an application.
enum ReviewerAssignmentForm: FormDescription {
    enum Key: String, FormKey { case reviewerId }

    static var fields: [FormField<Key>] {
        [.select(.reviewerId, "assessment.reviewer", required: true)]
    }

    static func input(_ posted: FormValues<Self>) -> AssignmentInput {
        AssignmentInput(reviewerId: posted[.reviewerId])
    }
}
