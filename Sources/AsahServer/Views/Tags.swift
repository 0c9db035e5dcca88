import AsahCore
import Plot

/// Small building blocks over Plot. Every dynamic attribute value passes through `attr`,
/// which escapes it; text goes through `Text`, which Plot escapes.
extension Component {
    /// nil leaves the attribute out; an empty string keeps it (an `<option value="">` must submit "").
    func attr(_ name: String, _ value: String?) -> Component {
        guard let value else { return self }
        return attribute(named: name, value: HTMLEscape.attribute(value), ignoreValueIfEmpty: false)
    }

    func cls(_ value: String) -> Component { attr("class", value) }
}

/// A generic element with content.
func tag(_ name: String, @ComponentBuilder _ content: @escaping () -> Component) -> Component {
    Element(name: name) { content() }
}

/// An element that never has content (input, meta, link).
func voidTag(_ name: String, _ attributes: [(String, String?)]) -> Component {
    var component: Component = Element<Any>.selfClosed(named: name, attributes: [])
    for (key, value) in attributes { component = component.attr(key, value) }
    return component
}

/// A text node; Plot escapes it.
func txt(_ value: String) -> Component { Node<Any>.raw(HTMLEscape.text(value)) }

/// A link; the URL is escaped.
func link(_ href: String, _ label: String, cls: String? = nil) -> Component {
    tag("a") { txt(label) }.attr("href", href).attr("class", cls)
}

func linkTo(_ href: String, @ComponentBuilder _ content: @escaping () -> Component) -> Component {
    tag("a", content).attr("href", href)
}

/// A POST form carrying the CSRF token.
func postForm(
    action: String, csrf: String, multipart: Bool = false, cls: String? = nil,
    @ComponentBuilder _ content: @escaping () -> Component
) -> Component {
    tag("form") {
        voidTag("input", [("type", "hidden"), ("name", "_csrf"), ("value", csrf)])
        content()
    }
    .attr("method", "post").attr("action", action)
    .attr("enctype", multipart ? "multipart/form-data" : nil)
    .attr("class", cls)
}

/// A labelled form field with its error shown beside it.
func field(
    _ label: String, name: String, value: String?, error: String? = nil, type: String = "text",
    required: Bool = false, hint: String? = nil, id fieldID: String? = nil, extra: [(String, String?)] = []
) -> Component {
    // `fieldID` when one page repeats a form (one per row), so every id stays unique.
    let id = fieldID ?? "f-" + name
    return tag("div") {
        tag("label") { txt(label) }.attr("for", id)
        voidTag(
            "input",
            [
                ("type", type), ("id", id), ("name", name), ("value", value),
                ("required", required ? "required" : nil),
                ("aria-invalid", error == nil ? nil : "true"),
                ("aria-describedby", error == nil ? nil : id + "-err"),
            ] + extra)
        if let hint { tag("p") { txt(hint) }.cls("hint") }
        if let error { tag("p") { txt(error) }.cls("field-error").attr("id", id + "-err") }
    }.cls(error == nil ? "field" : "field has-error")
}

/// A labelled select.
func selectField(
    _ label: String, name: String, options: [(value: String, label: String)], selected: String?,
    error: String? = nil, includeEmpty: String? = nil, id fieldID: String? = nil
) -> Component {
    let id = fieldID ?? "f-" + name
    return tag("div") {
        tag("label") { txt(label) }.attr("for", id)
        tag("select") {
            if let includeEmpty {
                tag("option") { txt(includeEmpty) }.attr("value", "")
            }
            for option in options {
                tag("option") { txt(option.label) }
                    .attr("value", option.value)
                    .attr("selected", option.value == selected ? "selected" : nil)
            }
        }.attr("id", id).attr("name", name)
            .attr("aria-invalid", error == nil ? nil : "true")
            .attr("aria-describedby", error == nil ? nil : id + "-err")
        if let error { tag("p") { txt(error) }.cls("field-error").attr("id", id + "-err") }
    }.cls(error == nil ? "field" : "field has-error")
}

/// A labelled textarea with its error shown beside it.
func textareaField(
    _ label: String, name: String, value: String, rows: Int, error: String?, hint: String? = nil,
    id fieldID: String? = nil
) -> Component {
    let id = fieldID ?? "f-" + name
    return tag("div") {
        tag("label") { txt(label) }.attr("for", id)
        if let hint { tag("p") { txt(hint) }.cls("hint") }
        tag("textarea") { txt(value) }.attr("id", id).attr("name", name).attr("rows", String(rows))
            .attr("aria-invalid", error == nil ? nil : "true")
            .attr("aria-describedby", error == nil ? nil : id + "-err")
        if let error { tag("p") { txt(error) }.cls("field-error").attr("id", id + "-err") }
    }.cls(error == nil ? "field" : "field has-error")
}

/// A question answered on the scale 1–5: radio buttons large enough to tap on a phone, no JavaScript.
/// `key` keeps the ids unique when a page repeats the question (one form per row).
func scaleField(_ question: String, name: String, key: String, selected: String?, error: String?) -> Component {
    tag("fieldset") {
        tag("legend") { txt(question) }
        tag("div") {
            for score in ReactionScale.range {
                let id = "\(name)-\(key)-\(score)"
                tag("label") {
                    voidTag(
                        "input",
                        [
                            ("type", "radio"), ("name", name), ("value", String(score)), ("id", id),
                            ("required", "required"), ("checked", selected == String(score) ? "checked" : nil),
                        ])
                    tag("span") { txt(String(score)) }
                }.attr("for", id).attr("title", ReactionScale.label(score))
            }
        }.cls("scale")
        if let error { tag("p") { txt(error) }.cls("field-error") }
    }
}

func button(_ label: String, cls: String = "btn") -> Component {
    tag("button") { txt(label) }.attr("type", "submit").cls(cls)
}
