import Cases
import Coordination
import Plot

/// Pieces shared by the coordination pages: lateness, deadlines with their legal source, the
/// timeline, and the small forms that move a record on.
enum CoordinationParts {
    static func lateness(daysLate: Int, dueOn: CalendarDate?, lang: Lang) -> Node<HTML.BodyContext> {
        if daysLate > 0 {
            return .strong(.class("late"), .text(lang("Terlambat \(daysLate) hari", "\(daysLate) day(s) late")))
        }
        return .text(dueOn.map { lang("tenggat ", "due ") + $0.description } ?? "—")
    }

    static func deadline(_ d: LegalDeadline?, lang: Lang) -> Node<HTML.BodyContext> {
        guard let d else { return .text(lang("tanpa tenggat undang-undang", "no statutory deadline")) }
        return .group(.text("\(d.dueOn) (\(d.days) \(lang("hari", "days")), "),
                      .span(.class("cite"), .text(d.citation.article)),
                      .if(d.citation.confidence != .high,
                          .span(.class("warning"), .text(" — " + lang("sumber: keyakinan ", "source confidence: ") + lang(d.citation.confidence.label)))),
                      .text(")"))
    }

    static func timeline(_ events: [TimelineEvent], agencies: [String: String], lang: Lang) -> Node<HTML.BodyContext> {
        .group(.h2(.text(lang("Linimasa", "Timeline"))),
               events.isEmpty ? .p(.text(lang("Belum ada kejadian yang boleh Anda lihat.", "Nothing you may see yet."))) :
               .ol(.class("timeline"), .forEach(events) { e in
                   .li(.text("\(e.on) · \(lang(e.category.label)) · \(agencies[e.byAgencyID] ?? e.byAgencyID): \(e.action)"
                             + (e.from != e.to ? " (\(e.from) → \(e.to))" : "") + (e.note.map { " — \($0)" } ?? "")))
               }))
    }

    /// `form` names the form, so two forms on one page never share an element id.
    static func dateField<C: HTML.BodyContext>(_ name: String, label: String, value: CalendarDate, lang: Lang, form: String) -> Node<C> {
        FormViews.textField(name, label: label, value: value.description, errors: [], lang: lang, type: .date, markOptional: false,
                            idSuffix: form)
    }

    /// The forms for each action the viewer's agency may take on a service now.
    static func serviceActions(_ item: ProtectionItem, viewer: Viewer, csrf: String, back: String, today: CalendarDate, lang: Lang) -> Node<HTML.BodyContext> {
        guard item.responsibleAgencyID == viewer.agencyID, !item.allowedActions.isEmpty else { return .empty }
        return .form(.method(.post), .action(SiteRoute.serviceAction(item.id).path), .class("record-action"),
                     Layout.csrfField(csrf),
                     .input(.type(.hidden), .name("version"), .value(String(item.version))),
                     .input(.type(.hidden), .name("back"), .value(back)),
                     dateField("on", label: lang("Tanggal", "Date"), value: today, lang: lang, form: item.id),
                     FormViews.textField("reason", label: lang("Alasan (jika tidak diberikan)", "Reason (if not delivered)"), value: nil,
                                         errors: [], lang: lang, markOptional: false, idSuffix: item.id),
                     .div(.class("actions"), .forEach(item.allowedActions) { a in
                         .button(.type(.submit), .name("action"), .value(a.rawValue), .class(a == .deliver ? "" : "secondary"), .text(lang(a.label)))
                     }))
    }
}
