import Markup
import Store
import Training

/// `/pelatihan` and `/pelatihan/kemajuan`: the studies by course, each with the officer's standing,
/// and the certificates earned.
enum TrainingListView {
    static func page(_ book: TrainingBook, progress: [String: StudyProgress], certificates: [TrainingCertificate],
                     instructor: Bool, detailed: Bool, chrome: Layout.Chrome) -> HTML {
        let lang = chrome.lang
        let title = detailed ? lang("Kemajuan pelatihan saya", "My training progress") : lang("Pelatihan: studi kasus TPPO", "Training: trafficking case studies")
        return Layout.page(title, chrome, bodyClass: "training", [
            .p(.plain(lang("Baca kasusnya, pilih unsur, pasal, pemberatan dan hak korban; jawaban diperiksa oleh mesin hukum Simpul dan dijelaskan dengan dasar hukumnya. Satu studi lulus bila \(PassRule.minimumScore)% jawaban benar; sertifikat diberikan bila semua studi satu kursus lulus.",
                           "Read the case, choose the elements, articles, aggravations and victim's rights; Simpul's law engine checks the answers and explains them with their legal basis. A study is passed with \(PassRule.minimumScore)% right; a certificate is given once every study of a course is passed."))),
            .p(detailed ? .a(.href(SiteRoute.training.path), .plain(lang("Daftar studi kasus", "The case studies")))
                        : .a(.href(SiteRoute.trainingProgress.path), .plain(lang("Kemajuan saya", "My progress"))),
               .if(instructor, .group(.plain(" · "), .a(.href(SiteRoute.trainingInstructor().path), .plain(lang("Tampilan instruktur", "Instructor's view")))))),
            .forEach(Course.allCases) { course in
                let studies = book.catalogue.studies(in: course)
                let passed = studies.filter { progress[$0.id]?.passed == true }.count
                let certificate = certificates.first { $0.course == course }
                return .section(
                    .h2(.plain(TrainingWords.text(course.title, lang))),
                    .p(.plain(lang("\(passed) dari \(studies.count) studi lulus.", "\(passed) of \(studies.count) studies passed.")),
                       .unwrap(certificate) { c in
                           .group(.plain(" "), .a(.href(SiteRoute.trainingCertificate(c.course.rawValue).path), .plain(lang("Lihat sertifikat", "See the certificate"))))
                       }),
                    .ul(.class("studies"), .forEach(studies) { s in
                        .li(.a(.href(SiteRoute.trainingStudy(s.id).path), .plain(TrainingWords.text(s.title, lang))),
                            .plain(" — " + standing(progress[s.id], lang)))
                    }))
            },
        ])
    }

    private static func standing(_ p: StudyProgress?, _ lang: Lang) -> String {
        guard let p else { return lang("belum dicoba", "not tried yet") }
        let tries = lang("\(p.attempts) kali dicoba, nilai terbaik \(p.bestScore)%", "\(p.attempts) attempts, best \(p.bestScore)%")
        return (p.passed ? lang("lulus", "passed") : lang("belum lulus", "not passed")) + " (" + tries + ")"
    }
}
