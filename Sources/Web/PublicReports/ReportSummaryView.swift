import Cases
import Markup
import Reporting

/// The answers of a report as a list of facts: on the "check and send" page, for the reporter
/// coming back, and for the officer reading it.
enum ReportSummaryView {
    static func answers(_ a: ReportAnswers, lang: Lang, showCallback: Bool = true) -> Node {
        let dash = "—"
        var rows: [(String, String)] = [
            (lang("Ada yang dalam bahaya sekarang", "Someone in danger now"), a.danger.map { lang($0.label) } ?? dash),
            (lang("Yang terjadi", "What happened"), a.situations.isEmpty ? dash : a.situations.map { lang($0.label) }.joined(separator: "; ")),
            (lang("Hubungan pelapor", "Reporter is"), a.relation.map { lang($0.label) } ?? dash),
            (lang("Korban anak", "Victim a child"), a.victimIsChild.map { lang($0.label) } ?? dash),
            (lang("Jumlah korban", "Number of victims"), a.victimCount.map { lang($0.label) } ?? dash),
            (lang("Lokasi", "Where"), place(a, lang: lang)),
            (lang("Cara menghubungi", "Contact"), a.contact.map { lang($0.label) } ?? dash),
        ]
        if showCallback, a.contact == .callback {
            rows.append((lang("Telepon", "Phone"), a.callbackPhone ?? dash))
            rows.append((lang("Waktu aman", "Safe times"), a.callbackWindows.map { lang($0.label) }.joined(separator: "; ")))
            rows.append((lang("Kata sandi", "Code word"), a.codeWord ?? dash))
        }
        return .group(
            .dl(.class("facts"), .forEach(rows) { r in .group(.dt(.plain(r.0)), .dd(.plain(r.1))) }),
            .if(!a.narrative.isEmpty, .group(.h2(.plain(lang("Cerita pelapor", "The reporter's account"))),
                                            .blockquote(.class("narrative"), .plain(a.narrative))))
        )
    }

    static func place(_ a: ReportAnswers, lang: Lang) -> String {
        var parts: [String] = []
        if let w = a.whereabouts { parts.append(lang(w.label)) }
        if let r = a.regency { parts.append(r) }
        if let p = a.provinceCode.flatMap(Province.named(code:)) { parts.append(p.name) }
        if let c = a.country { parts.append(c) }
        return parts.isEmpty ? "—" : parts.joined(separator: ", ")
    }
}
