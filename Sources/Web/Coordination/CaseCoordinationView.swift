import Cases
import Coordination
import Markup
import Store

/// `/kasus/{id}/koordinasi`: everything agencies do together on one case.
enum CaseCoordinationView {
    static func render(_ chrome: Layout.Chrome, view v: CoordinationService.CaseView, agencies: [Agency], viewer: Viewer,
                       today: CalendarDate, errors: [FieldError], form: String? = nil, submitted: FormData? = nil) -> HTML {
        let lang = chrome.lang
        let names = Dictionary(agencies.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let victims = v.victims.map { ($0.id, $0.pseudonym(lang.language)) }
        let back = SiteRoute.coordination(v.caseID).path
        return Layout.page(lang("Koordinasi kasus ", "Case coordination ") + v.caseNumber, chrome,
            FormViews.errorSummary(errors, lang: lang, target: FormViews.suffixedTarget(form)),
            .p(.a(.href(SiteRoute.caseDetail(v.caseID).path), .plain(lang("Kembali ke berkas kasus", "Back to the case file")))),
            .h2(.plain(lang("Rujukan", "Referrals"))),
            v.referrals.isEmpty ? .p(.plain(lang("Belum ada rujukan.", "No referrals yet."))) :
            .table(.thead(.tr(.th(.plain(lang("Layanan", "Service"))), .th(.plain(lang("Dari → ke", "From → to"))),
                              .th(.plain(lang("Keadaan", "Status"))), .th(.plain(lang("Tenggat", "Due"))))),
                   .tbody(.forEach(v.referrals) { r in
                       .tr(.td(.a(.href(SiteRoute.referral(r.id).path), .plain(lang(r.service.label)))),
                           .td(.plain("\(names[r.fromAgencyID] ?? r.fromAgencyID) → \(names[r.toAgencyID] ?? r.toAgencyID)")),
                           .td(.plain(lang(r.status.label))),
                           .td(r.isOverdue(today: today) ? .strong(.class("late"), .plain(lang("Lewat tenggat ", "Overdue since ") + r.dueOn.description))
                                                         : .plain(r.dueOn.description)))
                   })),
            .if(viewer.role.mayRegisterCases, referralForm(chrome, caseID: v.caseID, agencies: agencies, victims: victims, today: today,
                                                                       errors: form == "rujukan" ? errors : [], submitted: form == "rujukan" ? submitted : nil)),
            .h2(.plain(lang("Layanan perlindungan korban", "Protection services"))),
            servicesTable(v.services, names: names, victims: Dictionary(victims, uniquingKeysWith: { a, _ in a }), viewer: viewer,
                          csrf: chrome.csrf, back: back, today: today, lang: lang),
            .if(viewer.role.mayRegisterCases && !victims.isEmpty,
                serviceForm(chrome, caseID: v.caseID, victims: victims, agencies: agencies, referralID: nil, responsibleFixed: nil, today: today)),
            .h2(.plain(lang("Proses hukum", "Justice track"))),
            .group(v.justice.map { t in
                .group(.h3(.plain(t.suspectID.flatMap { id in v.suspects.first { $0.id == id }?.pseudonym(lang.language) }
                                 ?? lang("Seluruh kasus", "The case as a whole"))),
                       justice(t, chrome: chrome, caseID: v.caseID, today: today, mayAct: viewer.role.mayRegisterCases))
            }),
            .if(v.justice.isEmpty, .p(.plain(lang("Proses hukum belum dicatat.", "The justice track has not been started.")))),
            .if(viewer.role.mayRegisterCases, startJustice(chrome, caseID: v.caseID, suspects: v.suspects.filter { s in
                !v.justice.contains { $0.suspectID == s.id } }, caseTrackExists: v.justice.contains { $0.suspectID == nil }, today: today)),
            TaskAndRestitutionViews.restitution(v.restitution, victims: victims, chrome: chrome, caseID: v.caseID, viewer: viewer, today: today),
            TaskAndRestitutionViews.tasks(v.tasks, involved: v.involved, names: names, chrome: chrome, caseID: v.caseID, viewer: viewer, today: today),
            CoordinationParts.timeline(v.timeline, agencies: names, lang: lang)
        )
    }

    static func servicesTable(_ items: [ProtectionItem], names: [String: String], victims: [String: String], viewer: Viewer,
                              csrf: String, back: String, today: CalendarDate, lang: Lang) -> Node {
        items.isEmpty ? .p(.plain(lang("Belum ada layanan yang diminta.", "No services requested yet."))) :
        .table(.class("services"),
               .thead(.tr(.th(.plain(lang("Layanan", "Service"))), .th(.plain(lang("Korban", "Victim"))), .th(.plain(lang("Penanggung jawab", "Responsible"))),
                          .th(.plain(lang("Diminta", "Requested"))), .th(.plain(lang("Tenggat menurut hukum", "Legal deadline"))),
                          .th(.plain(lang("Keadaan", "Status"))), .th(.plain(lang("Tindakan", "Action"))))),
               .tbody(.forEach(items) { i in
                   .tr(.id("layanan-\(i.id)"),
                       .td(.plain(lang(i.service.label))), .td(.plain(victims[i.victimID] ?? "—")),
                       .td(.plain(names[i.responsibleAgencyID] ?? i.responsibleAgencyID)), .td(.plain(i.requestedOn.description)),
                       .td(CoordinationParts.deadline(i.deadline, lang: lang)),
                       .td(.plain(lang(i.status.label) + (i.closedOn.map { " \($0)" } ?? "") + " — "),
                           CoordinationParts.lateness(daysLate: i.daysLate(today: today), dueOn: nil, lang: lang,
                                                      doneInTime: i.status == .delivered && i.dueOn != nil)),
                       .td(CoordinationParts.serviceActions(i, viewer: viewer, csrf: csrf, back: back, today: today, lang: lang)))
               }))
    }

    /// Open, with every answer kept and each problem beside its field, when it comes back with errors.
    static func referralForm(_ chrome: Layout.Chrome, caseID: String, agencies: [Agency], victims: [(String, String)],
                             today: CalendarDate, errors: [FieldError] = [], submitted f: FormData? = nil) -> Node {
        let lang = chrome.lang
        return .details(.if(!errors.isEmpty, .attribute(named: "open")),
            .summary(.plain(lang("Rujuk ke instansi lain", "Refer to another agency"))),
            .form(.method(.post), .action(SiteRoute.newReferral(caseID).path),
                  Layout.csrfField(chrome.csrf),
                  FormViews.select("to", label: lang("Instansi tujuan", "Receiving agency"),
                                   options: agencies.filter { $0.id != chrome.signedIn?.user.agencyID }.map { ($0.id, $0.name) },
                                   selected: f?.value("to"), errors: errors, lang: lang, markOptional: false, idSuffix: "rujukan"),
                  FormViews.select("service", label: lang("Layanan yang diminta", "Service asked for"),
                                   options: ReferralService.allCases.map { ($0.rawValue, lang($0.label)) }, selected: f?.value("service"), errors: errors, lang: lang,
                                   markOptional: false, idSuffix: "rujukan"),
                  FormViews.select("victim", label: lang("Korban", "Victim"), options: victims, selected: f?.value("victim") ?? victims.first?.0, errors: errors, lang: lang,
                                   idSuffix: "rujukan"),
                  ReportStepViews.radios("consent", legend: lang("Dasar rujukan", "Basis of the referral"),
                                         ConsentBasis.Kind.allCases.map { ($0.rawValue, lang($0.label)) }, selected: f == nil ? "victim_consent" : f?.value("consent"),
                                         errors: errors, lang: lang),
                  FormViews.textField("explanation", label: lang("Penjelasan (wajib bila tanpa persetujuan)", "Explanation (required without consent)"),
                                      value: f?.value("explanation"), errors: errors, lang: lang, markOptional: false, idSuffix: "rujukan"),
                  ReportStepViews.checkboxes("grants", legend: lang("Yang boleh dilihat instansi tujuan", "What the receiving agency may see"),
                                             ReferralGrant.allCases.map { ($0.rawValue, lang($0.label)) },
                                             selected: f?.all("grants") ?? [ReferralGrant.caseSummary.rawValue, ReferralGrant.protectionTrack.rawValue], errors: errors, lang: lang),
                  CoordinationParts.dateField("requestedOn", label: lang("Tanggal permintaan", "Date of request"), value: today, lang: lang,
                                              form: "rujukan"),
                  FormViews.textField("dueOn", label: lang("Tenggat (kosong: menurut undang-undang)", "Due date (empty: as the law sets)"),
                                      value: f?.value("dueOn"), errors: errors, lang: lang, type: .date, markOptional: false, idSuffix: "rujukan"),
                  .button(.type(.submit), .plain(lang("Kirim rujukan", "Send referral")))))
    }

    static func serviceForm(_ chrome: Layout.Chrome, caseID: String, victims: [(String, String)], agencies: [Agency], referralID: String?,
                            responsibleFixed: String?, today: CalendarDate) -> Node {
        let lang = chrome.lang
        return .details(.summary(.plain(lang("Catat permintaan layanan", "Record a service request"))),
            .form(.method(.post), .action(SiteRoute.newService(caseID).path),
                  Layout.csrfField(chrome.csrf),
                  .unwrap(referralID) { .input(.type(.hidden), .name("referral"), .value($0)) },
                  FormViews.select("victim", label: lang("Korban", "Victim"), options: victims, selected: victims.first?.0, errors: [], lang: lang,
                                   markOptional: false, idSuffix: "layanan"),
                  FormViews.select("service", label: lang("Layanan", "Service"),
                                   options: ProtectionService.allCases.map { ($0.rawValue, lang($0.label)) }, selected: nil, errors: [], lang: lang,
                                   markOptional: false, idSuffix: "layanan"),
                  responsibleFixed.map { .input(.type(.hidden), .name("responsible"), .value($0)) } ??
                  FormViews.select("responsible", label: lang("Instansi penanggung jawab", "Responsible agency"),
                                   options: agencies.map { ($0.id, $0.name) }, selected: chrome.signedIn?.user.agencyID, errors: [], lang: lang,
                                   markOptional: false, idSuffix: "layanan"),
                  CoordinationParts.dateField("requestedOn", label: lang("Tanggal permintaan (tenggat dihitung dari sini)", "Date of request (deadlines count from it)"),
                                              value: today, lang: lang, form: "layanan"),
                  .button(.type(.submit), .plain(lang("Catat", "Record")))))
    }

    static func startJustice(_ chrome: Layout.Chrome, caseID: String, suspects: [CasePerson], caseTrackExists: Bool,
                             today: CalendarDate) -> Node {
        let lang = chrome.lang
        var options = suspects.map { ($0.id, $0.pseudonym(lang.language)) }
        if !caseTrackExists { options.insert(("", lang("Seluruh kasus (sebelum ada tersangka)", "The case as a whole (before a suspect)")), at: 0) }
        guard !options.isEmpty else { return .empty }
        return .form(.method(.post), .action(SiteRoute.justiceAction(caseID).path), .class("record-action"),
                     Layout.csrfField(chrome.csrf), .input(.type(.hidden), .name("action"), .value("start")),
                     .div(.class("field"), .label(.attribute(named: "for", value: "f-suspect-start"), .plain(lang("Proses hukum untuk", "Justice track for"))),
                          .select(.id("f-suspect-start"), .attribute(named: "name", value: "suspect"),
                                  .forEach(options) { o in .option(.value(o.0), .plain(o.1)) })),
                     CoordinationParts.dateField("on", label: lang("Tanggal laporan polisi", "Date of the police report"), value: today, lang: lang, form: "start"),
                     .button(.type(.submit), .plain(lang("Mulai dari laporan polisi", "Start at the police report"))))
    }

    static func justice(_ track: JusticeTrack?, chrome: Layout.Chrome, caseID: String, today: CalendarDate, mayAct: Bool) -> Node {
        let lang = chrome.lang
        let successors = track?.stage.successors ?? []
        let plain = successors.filter { ![.verdict, .final, .discontinued].contains($0) }
        let key = track?.id ?? "new"
        func form(_ action: String, _ button: String, _ fields: Node...) -> Node {
            .form(.method(.post), .action(SiteRoute.justiceAction(caseID).path), .class("record-action"),
                  Layout.csrfField(chrome.csrf),
                  .unwrap(track) { .group(.input(.type(.hidden), .name("version"), .value(String($0.version))),
                                          .input(.type(.hidden), .name("track"), .value($0.id))) },
                  .input(.type(.hidden), .name("action"), .value(action)),
                  .group(fields),
                  CoordinationParts.dateField("on", label: lang("Tanggal", "Date"), value: today, lang: lang, form: "\(action)-\(key)"),
                  .button(.type(.submit), .plain(button)))
        }
        return .group(
            .unwrap(track) { t in
                .group(.ol(.class("stages"), .forEach(t.stages) { s in .li(.plain("\(lang(s.stage.label)) · \(s.on)")) }),
                       .unwrap(t.verdict) { v in
                           .p(.plain(lang("Putusan: ", "Verdict: ") + lang(v.outcome.label) + " · " + v.articles.joined(separator: ", ")
                                    + " · \(v.sentenceMonths) " + lang("bulan", "months")
                                    + (v.restitutionOrderedRupiah > 0 ? " · " + lang("restitusi Rp", "restitution Rp") + "\(v.restitutionOrderedRupiah)" : "")))
                       })
            },
            .if(mayAct && !plain.isEmpty, form("advance", lang("Catat tahap", "Record stage"),
                FormViews.select("stage", label: lang("Tahap berikutnya", "Next stage"), options: plain.map { ($0.rawValue, lang($0.label)) },
                                 selected: plain.first?.rawValue, errors: [], lang: lang, markOptional: false, idSuffix: "advance-\(key)"))),
            .if(mayAct && successors.contains(.verdict), form("verdict", lang("Catat putusan", "Record the verdict"),
                FormViews.select("outcome", label: lang("Amar", "Outcome"), options: VerdictOutcome.allCases.map { ($0.rawValue, lang($0.label)) },
                                 selected: "convicted", errors: [], lang: lang, markOptional: false, idSuffix: key),
                FormViews.textField("articles", label: lang("Pasal (pisahkan dengan koma)", "Articles (comma-separated)"), value: nil, errors: [],
                                    lang: lang, markOptional: false, idSuffix: key),
                FormViews.textField("months", label: lang("Pidana penjara (bulan)", "Prison (months)"), value: nil, errors: [], lang: lang,
                                    type: .number, markOptional: false, idSuffix: key),
                FormViews.textField("restitution", label: lang("Restitusi yang diputus (Rp)", "Restitution ordered (Rp)"), value: "0", errors: [],
                                    lang: lang, type: .number, markOptional: false, idSuffix: key))),
            .if(mayAct && successors.contains(.final), form("final", lang("Catat berkekuatan hukum tetap", "Record as final"))),
            .if(mayAct && successors.contains(.discontinued), form("discontinue", lang("Catat penghentian", "Record discontinuance"),
                FormViews.textField("reason", label: lang("Alasan penghentian (SP3 dll.)", "Why it was stopped"), value: nil, errors: [], lang: lang,
                                    markOptional: false, idSuffix: "discontinue-\(key)")))
        )
    }
}
