import Plot
import Vapor

/// What a page says once something is done ("Tallennettu."): carried in the address the save redirects to
/// (`?notice=saved`), so it needs no session and works for visitors who are not signed in. Only these names are read;
/// anything else in the parameter is ignored.
enum Notice: String, CaseIterable, Sendable {
    case saved, created, removed, sent

    var textKey: String { "notice.\(rawValue)" }

    /// A success notice announced to screen readers (role=status) at the top of the page.
    func render(_ context: PageContext) -> Node<HTML.BodyContext> {
        .div(
            .class("notice notice--success"), .attribute(named: "role", value: "status"),
            .p(.text(context.t(textKey))))
    }

    /// `path` with the notice added to its query (before any `#fragment`).
    func appended(to path: String) -> String {
        var base = path, fragment = ""
        if let hash = path.firstIndex(of: "#") {
            base = String(path[..<hash])
            fragment = String(path[hash...])
        }
        return base + (base.contains("?") ? "&" : "?") + "notice=\(rawValue)" + fragment
    }
}

extension Request {
    /// A redirect after a save, showing `notice` on the page it lands on. The path is one of ours (built by SiteURL).
    func redirect(to path: String, after notice: Notice) -> Response {
        redirect(to: notice.appended(to: path), redirectType: .normal)
    }
}
