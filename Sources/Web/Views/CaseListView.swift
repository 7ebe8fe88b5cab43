import Cases
import Plot
import Store

/// The case list: a search form that works without JavaScript, and a table of what the viewer may see.
enum CaseListView {
    static func render(_ chrome: Layout.Chrome, page: CasePage, query: [String: String]) -> HTML {
        let lang = chrome.lang
        let f = page.filter
        return Layout.page(lang("Daftar kasus", "Cases"), chrome,
            .form(.method(.get), .action(SiteRoute.cases().path), .class("search"), .attribute(named: "role", value: "search"),
                  FormViews.textField("q", label: lang("Cari nomor kasus atau kabupaten/kota", "Search case number or kabupaten/kota"),
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
            pager(page, query: query, lang: lang)
        )
    }

    static func first(_ page: CasePage) -> Int { (page.filter.page - 1) * page.filter.pageSize + 1 }

    static func table(_ page: CasePage, lang: Lang) -> Node<HTML.BodyContext> {
        .table(
            .caption(.plain(lang("Kasus, terbaru dahulu", "Cases, newest first"))),
            .thead(.tr(.th(.plain(lang("Nomor", "Number"))), .th(.plain(lang("Dilaporkan", "Reported"))),
                       .th(.plain(lang("Wilayah", "Region"))), .th(.plain(lang("Eksploitasi", "Exploitation"))),
                       .th(.plain(lang("Tahap", "Stage"))))),
            .tbody(.raw(rows(page, lang: lang)))
        )
    }

    /// The table's rows, every value escaped by `HTMLEscape` (see there for why not Plot here).
    static func rows(_ page: CasePage, lang: Lang) -> String {
        var html = ""
        html.reserveCapacity(page.cases.count * 400)
        for c in page.cases {
            html += "<tr><td><a href=\"\(HTMLEscape.text(SiteRoute.caseDetail(c.id).path))\">\(HTMLEscape.text(c.number))</a></td>"
            html += "<td>\(HTMLEscape.text(c.openedOn))</td><td>\(HTMLEscape.text("\(c.regency), \(c.provinceName)"))</td>"
            html += "<td>\(HTMLEscape.text(c.exploitationTypes.map { lang($0.label) }.joined(separator: ", ")))</td>"
            html += "<td>\(HTMLEscape.text(lang(c.status.label)))</td></tr>"
        }
        return html
    }

    static func pager(_ page: CasePage, query: [String: String], lang: Lang) -> Node<HTML.BodyContext> {
        var prev = query, next = query
        prev["hal"] = String(page.filter.page - 1)
        next["hal"] = String(page.filter.page + 1)
        return .nav(.class("pager"), .attribute(named: "aria-label", value: lang("Halaman", "Pages")),
                    .if(page.filter.page > 1, .a(.href(SiteRoute.cases(query: prev).path), .attribute(named: "rel", value: "prev"), .plain(lang("‹ Sebelumnya", "‹ Previous")))),
                    .span(.plain(lang("Halaman \(page.filter.page)", "Page \(page.filter.page)"))),
                    .if(page.hasNext, .a(.href(SiteRoute.cases(query: next).path), .attribute(named: "rel", value: "next"), .plain(lang("Berikutnya ›", "Next ›")))))
    }
}
