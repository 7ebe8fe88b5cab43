import Cases
import Markup
import Reporting
import Store

/// Pages of the agency's report desk.
enum ReportDeskViews {
    static func queue(_ chrome: Layout.Chrome, reports: [ReportSummary], alerts: [ReportAlert], showingClosed: Bool) -> HTML {
        let lang = chrome.lang
        return Layout.page(lang("Laporan masuk", "Incoming reports"), chrome,
            .if(!alerts.isEmpty, .section(.class("alerts"), .attribute(named: "aria-label", value: lang("Peringatan darurat", "Urgent alerts")),
                .h2(.plain(lang("Darurat: ada yang dalam bahaya sekarang", "Urgent: someone in danger now"))),
                .ul(.forEach(alerts) { a in
                    .li(.a(.href(SiteRoute.reportDetail(a.reportID).path), .plain(a.reference)),
                        .plain(" · " + chrome.time(a.createdAt)
                              + (a.provinceCode.flatMap(Province.named(code:)).map { " · \($0.name)" } ?? "")
                              + (a.child ? lang(" · anak", " · child") : "")),
                        .form(.method(.post), .action(SiteRoute.reportAlert(a.id).path), .class("inline"),
                              Layout.csrfField(chrome.csrf),
                              .button(.type(.submit), .class("small"), .plain(lang("Saya tangani", "I am on it")))))
                }))),
            .p(.a(.href(SiteRoute.reportQueue.path + (showingClosed ? "" : "?status=selesai")),
                  .plain(showingClosed ? lang("Lihat laporan terbuka", "Show open reports") : lang("Lihat yang sudah selesai", "Show finished reports"))),
               .plain(" · "), .a(.href(SiteRoute.reportOnBehalf.path), .plain(lang("Catat laporan dari penelepon", "Record a caller's report")))),
            reports.isEmpty ? .p(.plain(lang("Tidak ada laporan.", "No reports."))) :
            .table(.caption(.plain(showingClosed ? lang("Laporan selesai", "Finished reports") : lang("Laporan terbuka, yang darurat dan belum dibaca lebih dulu", "Open reports, urgent and unread first"))),
                   .thead(.tr(.th(.plain(lang("Nomor", "Number"))), .th(.plain(lang("Diterima", "Received"))), .th(.plain(lang("Keadaan", "Status"))),
                              .th(.plain(lang("Jenis", "Type"))), .th(.plain(lang("Provinsi", "Province"))), .th(.plain(lang("Saluran", "Channel"))))),
                   .tbody(.forEach(reports) { r in
                       .tr(.td(.a(.href(SiteRoute.reportDetail(r.id).path), .plain(r.reference)),
                               .if(r.urgent, .strong(.class("urgent"), .plain(lang(" darurat", " urgent")))),
                               .if(r.agencyUnread, .span(.class("unread"), .plain(lang(" · baru", " · new"))))),
                           .td(.plain(String(r.receivedAt.prefix(10)))),
                           .td(.plain(lang(r.status.label))),
                           .td(.plain((r.exploitationTypes.map { lang($0.label) } + (r.child ? [lang("anak", "child")] : [])).joined(separator: ", "))),
                           .td(.plain(r.provinceCode.flatMap(Province.named(code:))?.name ?? (r.abroad ? lang("luar negeri", "abroad") : "—"))),
                           .td(.plain(lang(r.channel.label))))
                   }))
        )
    }

    static func detail(_ chrome: Layout.Chrome, report d: ReportDetail, agencies: [Agency], errors: [FieldError]) -> HTML {
        let lang = chrome.lang
        let s = d.summary
        return Layout.page(lang("Laporan ", "Report ") + s.reference, chrome,
            FormViews.errorSummary(errors, lang: lang),
            .if(s.urgent, .p(.class("urgent"), .strong(.plain(lang("Pelapor menyatakan ada yang dalam bahaya sekarang.", "The reporter says someone is in danger now."))))),
            .dl(.class("facts"),
                .dt(.plain(lang("Keadaan", "Status"))), .dd(.plain(lang(s.status.label) + (s.closureReason.map { " — " + lang($0.label) } ?? ""))),
                .dt(.plain(lang("Diterima", "Received"))), .dd(.plain(chrome.time(s.receivedAt))),
                .dt(.plain(lang("Saluran", "Channel"))), .dd(.plain(lang(s.channel.label))),
                .unwrap(s.caseID) { id in .group(.dt(.plain(lang("Kasus", "Case"))), .dd(.a(.href(SiteRoute.caseDetail(id).path), .plain(lang("Buka kasus", "Open the case"))))) },
                .unwrap(s.deleteAfter) { at in .group(.dt(.plain(lang("Dihapus setelah", "Deleted after"))), .dd(.plain(String(at.prefix(10))))) }),
            ReportSummaryView.answers(d.answers, lang: lang),
            .if(!d.attachments.isEmpty, .group(.h2(.plain(lang("Lampiran", "Attachments"))),
                .ul(.forEach(d.attachments) { a in
                    .li(.a(.href(SiteRoute.reportAttachment(s.id, a.id).path), .plain("\(a.kind.rawValue.uppercased()) · \(max(1, a.size / 1024)) KB")))
                }))),
            .h2(.plain(lang("Percakapan dengan pelapor", "Conversation with the reporter"))),
            .if(d.messages.isEmpty, .p(.plain(lang("Belum ada pesan.", "No messages yet.")))),
            .ol(.class("thread"), .forEach(d.messages) { m in
                .li(.class(m.author == .reporter ? "from-reporter" : (m.kind == .note ? "note" : "from-agency")),
                    .p(.class("meta"), .plain((m.author == .reporter ? lang("Pelapor", "Reporter") : (m.agencyName ?? "")) + " · " + lang(kindLabel(m.kind))
                                             + " · " + chrome.time(m.at))),
                    .p(.class("body"), .plain(m.body)))
            }),
            .if(s.status.isOpen || s.status == .caseOpened, .form(.method(.post), .action(SiteRoute.reportMessage(s.id).path),
                Layout.csrfField(chrome.csrf),
                ReportStepViews.radios("kind", legend: lang("Jenis pesan", "Kind of message"),
                                       ReportMessage.Kind.allCases.map { ($0.rawValue, lang(kindLabel($0))) }, selected: "reply", errors: errors, lang: lang),
                ReportStepViews.textArea("body", label: lang("Pesan", "Message"),
                                         hint: lang("Balasan dan pertanyaan dibaca pelapor dengan kode tanda terimanya; catatan internal tidak.",
                                                    "The reporter reads replies and questions with the receipt code; internal notes stay here."),
                                         value: "", errors: errors, lang: lang, rows: 4),
                .button(.type(.submit), .plain(lang("Kirim", "Send"))))),
            .if(s.status.isOpen, .group(
                .h2(.plain(lang("Tindak lanjut", "Next steps"))),
                .p(.a(.href(SiteRoute.newCase.path + "?laporan=\(s.id)"), .plain(lang("Jadikan kasus", "Open a case from it")))),
                .form(.method(.post), .action(SiteRoute.reportReassign(s.id).path),
                      Layout.csrfField(chrome.csrf), .input(.type(.hidden), .name("version"), .value(String(s.version))),
                      FormViews.select("agency", label: lang("Pindahkan ke instansi", "Move to agency"),
                                       options: agencies.filter { $0.id != s.agencyID }.map { ($0.id, $0.name) }, selected: nil, errors: errors,
                                       lang: lang, markOptional: false),
                      .button(.type(.submit), .class("secondary"), .plain(lang("Pindahkan", "Move")))),
                .form(.method(.post), .action(SiteRoute.reportClose(s.id).path),
                      Layout.csrfField(chrome.csrf), .input(.type(.hidden), .name("version"), .value(String(s.version))),
                      FormViews.select("reason", label: lang("Tutup tanpa kasus, karena", "Close without a case, because"),
                                       options: ClosureReason.allCases.map { ($0.rawValue, lang($0.label)) }, selected: nil, errors: errors,
                                       lang: lang, markOptional: false),
                      .button(.type(.submit), .class("secondary"), .plain(lang("Tutup laporan", "Close report"))))))
        )
    }

    static func kindLabel(_ k: ReportMessage.Kind) -> (id: String, en: String) {
        switch k {
        case .reply: return ("Balasan untuk pelapor", "Reply to the reporter")
        case .question: return ("Pertanyaan untuk pelapor", "Question for the reporter")
        case .information: return ("Informasi dari pelapor", "Information from the reporter")
        case .note: return ("Catatan internal", "Internal note")
        }
    }

    /// After the operator saved a caller's report: the code to read out, and where the report
    /// went — the operator must be able to tell the caller who will act on it.
    static func filed(_ chrome: Layout.Chrome, code: String, reference: String, agency: String, urgent: Bool) -> HTML {
        let lang = chrome.lang
        return Layout.page(lang("Laporan penelepon tersimpan", "The caller's report is saved"), chrome,
            .p(.plain(lang("Bacakan kode tanda terima ini kepada penelepon, angka demi angka, dan minta ia menuliskannya. Dengan kode ini ia dapat membaca balasan petugas di /lapor.",
                          "Read this receipt code to the caller, digit by digit, and ask them to write it down. With it they can read the officers' replies at /lapor."))),
            .div(.class("receipt"), .attribute(named: "aria-label", value: lang("Kode tanda terima", "Receipt code")), .plain(code)),
            .dl(.class("facts"),
                .dt(.plain(lang("Nomor laporan", "Report number"))), .dd(.plain(reference)),
                .dt(.plain(lang("Diteruskan ke", "Sent to"))), .dd(.plain(agency)),
                .dt(.plain(lang("Mendesak", "Urgent"))),
                .dd(.plain(urgent ? lang("Ya: instansi tujuan dan petugas piket menerima peringatan sekarang.", "Yes: the receiving agency and the duty officers are alerted now.")
                                  : lang("Tidak", "No")))),
            .p(.plain(lang("Sampaikan kepada penelepon bahwa laporannya diteruskan ke \(agency).", "Tell the caller the report went to \(agency)."))),
            .ul(.class("actions"),
                .li(.a(.href(SiteRoute.reportOnBehalf.path), .class("button"), .plain(lang("Catat laporan berikutnya", "Record the next report")))),
                .li(.a(.href(SiteRoute.reportQueue.path), .plain(lang("Laporan masuk", "Incoming reports"))))))
    }

    /// The hotline operator's form: every question on one page, and how the caller reached us.
    static func onBehalf(_ chrome: Layout.Chrome, fields: [String: [String]], errors: [FieldError]) -> HTML {
        let lang = chrome.lang
        let (a, _) = ReportForm.read(fields)
        return Layout.page(lang("Catat laporan dari penelepon", "Record a caller's report"), chrome,
            .p(.plain(lang("Isi bersama penelepon. Jangan mencatat nama atau nomor penelepon kecuali ia meminta ditelepon balik. Setelah disimpan, bacakan kode tanda terima kepadanya.",
                          "Fill this in with the caller. Do not record the caller's name or number unless they ask to be called back. Once saved, read them the receipt code."))),
            FormViews.errorSummary(errors, lang: lang),
            .form(.method(.post), .action(SiteRoute.reportOnBehalf.path),
                  Layout.csrfField(chrome.csrf),
                  ReportStepViews.radios("channel", legend: lang("Saluran", "Channel"),
                                         ReportChannel.allCases.filter { $0 != .web }.map { ($0.rawValue, lang($0.label)) },
                                         selected: fields["channel"]?.first, errors: errors, lang: lang),
                  .group(ReportStep.allCases.filter { $0 != .send }.map { step in
                      .group(.h2(.plain(lang(step.operatorQuestion))),
                             ReportStepViews.questions(step, answers: a, fields: fields, errors: errors, lang: lang, voice: .operator))
                  }),
                  .button(.type(.submit), .plain(lang("Simpan dan buat kode", "Save and make the code"))))
        )
    }
}
