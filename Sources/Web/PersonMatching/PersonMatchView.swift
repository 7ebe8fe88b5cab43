import Cases
import Foundation
import Markup
import Store

/// The matching page: who this person may also be in other agencies' records, why, and the
/// decisions taken. A candidate the viewer may not see is shown by pseudonym with the agencies
/// to contact, never by name.
enum PersonMatchView {
    static func render(_ chrome: Layout.Chrome, matches m: PersonMatches, justAdded: Bool, errors: [FieldError],
                       failedCandidate: String? = nil) -> HTML {
        let lang = chrome.lang
        let open = m.candidates.filter { $0.link == nil || $0.link?.status == .undone }
        let decided = m.candidates.filter { $0.link != nil && $0.link?.status != .undone } + m.decided
        // Errors belong to the card whose form was sent; the summary links there.
        let failedIndex = (open + decided).firstIndex { $0.person.id == failedCandidate }
        let cardErrors = { (i: Int) in i == failedIndex ? errors : [] }
        return Layout.page(lang("Kecocokan lintas instansi: ", "Matches across agencies: ") + m.person.pseudonym(lang.language), chrome,
            FormViews.errorSummary(errors, lang: lang, target: { _ in failedIndex.map { "cand-\($0)" } ?? "candidates" }),
            .if(justAdded, .p(.class("notice"), .attribute(named: "role", value: "status"),
                .plain(lang("Orang telah disimpan. Simpul memeriksa catatan semua instansi untuk orang yang mungkin sama.",
                           "The person was saved. Simpul checked every agency's records for persons who may be the same.")))),
            .dl(.class("facts"),
                .dt(.plain(lang("Nama", "Name"))), .dd(.plain(m.identity.fullName)),
                .dt(.plain("NIK")), .dd(.plain(m.identity.nik ?? "—")),
                .dt(.plain(lang("Tempat, tanggal lahir", "Place and date of birth"))), .dd(.plain(m.identity.placeAndDateOfBirth ?? "—")),
                .dt(.plain(lang("Telepon", "Phone"))), .dd(.plain(m.identity.phone ?? "—"))),
            .p(.a(.href(SiteRoute.caseDetail(m.person.caseID).path), .plain(lang("Kembali ke kasus", "Back to the case")))),
            .h2(.id("candidates"), .plain(lang("Kemungkinan orang yang sama", "Possibly the same person"))),
            .p(.class("hint"), .plain(lang(
                "Dibandingkan dengan \(m.compared) catatan yang memiliki kesamaan kunci (NIK, telepon, nama dengan tanggal atau tahun lahir). "
                    + (m.trainedModel ? "Bobot diperkirakan dari data seluruh instansi." : "Bobot awal dipakai sampai data cukup untuk diperkirakan."),
                "Compared with \(m.compared) records sharing a key (NIK, phone, name with birth date or year). "
                    + (m.trainedModel ? "Weights are estimated from all agencies' records." : "Starting weights are used until there is enough data to estimate them.")))),
            open.isEmpty ? .p(.id("no-candidates"), .plain(lang("Tidak ada kemungkinan kecocokan.", "No likely matches."))) :
                .ol(.class("candidates"), .forEach(Array(open.enumerated())) { i, c in .li(card(chrome, m, c, index: i, errors: cardErrors(i))) }),
            .if(!decided.isEmpty, .group(
                .h2(.id("decisions"), .plain(lang("Keputusan", "Decisions"))),
                .ol(.class("candidates"), .forEach(Array(decided.enumerated())) { i, c in
                    .li(card(chrome, m, c, index: open.count + i, errors: cardErrors(open.count + i)))
                })))
        )
    }

    static func card(_ chrome: Layout.Chrome, _ m: PersonMatches, _ c: PersonMatch, index: Int, errors: [FieldError]) -> Node {
        let lang = chrome.lang
        let status = c.link?.status
        let actions: [PersonLinkAction] = switch status {
        case nil, .undone?: [.confirm, .reject]
        case .confirmed?: [.undo]
        case .rejected?: [.undo, .confirm]
        }
        let agencies = c.agencies.map(\.name).joined(separator: ", ")
        return .article(.class("candidate"), .attribute(named: "aria-labelledby", value: "cand-\(index)"),
            .h3(.id("cand-\(index)"), .plain(c.identity?.fullName ?? c.person.pseudonym(lang.language))),
            .p(.strong(.plain(lang(MatchEvidenceText.band(c.band)))),
               .unwrap(c.probability) { .plain(" · " + lang("kemungkinan ", "probability ") + "\(Int(($0 * 100).rounded()))%") },
               .unwrap(status) { .plain(" · " + lang($0.label)) }),
            .unwrap(c.identity) { id in
                .dl(.class("facts"),
                    .dt(.plain(lang("Samaran", "Pseudonym"))), .dd(.plain(c.person.pseudonym(lang.language))),
                    .dt(.plain("NIK")), .dd(.plain(id.nik ?? "—")),
                    .dt(.plain(lang("Tempat, tanggal lahir", "Place and date of birth"))), .dd(.plain(id.placeAndDateOfBirth ?? "—")),
                    .dt(.plain(lang("Telepon", "Phone"))), .dd(.plain(id.phone ?? "—")),
                    .dt(.plain(lang("Kasus", "Case"))), .dd(c.caseNumber.map { .a(.href(SiteRoute.caseDetail($0).path), .plain($0)) } ?? .plain("—")),
                    .dt(.plain(lang("Instansi", "Agencies"))), .dd(.plain(agencies)))
            },
            .if(c.identity == nil, .p(.class("protected"), .plain(lang(
                "Identitas orang ini tidak dapat Anda lihat. Hubungi instansi yang menanganinya: \(agencies).",
                "You may not see this person's identity. Contact the agencies holding the case: \(agencies).")))),
            .unwrap(c.explanation) { e in
                .details(.summary(.plain(lang("Mengapa cocok", "Why it matches"))),
                    .ul(.forEach(e.evidence) { ev in
                        .li(.plain("\(lang(MatchEvidenceText.field(ev.field))): \(lang(MatchEvidenceText.level(ev.field, ev.level))) "
                                  + "(\(lang(MatchEvidenceText.strength(ev.weight))))"))
                    }))
            },
            .unwrap(c.link) { link in
                .details(.summary(.plain(lang("Riwayat keputusan", "Decision history"))),
                    .ol(.forEach(link.history) { step in
                        .li(.plain("\(chrome.time(step.at)) · \(lang(step.action.label))"
                                  + (step.note.map { " — \($0)" } ?? "")))
                    }))
            },
            .form(.method(.post), .action(SiteRoute.personMatches(m.person.id).path), .class("record-action"),
                Layout.csrfField(chrome.csrf),
                .input(.type(.hidden), .name("candidate"), .value(c.person.id)),
                .input(.type(.hidden), .name("version"), .value(String(c.link?.version ?? 0))),
                FormViews.textField("note", label: lang("Catatan (alasan keputusan)", "Note (why)"), value: nil, errors: errors, lang: lang,
                                    idSuffix: "c\(index)"),
                .div(.class("actions"), .forEach(actions) { a in
                    .button(.type(.submit), .name("action"), .value(a.rawValue), .plain(lang(a.label)))
                })))
    }
}
