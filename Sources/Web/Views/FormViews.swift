import Cases
import Markup

/// Form pieces shared by every page: labelled fields with their error beside them, and the
/// error summary at the top that links to each field (GOV.UK pattern).
enum FormViews {
    /// `target` overrides where a message links to (an element id), for pages whose forms
    /// repeat (one per candidate, say) and whose fields therefore carry a suffix.
    static func errorSummary(_ errors: [FieldError], lang: Lang, target: ((FieldError) -> String)? = nil) -> Node {
        guard !errors.isEmpty else { return .empty }
        return .div(
            .class("error-summary"), .attribute(named: "role", value: "alert"), .attribute(named: "tabindex", value: "-1"),
            .h2(.plain(lang("Ada yang perlu diperbaiki", "There is a problem"))),
            .ul(.forEach(errors) { e in .li(.a(.href("#" + (target?(e) ?? "f-\(fieldID(e.field))")), .plain(lang(e.id, e.en)))) })
        )
    }

    /// Links to the fields of the form whose ids carry `suffix` (see `textField`'s `idSuffix`).
    static func suffixedTarget(_ suffix: String?) -> ((FieldError) -> String)? {
        suffix.map { s in { e in "f-\(fieldID(e.field))-\(fieldID(s))" } }
    }

    static func fieldID(_ name: String) -> String {
        String(name.map { $0.isLetter || $0.isNumber ? $0 : "-" })
    }

    static func textField(_ name: String, label: String, value: String?, errors: [FieldError], lang: Lang,
                                               type: HTMLInputType = .text, hint: String? = nil, required: Bool = false,
                                               autocomplete: String? = nil, markOptional: Bool = true, idSuffix: String? = nil) -> Node {
        let error = errors.first { $0.field == name }
        let id = "f-\(fieldID(name))" + (idSuffix.map { "-\(fieldID($0))" } ?? "")
        var described: [String] = []
        if hint != nil { described.append("\(id)-hint") }
        if error != nil { described.append("\(id)-error") }
        return .div(
            .class(error == nil ? "field" : "field has-error"),
            .label(.attribute(named: "for", value: id), .plain(label + (required || !markOptional ? "" : " " + lang("(opsional)", "(optional)")))),
            .unwrap(hint) { .span(.class("hint"), .id("\(id)-hint"), .plain($0)) },
            .unwrap(error) { .span(.class("error-text"), .id("\(id)-error"), .plain(lang($0.id, $0.en))) },
            .input(.type(type), .id(id), .name(name), .value(value ?? ""),
                   autocomplete.map { .attribute(named: "autocomplete", value: $0) } ?? .empty,
                   described.isEmpty ? .empty : .attribute(named: "aria-describedby", value: described.joined(separator: " ")),
                   error == nil ? .empty : .attribute(named: "aria-invalid", value: "true"),
                   required ? .required(true) : .empty)
        )
    }

    static func option(_ value: String, _ label: String, selected: Bool) -> Node {
        .element(named: "option", nodes: [.attribute(named: "value", value: value),
                                          selected ? .attribute(named: "selected") : .empty, .plain(label)])
    }

    static func select(_ name: String, label: String, options: [(value: String, label: String)],
                                            selected: String?, errors: [FieldError], lang: Lang, required: Bool = false,
                                            markOptional: Bool = true, idSuffix: String? = nil) -> Node {
        let error = errors.first { $0.field == name }
        let id = "f-\(fieldID(name))" + (idSuffix.map { "-\(fieldID($0))" } ?? "")
        return .div(
            .class(error == nil ? "field" : "field has-error"),
            .label(.attribute(named: "for", value: id), .plain(label + (required || !markOptional ? "" : " " + lang("(opsional)", "(optional)")))),
            .unwrap(error) { .span(.class("error-text"), .id("\(id)-error"), .plain(lang($0.id, $0.en))) },
            .select(.id(id), .attribute(named: "name", value: name),
                    .if(error != nil, .attribute(named: "aria-describedby", value: "\(id)-error")),
                    .if(required, .attribute(named: "required")),
                    .option(.value(""), .plain(lang("— pilih —", "— choose —"))),
                    .forEach(options) { o in option(o.value, o.label, selected: o.value == selected) })
        )
    }

    /// Countries to choose from, by name, in the reader's language: no one types a code.
    static func countries(_ lang: Lang) -> [(value: String, label: String)] {
        Country.all.map { ($0.code, lang($0.name)) }
    }
}
