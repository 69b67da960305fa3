import Plot

/// Text and attribute values escaped in one place for every page.
///
/// Plot escapes text but writes attribute values as they are (`name="value"`), so a user string with a `"` could close
/// the attribute and add elements of its own. Each declaration below has exactly the signature of the Plot helper it
/// replaces; a declaration in the importing module shadows the imported one, so every `.href(…)`, `.value(…)`,
/// `.attribute(named:value:)` in Solmu's views comes here without the call sites changing. Direct `Attribute(name:…)`
/// construction would bypass this layer: `EscapedAttributesTests` fails when a source file outside this one uses it.
enum HTMLEscape {
    /// The value as it may stand in text or between double quotes: `& < > " '` as character references. Every `&`
    /// becomes `&amp;`: Plot's own text escaping keeps what looks like a character reference (`&lt;`), so a name typed
    /// as `&lt;b&gt;` would be shown as `<b>` rather than as typed.

    static func escape(_ value: String) -> String {
        guard value.contains(where: { "&<>\"'".contains($0) }) else { return value }
        var escaped = ""
        escaped.reserveCapacity(value.utf8.count + 16)
        for character in value {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }

    static func escape(_ value: String?) -> String? { value.map(escape) }

    /// Text between elements: `& < >` as character references (quotes need none there).
    static func text(_ value: String) -> String {
        guard value.contains(where: { "&<>".contains($0) }) else { return value }
        return value.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(
            of: ">", with: "&gt;")
    }
}

// MARK: - Text

extension Node {
    static func text(_ text: String) -> Node { .raw(HTMLEscape.text(text)) }

    static func element(named name: String, text: String) -> Node { .element(named: name, nodes: [.text(text)]) }
}

// MARK: - Custom attributes

extension Node {
    static func attribute(named name: String, value: String?, ignoreIfValueIsEmpty: Bool = true) -> Node {
        .attribute(Attribute(name: name, value: HTMLEscape.escape(value), ignoreIfValueIsEmpty: ignoreIfValueIsEmpty))
    }
}

extension Attribute {
    static func attribute(named name: String, value: String?) -> Self {
        Attribute(name: name, value: HTMLEscape.escape(value))
    }

    /// An attribute written even when its value is empty (`alt=""` on a decorative image).
    static func attribute(named name: String, value: String?, ignoreIfValueIsEmpty: Bool) -> Self {
        Attribute(name: name, value: HTMLEscape.escape(value), ignoreIfValueIsEmpty: ignoreIfValueIsEmpty)
    }
}

// MARK: - Plot's HTML helpers that take strings

extension Attribute where Context: HTMLContext {
    static func id(_ id: String) -> Attribute { .attribute(named: "id", value: id) }
    static func `class`(_ className: String) -> Attribute { .attribute(named: "class", value: className) }
    static func data(named name: String, value: String) -> Attribute { .attribute(named: "data-\(name)", value: value) }
    static func title(_ title: String) -> Attribute { .attribute(named: "title", value: title) }
}

extension Node where Context: HTMLContext {
    static func id(_ id: String) -> Node { .attribute(named: "id", value: id) }
    static func `class`(_ className: String) -> Node { .attribute(named: "class", value: className) }
    static func data(named name: String, value: String) -> Node { .attribute(named: "data-\(name)", value: value) }
    static func title(_ title: String) -> Node { .attribute(named: "title", value: title) }
}

extension Attribute where Context: HTMLNamableContext {
    static func name(_ name: String) -> Attribute { .attribute(named: "name", value: name) }
}

extension Node where Context: HTMLNamableContext {
    static func name(_ name: String) -> Node { .attribute(named: "name", value: name) }
}

extension Attribute where Context == HTML.MetaContext {
    static func property(_ property: String) -> Attribute { .attribute(named: "property", value: property) }
    static func content(_ content: String) -> Attribute { .attribute(named: "content", value: content) }
}

extension Attribute where Context: HTMLTypeContext {
    static func type(_ type: String) -> Attribute { .attribute(named: "type", value: type) }
}

extension Attribute where Context: HTMLValueContext {
    static func value(_ value: String) -> Attribute { .attribute(named: "value", value: value) }
}

extension Node where Context: HTMLValueContext {
    static func value(_ value: String) -> Node { .attribute(named: "value", value: value) }
}

extension Attribute where Context == HTML.LinkContext {
    static func sizes(_ sizes: String) -> Attribute { .attribute(named: "sizes", value: sizes) }
    static func color(_ color: String) -> Attribute { .attribute(named: "color", value: color) }
}

extension Attribute where Context: HTMLLinkableContext {
    static func href(_ url: URLRepresentable) -> Attribute { .attribute(named: "href", value: url.description) }
}

extension Node where Context: HTMLLinkableContext {
    static func href(_ url: URLRepresentable) -> Node { .attribute(named: "href", value: url.description) }
}

extension Node where Context == HTML.TimeContext {
    static func datetime(_ datetime: String) -> Node { .attribute(named: "datetime", value: datetime) }
}

extension Attribute where Context: HTMLSourceContext {
    static func src(_ url: URLRepresentable) -> Attribute { .attribute(named: "src", value: url.description) }
}

extension Node where Context: HTMLSourceContext {
    static func src(_ url: URLRepresentable) -> Node { .attribute(named: "src", value: url.description) }
}

extension Node where Context == HTML.FormContext {
    static func action(_ url: URLRepresentable) -> Node { .attribute(named: "action", value: url.description) }
}

extension Node where Context == HTML.LabelContext {
    static func `for`(_ target: String) -> Node { .attribute(named: "for", value: target) }
}

extension Attribute where Context == HTML.InputContext {
    static func placeholder(_ placeholder: String) -> Attribute { .attribute(named: "placeholder", value: placeholder) }
}

extension Node where Context == HTML.TextAreaContext {
    static func placeholder(_ placeholder: String) -> Node { .attribute(named: "placeholder", value: placeholder) }
}

extension Attribute where Context == HTML.OptionContext {
    static func label(_ label: String) -> Attribute { .attribute(named: "label", value: label) }
}

extension Node where Context: HTMLStylableContext {
    static func style(_ css: String) -> Node { .attribute(named: "style", value: css) }
}

extension Attribute where Context == HTML.ImageContext {
    static func alt(_ text: String) -> Attribute { .attribute(named: "alt", value: text) }
}

extension Node where Context: HTML.BodyContext {
    static func ariaLabel(_ label: String) -> Node { .attribute(named: "aria-label", value: label) }
    static func ariaControls(_ child: String) -> Node { .attribute(named: "aria-controls", value: child) }
}

// MARK: - Plot's head components that take strings (they build their attributes inside Plot, out of this layer's reach)

extension Node where Context == HTML.HeadContext {
    static func title(_ title: String) -> Node {
        .group([
            .element(named: "title", nodes: [.text(title)]),
            .meta(.name("twitter:title"), .content(title)),
            .meta(.property("og:title"), .content(title)),
        ])
    }

    static func description(_ text: String) -> Node {
        .group([
            .meta(.name("description"), .content(text)),
            .meta(.name("twitter:description"), .content(text)),
            .meta(.property("og:description"), .content(text)),
        ])
    }

    static func siteName(_ name: String) -> Node { .meta(.property("og:site_name"), .content(name)) }

    static func url(_ url: URLRepresentable) -> Node {
        .group([
            .link(.rel(.canonical), .href(url)),
            .meta(.name("twitter:url"), .content(url.description)),
            .meta(.property("og:url"), .content(url.description)),
        ])
    }
}
