import Cases
import Markup

enum HomeView {
    static func render(_ chrome: Layout.Chrome, caseCount: Int?, openReports: Int? = nil, alerts: Int = 0,
                       work: (open: Int, overdue: Int)? = nil) -> HTML {
        let lang = chrome.lang
        let user = chrome.signedIn!.user
        return Layout.page(lang("Beranda", "Start page"), chrome,
            .p(.plain(lang("Selamat datang, \(user.displayName).", "Welcome, \(user.displayName)."))),
            .if(alerts > 0, .p(.class("alerts"), .a(.href(SiteRoute.reportQueue.path),
                .strong(.plain(lang("\(alerts) peringatan darurat belum ditangani", "\(alerts) urgent alert(s) not yet taken on")))))),
            .unwrap(caseCount) { n in .p(.plain(lang("Instansi Anda dapat melihat \(n) kasus.", "Your agency can see \(n) cases."))) },
            .unwrap(work) { w in .p(.a(.href(SiteRoute.work.path), w.overdue > 0
                ? .strong(.class("late"), .plain(lang("\(w.overdue) dari \(w.open) pekerjaan instansi Anda lewat tenggat", "\(w.overdue) of your agency's \(w.open) open items are overdue")))
                : .plain(lang("\(w.open) pekerjaan terbuka di instansi Anda", "\(w.open) open items in your agency")))) },
            .unwrap(openReports) { n in .p(.a(.href(SiteRoute.reportQueue.path),
                                              .plain(lang("\(n) laporan masuk terbuka di antrean instansi Anda", "\(n) open report(s) in your agency's queue")))) },
            .ul(.class("actions"),
                .if(user.role.mayReadCases, .li(.a(.href(SiteRoute.cases().path), .plain(lang("Lihat daftar kasus", "See the case list"))))),
                .if(user.role.mayRegisterCases, .li(.a(.href(SiteRoute.newCase.path), .plain(lang("Daftarkan kasus baru", "Register a new case"))))),
                .li(.a(.href(SiteRoute.statistics.path), .plain(lang("Statistik", "Statistics"))))))
    }
}
