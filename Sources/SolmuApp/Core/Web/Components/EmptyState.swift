import Plot

/// What a list or a chart shows when it has nothing: one line saying so (and, when given, what to do next), never an
/// empty frame or a table of zeros.
struct EmptyState {
    var text: String
    var action: (title: String, href: String)? = nil

    func render() -> Node<HTML.BodyContext> {
        .div(.class("empty-state"), .p(.text(text)), .unwrap(action) { .p(.a(.href($0.href), .text($0.title))) })
    }
}
