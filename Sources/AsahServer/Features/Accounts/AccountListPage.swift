import AsahCore
import Foundation
import Plot

/// The agency's accounts for its managers: who can sign in, who still waits for activation, and the
/// two ways to open accounts (one employee with their roles, or a whole unit or agency at once).
struct AccountListPage {
    struct Model {
        var chrome: PageChrome
        var agencyCode: String
        var agencyName: String
        var zone: IndonesianTimeZone
        var items: [AccountQueries.Listed]
        var total: Int
        var page: Int
        var pages: Int
        var search: String
        var withoutAccount: Int
        var units: [(id: String, name: String)]
        var form = OpenForm()
        var named = NamedForm()
        var errors: [String: String] = [:]
        /// Errors of the "without a NIP" form, shown beside its own fields.
        var namedErrors: [String: String] = [:]
    }

    /// What the "one employee" form was sent with, shown again beside its errors.
    struct OpenForm {
        var nip = ""
        var roles: Set<Role> = [.employee]
        var unit = ""
    }

    /// What the "without a NIP" form was sent with.
    struct NamedForm {
        var name = ""
        var username = ""
        var roles: Set<Role> = [.facilitator]
    }

    static func render(_ m: Model) -> HTML {
        Layout.page(m.chrome) {
            tag("h1") { txt("Akun pegawai") }
            tag("p") { link(SiteURL.agency(m.agencyCode), "Kembali ke \(m.agencyName)") }
            tag("div") {
                UI.stat(UI.number(m.total), "akun")
                UI.stat(UI.number(m.withoutAccount), "pegawai belum punya akun")
            }.cls("grid")
            if !m.errors.isEmpty || !m.namedErrors.isEmpty {
                tag("p") { txt("Akun belum dibuka. Periksa isian yang ditandai.") }.cls("error").attr("role", "alert")
            }
            tag("div") {
                openOne(m)
                tag("div") {
                    openMany(m)
                    openNamed(m)
                }
            }.cls("grid-2")
            list(m)
        }
    }

    static func openOne(_ m: Model) -> Component {
        postForm(action: SiteURL.openAccounts(m.agencyCode), csrf: m.chrome.csrf, cls: "card") {
            tag("h2") { txt("Akun untuk satu pegawai") }
            voidTag("input", [("type", "hidden"), ("name", "lingkup"), ("value", "nip")])
            field(
                "NIP", name: "nip", value: m.form.nip, error: m.errors["nip"], required: true,
                extra: [("inputmode", "numeric"), ("autocomplete", "off")])
            roleChoices(selected: m.form.roles, error: m.errors["roles"])
            selectField(
                "Unit kerja yang dipimpin (untuk kepala unit)", name: "unit",
                options: m.units.map { ($0.id, $0.name) }, selected: m.form.unit, error: m.errors["unit"],
                includeEmpty: "— bukan kepala unit —")
            button("Buka akun dan cetak kode")
        }
    }

    static func openMany(_ m: Model) -> Component {
        postForm(action: SiteURL.openAccounts(m.agencyCode), csrf: m.chrome.csrf, cls: "card") {
            tag("h2") { txt("Akun untuk banyak pegawai sekaligus") }
            voidTag("input", [("type", "hidden"), ("name", "lingkup"), ("value", "unit")])
            selectField(
                "Pegawai dari", name: "unit", options: m.units.map { ($0.id, $0.name + " dan sub-unitnya") },
                selected: nil, includeEmpty: "Seluruh instansi", id: "f-unit-many")
            tag("p") {
                txt("Setiap pegawai yang belum punya akun mendapat akun dengan NIP sebagai nama pengguna, ")
                txt("peran pegawai, dan kode aktivasi sekali pakai. Pegawai yang sudah punya akun dilewati.")
            }.cls("hint")
            button("Buka akun dan cetak slip")
        }
    }

    static func openNamed(_ m: Model) -> Component {
        postForm(action: SiteURL.openAccounts(m.agencyCode), csrf: m.chrome.csrf, cls: "card") {
            tag("h2") { txt("Akun tanpa NIP") }
            tag("p") {
                txt(
                    "Untuk fasilitator atau widyaiswara dari luar instansi dan operator yang tidak ada di data pegawai."
                )
            }
            .cls("hint")
            voidTag("input", [("type", "hidden"), ("name", "lingkup"), ("value", "nama")])
            field(
                "Nama", name: "nama", value: m.named.name, error: m.namedErrors["name"], required: true,
                id: "f-nama-tanpa-nip")
            field(
                "Nama pengguna", name: "nama_pengguna", value: m.named.username, error: m.namedErrors["username"],
                required: true, hint: "Misalnya widyaiswara.siregar.", id: "f-pengguna-tanpa-nip",
                extra: [("autocapitalize", "none")])
            roleChoices(
                selected: m.named.roles, error: m.namedErrors["roles"], roles: [.facilitator, .manager],
                id: "tanpa-nip")
            button("Buka akun dan cetak kode")
        }
    }

    static func roleChoices(
        selected: Set<Role>, error: String?, roles: [Role] = AccountRules.agencyRoles, id: String = "peran"
    ) -> Component {
        tag("fieldset") {
            tag("legend") { txt("Peran") }
            for role in roles {
                tag("label") {
                    voidTag(
                        "input",
                        [
                            ("type", "checkbox"), ("name", "peran[]"), ("value", role.rawValue),
                            ("id", "f-\(id)-\(role.rawValue)"),
                            ("checked", selected.contains(role) ? "checked" : nil),
                        ])
                    txt(" " + role.label)
                }.cls("check")
            }
            if let error { tag("p") { txt(error) }.cls("field-error").attr("id", "f-\(id)-err") }
        }.cls(error == nil ? "field" : "field has-error")
    }

    static func list(_ m: Model) -> Component {
        tag("section") {
            tag("h2") { txt("Daftar akun") }
            tag("form") {
                field("Cari nama, nama pengguna, atau NIP", name: "q", value: m.search, type: "search")
                button("Cari", cls: "btn btn-secondary")
            }.attr("method", "get").attr("action", SiteURL.accounts(m.agencyCode)).cls("search")
            if m.items.isEmpty {
                tag("p") { txt(m.search.isEmpty ? "Belum ada akun." : "Tidak ada akun yang cocok.") }.cls("card")
            } else {
                UI.table(headers: ["Nama", "Nama pengguna", "Peran", "Status"], stacked: true) {
                    for a in m.items {
                        tag("tr") {
                            UI.cell("Nama") {
                                link(SiteURL.account(a.username), a.displayName)
                                if let unit = a.unitName { tag("small") { txt(" · " + unit) }.cls("muted") }
                            }
                            UI.cell("Nama pengguna") { txt(a.username) }
                            UI.cell("Peran") { txt(roleLabels(a.roles)) }
                            UI.cell("Status") { txt(status(a, zone: m.zone)) }
                        }
                    }
                }
                UI.pager(page: m.page, pages: m.pages) { SiteURL.accounts(m.agencyCode, q: m.search, page: $0) }
            }
        }
    }

    static func roleLabels(_ raw: String) -> String {
        raw.split(separator: ",").compactMap { Role(rawValue: String($0))?.label }.joined(separator: ", ")
    }

    static func status(_ a: AccountQueries.Listed, zone: IndonesianTimeZone) -> String {
        if !a.isActive { return "Nonaktif" }
        guard a.awaitsActivation else { return "Aktif" }
        guard let until = a.activationExpiresAt else { return "Menunggu aktivasi" }
        return "Menunggu aktivasi, kode berlaku s.d. " + IndonesianFormat.date(CivilDate(until, in: zone.timeZone))
    }
}
