import Markup
import OfferCheck

/// The task force's published warnings, on the checker's result (those the offer matches) and
/// on the public list: each with what it names, its legal basis, when it was published and who
/// approved it.
enum WarningMatchView {
    static func matches(_ matches: [WarningMatch], lang: Lang) -> Node {
        guard !matches.isEmpty else { return .empty }
        return .section(.class("alerts"), .id("warnings"),
            .h2(.plain(lang("Peringatan resmi Gugus Tugas tentang perekrut ini", "The task force's published warning about this recruiter"))),
            .forEach(matches) { m in
                .group(warning(m.warning, lang: lang),
                       .p(.class("hint"), .plain(lang("Cocok dengan jawaban Anda pada: ", "Matches your answers on: ")
                                                 + m.matchedOn.map { field($0, lang) }.joined(separator: ", ") + ".")))
            },
            .p(.a(.href(OfferStepViews.localised(SiteRoute.publicWarnings.path, lang)),
                  .plain(lang("Semua peringatan resmi", "All published warnings")))))
    }

    static func warning(_ w: PublishedWarning, lang: Lang) -> Node {
        .article(.class("published-warning"),
                 .dl(.class("facts"),
                     row(lang("Nama", "Name"), w.name), row("SIP3MI", w.licenceNumber),
                     row(lang("Telepon/WhatsApp", "Phone/WhatsApp"), w.phone), row(lang("Rekening", "Account"), w.account),
                     row(lang("Dasar hukum", "Legal basis"), w.legalBasis),
                     row(lang("Diumumkan", "Published"), DayWords.day(w.publishedOn, lang)),
                     row(lang("Disetujui oleh", "Approved by"), w.approvedBy)))
    }

    private static func row(_ label: String, _ value: String?) -> Node {
        .unwrap(value) { v in .group(.dt(.plain(label)), .dd(.plain(v))) }
    }

    private static func field(_ f: WarningMatch.Field, _ lang: Lang) -> String {
        switch f {
        case .name: lang("nama", "name")
        case .licenceNumber: lang("nomor SIP3MI", "SIP3MI number")
        case .phone: lang("nomor telepon", "phone number")
        }
    }
}
