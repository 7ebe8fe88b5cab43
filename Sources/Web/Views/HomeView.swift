import Cases
import Plot

enum HomeView {
    static func render(_ chrome: Layout.Chrome, caseCount: Int?) -> HTML {
        let lang = chrome.lang
        let user = chrome.signedIn!.user
        return Layout.page(lang("Beranda", "Start page"), chrome,
            .p(.text(lang("Selamat datang, \(user.displayName).", "Welcome, \(user.displayName)."))),
            .unwrap(caseCount) { n in .p(.text(lang("Instansi Anda dapat melihat \(n) kasus.", "Your agency can see \(n) cases."))) },
            .ul(.class("actions"),
                .if(user.role.mayReadCases, .li(.a(.href(SiteRoute.cases().path), .text(lang("Lihat daftar kasus", "See the case list"))))),
                .if(user.role.mayRegisterCases, .li(.a(.href(SiteRoute.newCase.path), .text(lang("Daftarkan kasus baru", "Register a new case"))))),
                .li(.a(.href(SiteRoute.statistics.path), .text(lang("Statistik", "Statistics"))))))
    }
}
