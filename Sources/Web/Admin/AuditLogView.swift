import Cases
import Markup
import Store

/// The audit log as the administrator reads it: filters, the entries, and the chain check.
enum AuditLogView {
    static func render(_ chrome: Layout.Chrome, entries: [AuditEntry], users: [String: String], query: [String: String],
                       next: [String: String]?, errors: [FieldError], verified: AuditReport?) -> HTML {
        let lang = chrome.lang
        return Layout.page(lang("Log audit", "Audit log"), chrome,
            FormViews.errorSummary(errors, lang: lang),
            .unwrap(verified) { r in
                .div(.class(r.isIntact ? "notice" : "error-summary"), .attribute(named: "role", value: r.isIntact ? "status" : "alert"),
                     .p(.strong(.plain(r.isIntact ? lang("Rantai hash utuh: \(r.checked) entri diperiksa.", "The hash chain is intact: \(r.checked) entries checked.")
                                                  : lang("Rantai hash RUSAK: \(r.problems.count) masalah dalam \(r.checked) entri.",
                                                         "The hash chain is BROKEN: \(r.problems.count) problems in \(r.checked) entries.")))),
                     .if(!r.isIntact, .ul(.forEach(r.problems.prefix(50)) { .li(.plain($0)) })))
            },
            .form(.method(.post), .action(SiteRoute.adminAuditVerify.path), .class("inline"),
                  Layout.csrfField(chrome.csrf),
                  .button(.type(.submit), .plain(lang("Periksa rantai hash", "Verify the hash chain")))),
            .form(.method(.get), .action(SiteRoute.adminAudit().path), .class("search"), .attribute(named: "role", value: "search"),
                  FormViews.textField("pengguna", label: lang("Pengguna (nama pengguna)", "User (username)"), value: query["pengguna"],
                                      errors: errors, lang: lang, markOptional: false),
                  FormViews.textField("tindakan", label: lang("Tindakan (awalan, mis. identity.read)", "Action (prefix, e.g. identity.read)"),
                                      value: query["tindakan"], errors: errors, lang: lang, markOptional: false),
                  FormViews.textField("kasus", label: lang("ID kasus", "Case id"), value: query["kasus"], errors: errors, lang: lang, markOptional: false),
                  FormViews.textField("dari", label: lang("Dari tanggal", "From"), value: query["dari"], errors: errors, lang: lang, type: .date,
                                      markOptional: false),
                  FormViews.textField("sampai", label: lang("Sampai tanggal", "To"), value: query["sampai"], errors: errors, lang: lang, type: .date,
                                      markOptional: false),
                  .button(.type(.submit), .plain(lang("Saring", "Filter")))),
            entries.isEmpty ? .p(.attribute(named: "role", value: "status"), .plain(lang("Tidak ada entri yang cocok.", "No matching entries."))) :
                .table(.class("log"), .caption(.plain(lang("Entri, terbaru dahulu", "Entries, newest first"))),
                       .thead(.tr(.th(.plain("#")), .th(.plain(lang("Waktu", "Time"))), .th(.plain(lang("Pengguna", "User"))),
                                  .th(.plain(lang("Tindakan", "Action"))), .th(.plain(lang("Kasus", "Case"))), .th(.plain(lang("Rincian", "Detail"))))),
                       .tbody(.forEach(entries) { e in
                           .tr(.td(.class("num"), .plain(String(e.seq))), .td(.plain(chrome.time(e.at))),
                               .td(.plain(e.actorUserID.map { users[$0] ?? $0 } ?? "—")), .td(.code(.plain(e.action))),
                               .td(.unwrap(e.caseID, { .a(.href(SiteRoute.caseDetail($0).path), .plain(String($0.prefix(8)))) }, else: .plain("—"))),
                               .td(.plain(e.detail)))
                       })),
            .unwrap(next) { .p(.a(.href(SiteRoute.adminAudit(query: $0).path), .plain(lang("Entri lebih lama", "Older entries")))) })
    }
}
