/// The benchmarking choice (a GET form): the ecosystems to compare, posted as `ids[]`.
enum ComparisonForm: FormDescription {
    enum Key: String, FormKey { case ids }

    static var fields: [FormField<Key>] { [.checkboxes(.ids, "compare.choose")] }

    static func values(chosen: Set<Int>) -> FormValues<Self> {
        FormValues([:], lists: [.ids: chosen.map(String.init)])
    }
}
