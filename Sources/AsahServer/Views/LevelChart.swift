import Plot

/// An inline SVG bar chart of required against current level per competency (levels 0–5).
/// Labels are escaped; the same figures stand in the table beside it for screen readers.
enum LevelChart {
    struct Bar {
        var label: String
        var required: Int
        var current: Int?
    }

    static func svg(_ bars: [Bar], title: String) -> Component {
        let rowHeight = 24, top = 20, labelWidth = 150, scale = 40
        let height = top + bars.count * rowHeight + 8
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(labelWidth + 5 * scale + 20) \(height)\""
        out += " role=\"img\" aria-label=\"\(HTMLEscape.attribute(title))\" class=\"chart\">"
        out += "<title>\(HTMLEscape.text(title))</title>"
        for level in 0...5 {
            let x = labelWidth + level * scale
            out += "<line x1=\"\(x)\" y1=\"\(top - 6)\" x2=\"\(x)\" y2=\"\(height - 6)\" class=\"grid\"/>"
            out += "<text x=\"\(x)\" y=\"12\" class=\"axis\">\(level)</text>"
        }
        for (i, bar) in bars.enumerated() {
            let y = top + i * rowHeight
            let label = bar.label.count > 24 ? String(bar.label.prefix(23)) + "…" : bar.label
            out += "<text x=\"0\" y=\"\(y + 14)\" class=\"label\">\(HTMLEscape.text(label))</text>"
            if let current = bar.current {
                let cls = current < bar.required ? "gap" : "met"
                out +=
                    "<rect x=\"\(labelWidth)\" y=\"\(y + 3)\" width=\"\(current * scale)\" height=\"13\" class=\"\(cls)\"/>"
            } else {
                out += "<text x=\"\(labelWidth + 6)\" y=\"\(y + 14)\" class=\"none\">belum dinilai</text>"
            }
            let rx = labelWidth + bar.required * scale
            out += "<line x1=\"\(rx)\" y1=\"\(y)\" x2=\"\(rx)\" y2=\"\(y + 20)\" class=\"req\"/>"
        }
        out += "</svg>"
        return Node<Any>.raw(out)
    }
}
