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
                .forEach(Array(firstActions(user.role).enumerated())) { i, action in
                    .li(.a(.href(action.path), i == 0 ? .class("button") : .empty, .plain(lang(action.label))))
                }))
    }

    /// What each role does first, first: the hotline files a caller's report, a social worker
    /// opens her incoming referrals, the analyst reads the figures.
    static func firstActions(_ role: Role) -> [(path: String, label: (id: String, en: String))] {
        let cases = (SiteRoute.cases().path, ("Lihat daftar kasus", "See the case list"))
        let register = (SiteRoute.newCase.path, ("Daftarkan kasus baru", "Register a new case"))
        let work = (SiteRoute.work.path, ("Buka pekerjaan saya: rujukan, layanan dan tugas", "Open my work: referrals, services and tasks"))
        let monitoring = (SiteRoute.monitoring().path, ("Pemantauan efektivitas", "Effectiveness monitoring"))
        let training = (SiteRoute.training.path, ("Pelatihan: studi kasus TPPO", "Training: trafficking case studies"))
        let practice = (SiteRoute.practiceGap.path, ("Praktik pengadilan dan undang-undang", "Court practice and the statute"))
        let first: [(String, (String, String))]
        switch role {
        case .hotlineOperator:
            first = [(SiteRoute.reportOnBehalf.path, ("Catat laporan dari penelepon", "File a report for a caller")),
                     (SiteRoute.reportQueue.path, ("Laporan masuk", "Incoming reports")), cases]
        case .investigator:
            first = [register, work, cases, monitoring, training]
        case .analyst:
            first = [monitoring, (SiteRoute.annualReport().path, ("Laporan tahunan", "Annual report"))]
        case .administrator:
            first = [(SiteRoute.admin.path, ("Administrasi", "Administration")), monitoring, cases,
                     (SiteRoute.trainingInstructor().path, ("Pelatihan: titik lemah kelompok", "Training: a cohort's weak points"))]
        case .prosecutor, .socialWorker, .migrantProtection, .lpskOfficer, .consularOfficer, .ngoCaseworker:
            first = [work, cases] + (role.mayRegisterCases ? [register] : []) + [monitoring, training]
        }
        // The court-practice page, for exactly the roles its controller lets in.
        return first + (PracticeGapController.mayRead(role) ? [practice] : [])
    }
}
