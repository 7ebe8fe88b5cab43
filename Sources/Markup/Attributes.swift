// The attributes Simpul's pages use. Their values are escaped when the page is rendered.

public extension Node {
    static func `class`(_ value: String) -> Node { .attribute(named: "class", value: value) }
    static func id(_ value: String) -> Node { .attribute(named: "id", value: value) }
    static func name(_ value: String) -> Node { .attribute(named: "name", value: value) }
    static func value(_ value: String) -> Node { .attribute(named: "value", value: value) }
    static func href(_ value: String) -> Node { .attribute(named: "href", value: value) }
    static func src(_ value: String) -> Node { .attribute(named: "src", value: value) }
    static func alt(_ value: String) -> Node { .attribute(named: "alt", value: value) }
    static func action(_ value: String) -> Node { .attribute(named: "action", value: value) }
    static func content(_ value: String) -> Node { .attribute(named: "content", value: value) }
    static func placeholder(_ value: String) -> Node { .attribute(named: "placeholder", value: value) }
    static func `for`(_ value: String) -> Node { .attribute(named: "for", value: value) }
    static func type(_ value: InputType) -> Node { .attribute(named: "type", value: value.rawValue) }
    static func method(_ value: FormMethod) -> Node { .attribute(named: "method", value: value.rawValue) }
    static func enctype(_ value: FormContentType) -> Node { .attribute(named: "enctype", value: value.rawValue) }
    static func rel(_ value: LinkRelationship) -> Node { .attribute(named: "rel", value: value.rawValue) }
    static func charset(_ value: DocumentEncoding) -> Node { .attribute(named: "charset", value: value.rawValue) }

    static func checked(_ on: Bool = true) -> Node { on ? .attribute(named: "checked") : .empty }
    static func selected(_ on: Bool = true) -> Node { on ? .attribute(named: "selected") : .empty }
    static func required(_ on: Bool = true) -> Node { on ? .attribute(named: "required") : .empty }
    static func disabled(_ on: Bool = true) -> Node { on ? .attribute(named: "disabled") : .empty }
}

/// `type` of `input` and `button` elements.
public enum InputType: String, Sendable {
    case text, hidden, submit, button, reset, checkbox, radio, file, password, email, tel, number, date, search, url
}

public typealias HTMLInputType = InputType
public typealias HTMLButtonType = InputType

public enum FormMethod: String, Sendable { case get, post }

public enum FormContentType: String, Sendable {
    case urlEncoded = "application/x-www-form-urlencoded"
    case multipartData = "multipart/form-data"
}

/// `noreferrer`: a link to another site sends no `Referer`, so the site never learns the Simpul
/// address (a case number, a report's page) it was followed from; it also gives a page opened
/// from it no handle on the opener.
public enum LinkRelationship: String, Sendable { case stylesheet, icon, noreferrer }

public enum DocumentEncoding: String, Sendable { case utf8 = "UTF-8" }

public extension Node {
    /// A `data-` attribute, for the page's own small scripts.
    static func data(named name: String, value: String) -> Node { .attribute(named: "data-" + name, value: value) }
}
