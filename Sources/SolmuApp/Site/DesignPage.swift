import Plot
import Vapor

struct DesignPage {
    func render(_ context: PageContext) -> Response {
        Layout.page(context, title: context.t("design.title"), main: .h1(.text(context.t("design.title"))))
    }
}
