import Cases
import Coordination
import Markup
import Store

/// `/rujukan/{id}`: one referral as a party sees it, its actions, and what its grants open.
enum ReferralPage {
    static func render(_ chrome: Layout.Chrome, view v: CoordinationService.ReferralView, viewer: Viewer, today: CalendarDate,
                       errors: [FieldError], form: String? = nil) -> HTML {
        let lang = chrome.lang
        let r = v.referral
        let mine = r.allowedActions.filter { ($0 == .withdraw ? r.fromAgencyID : r.toAgencyID) == viewer.agencyID }
        let victim = v.victim.map { [($0.id, $0.pseudonym(lang.language))] } ?? []
        let mayRecordService = r.victimID != nil && ((viewer.agencyID == r.toAgencyID && r.grantsAreActive) || v.involvedInCase)
        return Layout.page(lang("Rujukan: ", "Referral: ") + lang(r.service.label), chrome,
            FormViews.errorSummary(errors, lang: lang, target: FormViews.suffixedTarget(form)),
            .dl(.class("facts"),
                .dt(.plain(lang("Dari", "From"))), .dd(.plain(v.agencies[r.fromAgencyID] ?? r.fromAgencyID)),
                .dt(.plain(lang("Kepada", "To"))), .dd(.plain(v.agencies[r.toAgencyID] ?? r.toAgencyID)),
                .dt(.plain(lang("Keadaan", "Status"))), .dd(.id("referral-status"), .plain(lang(r.status.label))),
                .dt(.plain(lang("Korban", "Victim"))), .dd(.plain(v.victim?.pseudonym(lang.language) ?? "—")),
                .dt(.plain(lang("Diminta", "Requested"))), .dd(.plain(r.requestedOn.description)),
                .dt(.plain(lang("Tenggat", "Due"))), .dd(r.isOverdue(today: today)
                    ? .strong(.class("late"), .plain(lang("Lewat tenggat ", "Overdue since ") + r.dueOn.description)) : .plain(r.dueOn.description)),
                .dt(.plain(lang("Dasar", "Basis"))), .dd(.plain(lang(r.consent.kind.label) + (r.consent.explanation.map { " — \($0)" } ?? ""))),
                .dt(.plain(lang("Boleh dilihat penerima", "The receiver may see"))),
                .dd(.plain(r.grants.map { lang($0.label) }.sorted().joined(separator: "; "))),
                .unwrap(r.reason) { reason in .group(.dt(.plain(lang("Alasan", "Reason"))), .dd(.plain(reason))) },
                .unwrap(r.outcome) { o in .group(.dt(.plain(lang("Hasil", "Outcome"))), .dd(.plain(lang(o.label) + (r.outcomeNote.map { " — \($0)" } ?? "")))) }),
            .unwrap(v.victimIdentity) { id in
                .group(.h2(.plain(v.involvedInCase ? lang("Identitas korban (pembacaan dicatat)", "Victim's identity (the reading is logged)")
                                                   : lang("Identitas korban (dibuka oleh rujukan ini; pembacaan dicatat)", "Victim's identity (opened by this referral; the reading is logged)"))),
                       .dl(.class("facts"),
                           .dt(.plain(lang("Nama", "Name"))), .dd(.plain(id.fullName)),
                           .unwrap(id.nik) { .group(.dt(.plain("NIK")), .dd(.plain($0))) },
                           .unwrap(id.placeAndDateOfBirth) { .group(.dt(.plain(lang("Tempat, tanggal lahir", "Place and date of birth"))), .dd(.plain($0))) },
                           .unwrap(id.address) { .group(.dt(.plain(lang("Alamat", "Address"))), .dd(.plain($0))) },
                           .unwrap(id.phone) { .group(.dt(.plain(lang("Telepon", "Phone"))), .dd(.plain($0))) }))
            },
            .if(v.involvedInCase, .p(.a(.href(SiteRoute.coordination(r.caseID).path), .plain(lang("Koordinasi kasus ini", "This case's coordination"))))),
            .unwrap(v.caseSummary) { c in
                .group(.h2(.plain(lang("Ringkasan kasus", "Case summary"))),
                       .p(.plain("\(c.number) · \(Province.named(code: c.provinceCode)?.name ?? c.provinceCode) · "
                                + c.exploitationTypes.map { lang($0.label) }.joined(separator: ", "))),
                       .p(.plain(c.summary)))
            },
            .if(!mine.isEmpty, .form(.method(.post), .action(SiteRoute.referralAction(r.id).path), .class("record-action"),
                Layout.csrfField(chrome.csrf),
                .input(.type(.hidden), .name("version"), .value(String(r.version))),
                CoordinationParts.dateField("on", label: lang("Tanggal", "Date"), value: today, lang: lang, form: "rujukan"),
                .if(mine.contains(.decline) || mine.contains(.withdraw),
                    FormViews.textField("reason", label: lang("Alasan (untuk menolak atau menarik)", "Reason (to decline or withdraw)"),
                                        value: nil, errors: errors, lang: lang, markOptional: false, idSuffix: "rujukan")),
                .if(mine.contains(.complete), .group(
                    FormViews.select("outcome", label: lang("Hasil (untuk selesai)", "Outcome (to complete)"),
                                     options: ReferralOutcome.allCases.map { ($0.rawValue, lang($0.label)) }, selected: "delivered",
                                     errors: errors, lang: lang, markOptional: false, idSuffix: "rujukan"),
                    FormViews.textField("note", label: lang("Catatan hasil", "Note on the outcome"), value: nil, errors: errors, lang: lang,
                                        idSuffix: "rujukan"))),
                .div(.class("actions"), .forEach(mine) { a in
                    .button(.type(.submit), .name("action"), .value(a.rawValue),
                            .class(a == .accept || a == .complete || a == .start ? "" : "secondary"), .plain(lang(a.label)))
                }))),
            .h2(.plain(lang("Layanan untuk korban ini", "Services for this victim"))),
            CaseCoordinationView.servicesTable(v.services, names: v.agencies, victims: Dictionary(victim, uniquingKeysWith: { a, _ in a }),
                                               viewer: viewer, csrf: chrome.csrf, back: SiteRoute.referral(r.id).path, today: today, lang: lang),
            .if(mayRecordService, CaseCoordinationView.serviceForm(chrome, caseID: r.caseID, victims: victim, agencies: [],
                                                                   referralID: r.id, responsibleFixed: viewer.agencyID, today: today)),
            CoordinationParts.timeline(v.timeline, agencies: v.agencies, lang: lang)
        )
    }
}

/// `/kerja`: what the user's agency must do, overdue first, then due soon; and the notices.
enum WorkPage {
    static func render(_ chrome: Layout.Chrome, queue: WorkQueue, open: Int, overdue: Int, context: CoordinationService.WorkContext,
                       notices: [StoredNotice], today: CalendarDate, wholeAgency: Bool) -> HTML {
        let lang = chrome.lang
        func link(_ item: WorkItem) -> String {
            switch item.kind {
            case .referral: return SiteRoute.referral(item.id).path
            default: return item.caseID.map { SiteRoute.coordination($0).path } ?? SiteRoute.work.path
            }
        }
        func summary(_ item: WorkItem) -> String {
            if let s = ReferralService(rawValue: item.summary) { return lang(item.kind.label) + ": " + lang(s.label) }
            if let s = ProtectionService(rawValue: item.summary) { return lang(item.kind.label) + ": " + lang(s.label) }
            return lang(item.kind.label) + ": " + item.summary
        }
        return Layout.page(wholeAgency ? lang("Pekerjaan instansi", "My agency's work") : lang("Pekerjaan saya", "My work"), chrome,
            .p(.a(.href(SiteRoute.work.path + (wholeAgency ? "" : "?instansi=1")),
                  .plain(wholeAgency ? lang("Hanya pekerjaan saya", "Only my work") : lang("Semua pekerjaan instansi saya", "All of my agency's work")))),
            .p(.plain(lang("Yang lewat tenggat lebih dulu, lalu yang segera jatuh tempo. Hari ini: ", "Overdue first, then due soon. Today: ") + today.description)),
            .p(.class("counts"), .strong(.plain(lang("\(open) pekerjaan terbuka di instansi, \(overdue) lewat tenggat",
                                                     "\(open) open in the agency, \(overdue) overdue"))),
               .plain(queue.entries.isEmpty || queue.entries.count == open ? ""
                      : lang(" — di sini \(queue.entries.count) " + (wholeAgency ? "yang paling mendesak" : "untuk Anda"),
                             " — here \(queue.entries.count) " + (wholeAgency ? "most urgent" : "for you")))),
            queue.entries.isEmpty ? .p(.plain(open > 0 && !wholeAgency
                ? lang("Tidak ada pekerjaan yang ditugaskan kepada Anda atau peran Anda. Lihat semua pekerjaan instansi di atas.",
                       "No work is assigned to you or your role. See all of your agency's work above.")
                : lang("Tidak ada pekerjaan terbuka.", "No open work."))) :
            .table(.thead(.tr(.th(.plain(lang("Pekerjaan", "Work"))), .th(.plain(lang("Kasus", "Case"))), .th(.plain(lang("Korban", "Victim"))),
                              .th(.plain(lang("Dari", "From"))), .th(.plain(lang("Langkah berikutnya", "Next step"))),
                              .th(.plain(lang("Tenggat", "Due"))), .th(.plain(lang("Keadaan", "Urgency"))))),
                   .tbody(.forEach(queue.entries) { e in
                       .tr(.class(e.urgency.rawValue),
                           .td(.a(.href(link(e.item)), .plain(summary(e.item)))),
                           .td(.plain(e.item.caseID.flatMap { context.caseNumbers[$0] } ?? "—")),
                           .td(.plain(e.item.victimID.flatMap { id in
                               context.victims[id].map { p in context.victimNames[id].map { "\($0) (\(p.code))" } ?? p.pseudonym(lang.language) }
                           } ?? "—")),
                           .td(.plain(e.item.otherAgencyID.flatMap { context.agencies[$0] } ?? "—")),
                           .td(.plain(e.item.nextStep.map { lang($0) } ?? "—")),
                           .td(.plain(e.item.dueOn?.description ?? "—")),
                           .td(e.urgency == .overdue ? .strong(.class("late"), .plain(lang("Terlambat \(e.days) hari", "\(e.days) day(s) overdue")))
                                                     : .plain(lang(e.urgency.label))))
                   })),
            .h2(.plain(lang("Pemberitahuan", "Notices"))),
            notices.isEmpty ? .p(.plain(lang("Tidak ada.", "None."))) :
            .ul(.class("notices"), .forEach(notices) { n in
                .li(.class(n.read ? "read" : "unread"),
                    .plain("\(chrome.time(n.createdAt)) · " + lang(n.textID, n.textEN)))
            })
        )
    }
}
