import Cases
import Coordination
import Markup

/// Pieces shared by the coordination pages: lateness, deadlines with their legal source, the
/// timeline, and the small forms that move a record on.
enum CoordinationParts {
    static func lateness(daysLate: Int, dueOn: CalendarDate?, lang: Lang, doneInTime: Bool = false) -> Node {
        if daysLate > 0 {
            return .strong(.class("late"), .plain(lang("Terlambat \(daysLate) hari", "\(daysLate) day(s) late")))
        }
        if doneInTime { return .plain(lang("tepat waktu", "on time")) }
        return .plain(dueOn.map { lang("tenggat ", "due ") + $0.description } ?? "")
    }

    static func deadline(_ d: LegalDeadline?, lang: Lang) -> Node {
        guard let d else { return .plain(lang("tanpa tenggat undang-undang", "no statutory deadline")) }
        return .group(.plain("\(d.dueOn) (\(d.days) \(lang("hari", "days")), "),
                      .span(.class("cite"), .plain(d.citation.article)),
                      .if(d.citation.confidence != .high,
                          .span(.class("warning"), .plain(" — " + lang("sumber: keyakinan ", "source confidence: ") + lang(d.citation.confidence.label)))),
                      .plain(")"))
    }

    static func timeline(_ events: [TimelineEvent], agencies: [String: String], lang: Lang) -> Node {
        .group(.h2(.plain(lang("Linimasa", "Timeline"))),
               events.isEmpty ? .p(.plain(lang("Belum ada kejadian yang boleh Anda lihat.", "Nothing you may see yet."))) :
               .ol(.class("timeline"), .forEach(events) { e in
                   .li(.plain("\(e.on) · \(lang(e.category.label)) · \(agencies[e.byAgencyID] ?? e.byAgencyID): \(lang(actionLabel(e)))"
                             + (e.from != e.to && !e.from.isEmpty ? " (\(lang(stateLabel(e.from))) → \(lang(stateLabel(e.to))))" : "")
                             + (e.note.map { " — \($0)" } ?? "")))
               }))
    }

    /// `form` names the form, so two forms on one page never share an element id.
    /// The words for an event's action, from the domain's own vocabularies.
    static func actionLabel(_ e: TimelineEvent) -> (id: String, en: String) {
        switch e.action {
        case "case.register": return ("Kasus didaftarkan", "Case registered")
        case "person.add": return ("Orang ditambahkan ke kasus", "Person added to the case")
        case "case.screening": return ("Penapisan hukum disimpan", "Legal screening kept")
        case "report.case_opened": return ("Dibuka dari laporan masyarakat", "Opened from a public report")
        default: break
        }
        if let a = ReferralEvent.Action(rawValue: e.action), e.category == .referral { return a.label }
        if let a = ProtectionEvent.Action(rawValue: e.action), e.category == .protection { return a.label }
        if let a = TaskEvent.Action(rawValue: e.action), e.category == .task { return a.label }
        if let a = RestitutionEvent.Action(rawValue: e.action), e.category == .restitution { return a.label }
        if let s = JusticeStage(rawValue: e.action) { return s.label }
        return (e.action, e.action)
    }

    static func stateLabel(_ code: String) -> (id: String, en: String) {
        ReferralStatus(rawValue: code)?.label ?? ProtectionStatus(rawValue: code)?.label ?? TaskStatus(rawValue: code)?.label
            ?? RestitutionStatus(rawValue: code)?.label ?? JusticeStage(rawValue: code)?.label ?? (code, code)
    }

    static func dateField(_ name: String, label: String, value: CalendarDate, lang: Lang, form: String) -> Node {
        FormViews.textField(name, label: label, value: value.description, errors: [], lang: lang, type: .date, markOptional: false,
                            idSuffix: form)
    }

    /// The forms for each action the viewer's agency may take on a service now.
    static func serviceActions(_ item: ProtectionItem, viewer: Viewer, csrf: String, back: String, today: CalendarDate, lang: Lang) -> Node {
        guard item.responsibleAgencyID == viewer.agencyID, !item.allowedActions.isEmpty else { return .empty }
        return .form(.method(.post), .action(SiteRoute.serviceAction(item.id).path), .class("record-action"),
                     Layout.csrfField(csrf),
                     .input(.type(.hidden), .name("version"), .value(String(item.version))),
                     .input(.type(.hidden), .name("back"), .value(back)),
                     dateField("on", label: lang("Tanggal", "Date"), value: today, lang: lang, form: item.id),
                     FormViews.textField("reason", label: lang("Alasan (jika tidak diberikan)", "Reason (if not delivered)"), value: nil,
                                         errors: [], lang: lang, markOptional: false, idSuffix: item.id),
                     .div(.class("actions"), .forEach(item.allowedActions) { a in
                         .button(.type(.submit), .name("action"), .value(a.rawValue), .class(a == .deliver ? "" : "secondary"), .plain(lang(a.label)))
                     }))
    }
}
