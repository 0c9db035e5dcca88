import AsahCore
import Plot

/// A horizontal bar in inline SVG (no script, no inline style): `value` out of `max`, full at or past
/// it. Decorative: the figures stand in text beside it, so screen readers skip the bar.
enum ProgressBar {
    enum Tone: String {
        case ok, short, over
    }

    static func svg(value: Int, max: Int, tone: Tone, small: Bool = false) -> Component {
        let tenths = max > 0 ? Swift.min(1000, Swift.max(0, value) * 1000 / max) : 0
        let width = String(tenths / 10) + (tenths % 10 == 0 ? "" : "." + String(tenths % 10))
        return Node<Any>.raw(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 100 6\" preserveAspectRatio=\"none\""
                + " class=\"bar\(small ? " bar-sm" : "")\" aria-hidden=\"true\" focusable=\"false\">"
                + "<rect width=\"100\" height=\"6\" class=\"track\"/>"
                + "<rect width=\"\(width)\" height=\"6\" class=\"\(tone.rawValue)\"/></svg>")
    }

    /// A compliance share: green once everyone counted has met the minimum.
    static func share(_ c: JPCompliance, small: Bool = true) -> Component {
        svg(value: c.met, max: c.counted, tone: c.met >= c.counted ? .ok : .short, small: small)
    }
}
