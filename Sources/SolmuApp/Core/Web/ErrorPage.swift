import Plot
import Vapor

/// The page shown when something goes wrong outside the API, in the language of the path (or the browser's).
enum ErrorPage {
    static func response(_ problem: Problem, request: Request) async throws -> Response {
        let firstSegment = request.url.path.split(separator: "/").first.map(String.init)
        let language =
            firstSegment.flatMap(Language.init(rawValue:))
            ?? Language.preferred(acceptLanguage: request.headers.first(name: .acceptLanguage))
        let context = PageContext(language: language, user: request.currentUser, csrfToken: "", pathAfterLanguage: "/")
        let title = language.t(problem.titleKey)
        let response = Layout.page(
            context, title: title, status: problem.status,
            main: .div(
                .h1(.text(title)),
                .unwrap(problem.detailKey) { .p(.text(language.t($0, problem.detailValues))) },
                .p(.a(.href(SiteURL.home.path(language)), .text(language.t("error.backHome"))))
            ))
        for (name, value) in problem.headers { response.headers.replaceOrAdd(name: name, value: value) }
        return response
    }
}
