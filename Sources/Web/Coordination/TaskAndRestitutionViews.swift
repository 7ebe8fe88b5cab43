import Cases
import Coordination
import Markup

/// The tasks and restitution sections of a case's coordination page.
enum TaskAndRestitutionViews {
    static func tasks(_ tasks: [CoordinationTask], involved: [Agency], names: [String: String], chrome: Layout.Chrome, caseID: String,
                      viewer: Viewer, today: CalendarDate) -> Node {
        let lang = chrome.lang
        return .group(
            .h2(.plain(lang("Tugas antarinstansi", "Tasks across agencies"))),
            tasks.isEmpty ? .p(.plain(lang("Belum ada tugas.", "No tasks yet."))) :
            .table(.thead(.tr(.th(.plain(lang("Tugas", "Task"))), .th(.plain(lang("Untuk", "For"))), .th(.plain(lang("Tenggat", "Due"))),
                              .th(.plain(lang("Keadaan", "Status"))), .th(.plain(lang("Tindakan", "Action"))))),
                   .tbody(.forEach(tasks) { t in
                       .tr(.td(.plain(t.title)),
                           .td(.plain((names[t.assignee.agencyID] ?? t.assignee.agencyID) + (t.assignee.role.map { " · " + lang($0.label) } ?? ""))),
                           .td(CoordinationParts.lateness(daysLate: t.daysOverdue(today: today), dueOn: t.dueOn, lang: lang)),
                           .td(.plain(lang(t.status.label) + (t.escalatedOn.map { lang(" · dieskalasi ", " · escalated ") + $0.description } ?? ""))),
                           .td(taskActions(t, chrome: chrome, viewer: viewer, today: today)))
                   })),
            .if(viewer.role.mayRegisterCases, .details(.summary(.plain(lang("Beri tugas", "Assign a task"))),
                .form(.method(.post), .action(SiteRoute.newTask(caseID).path),
                      Layout.csrfField(chrome.csrf),
                      FormViews.textField("title", label: lang("Tugas", "Task"), value: nil, errors: [], lang: lang, markOptional: false, idSuffix: "tugas"),
                      FormViews.select("assignee", label: lang("Instansi yang ditugasi (terlibat dalam kasus)", "Assigned agency (involved in the case)"),
                                       options: involved.map { ($0.id, $0.name) }, selected: nil, errors: [], lang: lang, markOptional: false,
                                       idSuffix: "tugas"),
                      FormViews.select("role", label: lang("Peran (opsional)", "Role (optional)"),
                                       options: Role.allCases.filter(\.mayReadCases).map { ($0.rawValue, lang($0.label)) }, selected: nil,
                                       errors: [], lang: lang, markOptional: false, idSuffix: "tugas"),
                      CoordinationParts.dateField("dueOn", label: lang("Tenggat", "Due"), value: today.addingDays(7), lang: lang, form: "tugas"),
                      FormViews.textField("escalateAfterDays", label: lang("Eskalasi ke instansi Anda setelah terlambat (hari)",
                                                                           "Escalate to your agency when this many days late"),
                                          value: "2", errors: [], lang: lang, type: .number, markOptional: false, idSuffix: "tugas"),
                      .button(.type(.submit), .plain(lang("Beri tugas", "Assign")))))))
    }

    static func taskActions(_ t: CoordinationTask, chrome: Layout.Chrome, viewer: Viewer, today: CalendarDate) -> Node {
        let lang = chrome.lang
        let mine = t.allowedActions.filter { a in
            switch a {
            case .complete: return [t.createdByAgencyID, t.assignee.agencyID].contains(viewer.agencyID)
            case .cancel: return t.createdByAgencyID == viewer.agencyID
            default: return false
            }
        }
        guard !mine.isEmpty else { return .empty }
        return .form(.method(.post), .action(SiteRoute.taskAction(t.id).path), .class("record-action"),
                     Layout.csrfField(chrome.csrf), .input(.type(.hidden), .name("version"), .value(String(t.version))),
                     .if(mine.contains(.cancel), FormViews.textField("reason", label: lang("Alasan (untuk membatalkan)", "Reason (to cancel)"),
                                                                    value: nil, errors: [], lang: lang, markOptional: false, idSuffix: t.id)),
                     .div(.class("actions"), .forEach(mine) { a in
                         .button(.type(.submit), .name("action"), .value(a.rawValue), .class(a == .complete ? "" : "secondary"), .plain(lang(a.label)))
                     }))
    }

    static func rupiah(_ n: Int64) -> String {
        let digits = String(n)
        var out = ""
        for (i, ch) in digits.reversed().enumerated() {
            if i > 0, i % 3 == 0 { out.append(".") }
            out.append(ch)
        }
        return "Rp" + String(out.reversed())
    }

    static func restitution(_ list: [Restitution], victims: [(String, String)], chrome: Layout.Chrome, caseID: String, viewer: Viewer,
                            today: CalendarDate) -> Node {
        let lang = chrome.lang
        let names = Dictionary(victims, uniquingKeysWith: { a, _ in a })
        return .group(
            .h2(.plain(lang("Restitusi (UU 21/2007 Pasal 48–50)", "Restitution (UU 21/2007 Pasal 48–50)"))),
            list.isEmpty ? .p(.plain(lang("Belum ada permohonan restitusi.", "No restitution claim yet."))) :
            .table(.thead(.tr(.th(.plain(lang("Korban", "Victim"))), .th(.plain(lang("Diajukan", "Claimed"))), .th(.plain(lang("Diputus", "Ordered"))),
                              .th(.plain(lang("Dibayar", "Paid"))), .th(.plain(lang("Tenggat bayar", "Payment due"))), .th(.plain(lang("Tindakan", "Action"))))),
                   .tbody(.forEach(list) { r in
                       .tr(.td(.plain(names[r.victimID] ?? "—")),
                           .td(.plain(rupiah(r.totalClaimed)), .ul(.forEach(r.claims) { c in .li(.plain("\(c.head.letter). \(lang(c.head.label)): \(rupiah(c.amount))")) })),
                           .td(.plain(r.orderedAmount.map(rupiah) ?? "—")),
                           .td(.plain(rupiah(r.totalPaid) + " · " + lang(r.status.label))),
                           .td(CoordinationParts.deadline(r.deadline, lang: lang), .plain(" "),
                               CoordinationParts.lateness(daysLate: r.daysLate(today: today), dueOn: nil, lang: lang)),
                           .td(restitutionActions(r, chrome: chrome, viewer: viewer, today: today)))
                   })),
            .if(viewer.role.mayRegisterCases && !victims.isEmpty, .details(.summary(.plain(lang("Ajukan restitusi", "Claim restitution"))),
                .form(.method(.post), .action(SiteRoute.newRestitution(caseID).path),
                      Layout.csrfField(chrome.csrf),
                      FormViews.select("victim", label: lang("Korban", "Victim"), options: victims, selected: victims.first?.0, errors: [],
                                       lang: lang, markOptional: false, idSuffix: "restitusi"),
                      .group(RestitutionHead.allCases.map { h in
                          FormViews.textField("head.\(h.rawValue)", label: "\(h.letter). \(lang(h.label)) (Rp)", value: nil, errors: [], lang: lang,
                                              type: .number, idSuffix: "restitusi")
                      }),
                      .button(.type(.submit), .plain(lang("Ajukan", "Claim")))))))
    }

    static func restitutionActions(_ r: Restitution, chrome: Layout.Chrome, viewer: Viewer, today: CalendarDate) -> Node {
        let lang = chrome.lang
        guard r.responsibleAgencyID == viewer.agencyID else { return .empty }
        let actions = r.allowedActions.filter { $0 != .amendClaim }
        guard !actions.isEmpty else { return .empty }
        return .form(.method(.post), .action(SiteRoute.restitutionAction(r.id).path), .class("record-action"),
                     Layout.csrfField(chrome.csrf), .input(.type(.hidden), .name("version"), .value(String(r.version))),
                     FormViews.textField("amount", label: lang("Jumlah (Rp) untuk putusan atau pembayaran", "Amount (Rp) ordered or paid"),
                                         value: nil, errors: [], lang: lang, type: .number, markOptional: false, idSuffix: r.id),
                     FormViews.textField("reason", label: lang("Alasan bila melebihi putusan", "Reason if above the order"), value: nil,
                                         errors: [], lang: lang, markOptional: false, idSuffix: "reason-\(r.id)"),
                     CoordinationParts.dateField("on", label: lang("Tanggal", "Date"), value: today, lang: lang, form: r.id),
                     .div(.class("actions"), .forEach(actions) { a in
                         .button(.type(.submit), .name("action"), .value(a.rawValue), .class("secondary"), .plain(lang(a.label)))
                     }))
    }
}
