import Foundation

/// The form for a project's result.
enum ResultForm: FormDescription {
    enum Key: String, FormKey { case kind, title, description, url }

    static var fields: [FormField<Key>] {
        [
            .select(.kind, "result.kind", required: true), .text(.title, "result.title", required: true),
            .textArea(.description, "result.description"), .text(.url, "result.url", type: .url),
        ]
    }

    static func input(_ posted: FormValues<Self>) -> ResultInput {
        ResultInput(kind: posted[.kind], title: posted[.title], description: posted[.description], url: posted[.url])
    }

    static func values(of result: ProjectResult) -> FormValues<Self> {
        FormValues([.kind: result.kind.rawValue, .title: result.title, .description: result.summary, .url: result.url])
    }
}
