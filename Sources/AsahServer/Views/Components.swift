import AsahCore
import Plot

/// Shared page pieces.
enum UI {
    static func stat(_ value: String, _ label: String) -> Component {
        tag("div") {
            tag("b") { txt(value) }
            tag("span") { txt(label) }
        }.cls("stat")
    }

    static func facts(_ rows: [(String, String)]) -> Component {
        tag("dl") {
            for (term, value) in rows {
                tag("dt") { txt(term) }
                tag("dd") { txt(value) }
            }
        }.cls("facts")
    }

    static func table(
        headers: [String], caption: String? = nil, stacked: Bool = false,
        @ComponentBuilder rows: @escaping () -> Component
    ) -> Component {
        tag("div") {
            tag("table") {
                if let caption { tag("caption") { txt(caption) }.cls("muted") }
                tag("thead") { tag("tr") { for h in headers { tag("th") { txt(h) }.attr("scope", "col") } } }
                tag("tbody") { rows() }
            }.attr("class", stacked ? "stack" : nil)
        }.cls("table-wrap")
    }

    /// A cell that phones show with its column name in front (see `.stack`).
    static func cell(_ label: String, @ComponentBuilder _ content: @escaping () -> Component) -> Component {
        tag("td", content).attr("data-label", label)
    }

    static func statusLabel(_ raw: String) -> String {
        EmployeeStatus(rawValue: raw)?.label ?? raw
    }

    static func positionKindLabel(_ raw: String?) -> String {
        raw.flatMap { PositionKind(rawValue: $0)?.label } ?? "-"
    }

    static func number(_ n: Int) -> String { IndonesianFormat.integer(n) }
}
