import AsahCore
import Plot

/// What every page's frame needs to know.
struct PageChrome {
    var title: String
    var user: SignedInUser?
    var csrf: String
    var isDemo: Bool = false
    var flash: String?
    /// What waits for the user (`InboxMiddleware`), shown beside "Kotak masuk".
    var inbox: Int? = nil
}

enum Layout {
    static func page(_ chrome: PageChrome, @ComponentBuilder _ content: @escaping () -> Component) -> HTML {
        HTML(
            .lang(.indonesian),
            .head(
                .meta(.charset(.utf8)),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                // Plot's .title() also writes unescaped og/twitter meta tags; this escapes the title once.
                .raw("<title>" + HTMLEscape.text(chrome.title + " · Asah") + "</title>"),
                .link(.rel(.stylesheet), .href(Stylesheet.path)),
                .link(.rel(.icon), .href("data:,"))
            ),
            .body(
                .component(header(chrome)),
                .component(
                    tag("main") {
                        if chrome.isDemo {
                            tag("p") { txt("Mode demo: data contoh, semua akun memakai kata sandi asah-demo.") }
                                .cls("demo-note")
                        }
                        if let flash = chrome.flash { tag("p") { txt(flash) }.cls("flash").attr("role", "status") }
                        content()
                    }.attr("id", "isi")
                ),
                .component(tag("footer") { txt("Asah · pengembangan kompetensi ASN") })
            )
        )
    }

    static func header(_ chrome: PageChrome) -> Component {
        tag("header") {
            tag("a") { txt("Langsung ke isi") }.attr("href", "#isi").cls("skip")
            link(SitePath.home.link(), "Asah", cls: "brand")
            if let user = chrome.user {
                tag("nav") {
                    tag("ul") {
                        for item in navigation(user) {
                            tag("li") {
                                if item.href == SiteURL.inbox, let n = chrome.inbox, n > 0 {
                                    linkTo(item.href) {
                                        txt(item.label + " ")
                                        tag("span") { txt(UI.number(n)) }.cls("badge")
                                    }.attr("aria-label", "\(item.label), \(n) menunggu")
                                } else {
                                    link(item.href, item.label)
                                }
                            }
                        }
                    }
                }.attr("aria-label", "Menu utama")
                postForm(action: SitePath.keluar.link(), csrf: chrome.csrf, cls: "logout") {
                    tag("span") { txt(user.displayName) }.cls("who")
                    button("Keluar", cls: "btn-link")
                }
            }
        }
    }

    static func navigation(_ user: SignedInUser) -> [(href: String, label: String)] {
        var items: [(String, String)] = [(SitePath.home.link(), "Beranda"), (SiteURL.inbox, "Kotak masuk")]
        if AccessPolicy.canListAgencies(user.actor) {
            items.append((SitePath.instansi.link(), "Instansi"))
        } else if let code = user.agencyCode {
            if AccessPolicy.isManager(of: user.actor.agencyID!, user.actor) {
                items.append((SiteURL.agency(code), "Unit kerja"))
                items.append((SiteURL.employees(code), "Pegawai"))
                items.append((SiteURL.positions(code), "Jabatan"))
                items.append((SiteURL.competencies(code), "Kompetensi"))
                items.append((SiteURL.gapReport(code), "Kesenjangan"))
                items.append((SiteURL.compliance(code), "Pemenuhan JP"))
                items.append((SitePath.instansiTalenta.link(code), "Talenta"))
                items.append((SiteURL.importPage(code), "Impor SIASN"))
                items.append((SiteURL.activities(code), "Kegiatan"))
                items.append((SiteURL.accounts(code), "Akun"))
            } else if case .unitSubtree? = AccessPolicy.listScope(agency: user.actor.agencyID!, user.actor) {
                items.append((SiteURL.employees(code), "Pegawai unit"))
                items.append((SiteURL.gapReport(code), "Kesenjangan"))
                items.append((SiteURL.compliance(code), "Pemenuhan JP"))
            }
        }
        if let code = user.agencyCode, !AccessPolicy.isManager(of: user.actor.agencyID!, user.actor),
            !AccessPolicy.canListAgencies(user.actor)
        {
            items.append((SiteURL.activities(code), "Kegiatan"))
        }
        if let code = user.agencyCode, !AccessPolicy.canListAgencies(user.actor) {
            items.append((SiteURL.courses(code), "E-learning"))
        }
        if let nip = user.employeeNIP {
            items.append((SiteURL.employee(nip), "Profil saya"))
            items.append((SiteURL.competencyProfile(nip), "Kompetensi saya"))
            items.append((SiteURL.learningHours(nip), "JP saya"))
        }
        items.append((SiteURL.myAccount, "Akun saya"))
        return items
    }
}
