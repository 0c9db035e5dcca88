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

    /// The heading of a page about one employee: its title, then whom it is about (linked) and their NIP.
    static func employeeHeading(_ title: String, _ e: EmployeeQueries.Detail) -> Component {
        ComponentGroup {
            tag("h1") { txt(title) }
            tag("p") {
                link(SiteURL.employee(e.nip), e.fullName)
                txt(" · " + NIP.format(e.nip))
            }.cls("muted")
        }
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

    /// "‹ Sebelumnya · Halaman 2 dari 7 · Berikutnya ›"; nothing when everything fits on one page.
    static func pager(page: Int, pages: Int, url: @escaping (Int) -> String) -> Component {
        guard pages > 1 else { return EmptyComponent() }
        return tag("nav") {
            if page > 1 { link(url(page - 1), "‹ Sebelumnya") }
            tag("span") { txt("Halaman \(page) dari \(pages)") }
            if page < pages { link(url(page + 1), "Berikutnya ›") }
        }.cls("pager").attr("aria-label", "Halaman")
    }

    /// Links to the years a page can show; the shown year is marked, not linked.
    static func years(_ years: [Int], selected: Int, url: @escaping (Int) -> String) -> Component {
        tag("nav") {
            tag("span") { txt("Tahun:") }.cls("muted")
            for year in years {
                if year == selected {
                    tag("span") { txt(String(year)) }.attr("aria-current", "page")
                } else {
                    link(url(year), String(year))
                }
            }
        }.cls("years").attr("aria-label", "Pilih tahun")
    }
}
