import Cases
import Markup
import Networks
import Store

/// Names in other cases that may be the same person or company: a suggestion only, which an
/// investigator confirms, rejects or marks unsure, with the history and undo. A name in a case
/// the viewer may not see is not shown, only the agencies to contact.
enum NameSuggestionView {
    static func section(_ chrome: Layout.Chrome, _ m: EntityPageView.Model, errors: [FieldError]) -> Node {
        let lang = chrome.lang
        return .section(.attribute(named: "aria-labelledby", value: "names"),
            .h2(.id("names"), .plain(lang("Nama yang mungkin sama di kasus lain", "Names that may be the same in other cases"))),
            .p(.class("hint"), .plain(lang("Nama hanya saran: tidak ada yang digabung sebelum Anda memutuskan.",
                                           "Names only suggest: nothing is joined until you decide."))),
            FormViews.errorSummary(errors, lang: lang, target: { _ in "names" }),
            .if(m.contradicted > 0, .p(.class("warning"), .attribute(named: "role", value: "alert"), .plain(lang(
                "Konfirmasi ini bertentangan dengan \(m.contradicted) keputusan sebelumnya bahwa nama-nama itu berbeda. Periksa kembali, atau batalkan.",
                "This confirmation contradicts \(m.contradicted) earlier decisions that the names are different. Check again, or undo it.")))),
            .ol(.class("candidates"), .forEach(Array(m.entities.suggestions.enumerated())) { i, s in .li(card(chrome, m, s, index: i)) }))
    }

    static func card(_ chrome: Layout.Chrome, _ m: EntityPageView.Model, _ s: NameSuggestion, index: Int) -> Node {
        let lang = chrome.lang
        let mine = m.entities.mentions.first { $0.id == s.mentionID }
        let agencies = s.agencies.map(\.name).joined(separator: ", ")
        let actions: [NameMatchAction] = switch s.decision?.status {
        case nil, .undone?: [.confirm, .reject, .unsure]
        case .unsure?: [.confirm, .reject, .undo]
        case .confirmed?, .rejected?: [.undo]
        }
        return .article(.class("candidate"), .attribute(named: "aria-labelledby", value: "name-\(index)"),
            .h3(.id("name-\(index)"), .plain((mine.map { EntityPageView.label($0, m, lang: lang) } ?? "—") + " ↔ "
                                            + (s.otherName ?? lang("nama di kasus lain", "a name in another case")))),
            .p(.plain(lang(s.allWords ? "Semua kata nama sama (ejaan disamakan)." : "Sebagian besar kata nama sama.",
                           s.allWords ? "Every word of the name agrees (spelling folded)." : "Most words of the name agree.")),
               .unwrap(s.decision) { .strong(.plain(" " + lang($0.status.label))) }),
            s.otherCaseNumber.map { n in .p(.plain(lang("Kasus: ", "Case: ")), .a(.href(SiteRoute.caseDetail(s.otherCaseID ?? "").path), .plain(n)),
                                            .plain(" · " + agencies)) }
                ?? .p(.class("protected"), .plain(lang("Kasus lain yang tidak dapat Anda buka. Hubungi: \(agencies).",
                                                      "Another case you may not open. Contact: \(agencies)."))),
            .unwrap(s.decision) { d in
                .details(.summary(.plain(lang("Riwayat keputusan", "Decision history"))),
                    .ol(.forEach(d.history) { step in
                        .li(.plain("\(chrome.time(step.at)) · \(lang(step.action.label))" + (step.note.map { " — \($0)" } ?? "")))
                    }))
            },
            .form(.method(.post), .action(SiteRoute.entityDecision(m.record.id).path), .class("record-action"),
                Layout.csrfField(chrome.csrf),
                .input(.type(.hidden), .name("mention"), .value(s.mentionID)),
                .input(.type(.hidden), .name("other"), .value(s.otherID)),
                .input(.type(.hidden), .name("version"), .value(String(s.decision?.version ?? 0))),
                FormViews.textField("note", label: lang("Catatan (alasan)", "Note (why)"), value: nil, errors: [], lang: lang, idSuffix: "n\(index)"),
                .div(.class("actions"), .forEach(actions) { a in .button(.type(.submit), .name("action"), .value(a.rawValue), .plain(lang(a.label))) })))
    }
}
