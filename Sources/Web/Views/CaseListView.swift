import Cases
import Markup
import Store

/// The case list: a search form that works without JavaScript, and a table of what the viewer may see.
enum CaseListView {
    static func render(_ chrome: Layout.Chrome, page: CasePage, query: [String: String]) -> HTML {
        let lang = chrome.lang
        let f = page.filter
        return Layout.page(lang("Daftar kasus", "Cases"), chrome,
            .form(.method(.get), .action(SiteRoute.cases().path), .class("search"), .attribute(named: "role", value: "search"),
                  FormViews.textField("q", label: chrome.signedIn?.user.role.mayNeedIdentities == true
                                        ? lang("Cari nomor kasus, kabupaten/kota, nama atau NIK orang", "Search case number, kabupaten/kota, a person's name or NIK")
                                        : lang("Cari nomor kasus atau kabupaten/kota", "Search case number or kabupaten/kota"),
                                      value: f.text, errors: [], lang: lang, markOptional: false),
                  FormViews.select("provinsi", label: lang("Provinsi", "Province"),
                                   options: Province.all.map { ($0.code, $0.name) }, selected: f.provinceCode, errors: [], lang: lang, markOptional: false),
                  FormViews.select("status", label: lang("Tahap", "Stage"),
                                   options: CaseStatus.allCases.map { ($0.rawValue, lang($0.label)) }, selected: f.status?.rawValue, errors: [], lang: lang, markOptional: false),
                  FormViews.select("eksploitasi", label: lang("Jenis eksploitasi", "Exploitation"),
                                   options: ExploitationType.allCases.map { ($0.rawValue, lang($0.label)) },
                                   selected: f.exploitationType?.rawValue, errors: [], lang: lang, markOptional: false),
                  .button(.type(.submit), .plain(lang("Cari", "Search")))),
            .p(.attribute(named: "role", value: "status"),
               .plain(page.cases.isEmpty ? lang("Tidak ada kasus yang cocok.", "No matching cases.")
                     : lang("Kasus \(first(page))–\(first(page) + page.cases.count - 1)\(page.hasNext ? ", masih ada berikutnya" : "")",
                            "Cases \(first(page))–\(first(page) + page.cases.count - 1)\(page.hasNext ? ", more follow" : "")"))),
            page.cases.isEmpty ? .empty : table(page, lang: lang),
            pager(page, query: query, lang: lang),
            .p(.a(.href(SiteRoute.htcdsExchange.path), .plain(lang("Pertukaran data HTCDS 2.0: unduh kasus, impor berkas mitra",
                                                                   "HTCDS 2.0 data exchange: download cases, import a partner's file"))))
        )
    }

    static func first(_ page: CasePage) -> Int { (page.filter.page - 1) * page.filter.pageSize + 1 }

    static func table(_ page: CasePage, lang: Lang) -> Node {
        .table(
            .caption(.plain(lang("Kasus, terbaru dahulu", "Cases, newest first"))),
            .thead(.tr(.th(.plain(lang("Nomor", "Number"))), .th(.plain(lang("Dilaporkan", "Reported"))),
                       .th(.plain(lang("Wilayah", "Region"))), .th(.plain(lang("Eksploitasi", "Exploitation"))),
                       .th(.plain(lang("Tahap", "Stage"))))),
            .tbody(.forEach(page.cases) { c in
                .tr(.td(.a(.href(SiteRoute.caseDetail(c.number).path), .plain(c.number))), .td(.plain(c.openedOn)),
                    .td(.plain("\(c.regency), \(c.provinceName)")),
                    .td(.plain(c.exploitationTypes.map { lang($0.label) }.joined(separator: ", "))), .td(.plain(lang(c.status.label))))
            })
        )
    }

    static func pager(_ page: CasePage, query: [String: String], lang: Lang) -> Node {
        var prev = query, next = query
        prev["hal"] = String(page.filter.page - 1)
        next["hal"] = String(page.filter.page + 1)
        return .nav(.class("pager"), .attribute(named: "aria-label", value: lang("Halaman", "Pages")),
                    .if(page.filter.page > 1, .a(.href(SiteRoute.cases(query: prev).path), .attribute(named: "rel", value: "prev"), .plain(lang("‹ Sebelumnya", "‹ Previous")))),
                    .span(.plain(lang("Halaman \(page.filter.page)", "Page \(page.filter.page)"))),
                    .if(page.hasNext, .a(.href(SiteRoute.cases(query: next).path), .attribute(named: "rel", value: "next"), .plain(lang("Berikutnya ›", "Next ›")))))
    }
}
