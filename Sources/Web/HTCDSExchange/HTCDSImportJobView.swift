import Foundation
import Markup
import Store

/// One import: its state and counts while it runs (the page is reloaded to follow it; it works
/// without JavaScript), then every reject with its file, line, field, value and reason.
enum HTCDSImportJobView {
    /// A job with no progress for this long has lost its server.
    static let stalledAfter: TimeInterval = 10 * 60

    static func stateLabel(_ state: HTCDSImportJob.State) -> (id: String, en: String) {
        switch state {
        case .processing: return ("Sedang diproses", "Processing")
        case .done: return ("Selesai", "Done")
        case .failed: return ("Berhenti karena galat", "Stopped by an error")
        }
    }

    static func render(_ chrome: Layout.Chrome, job: HTCDSImportJob, now: Date) -> HTML {
        let lang = chrome.lang, l = job.loaded
        let stalled = job.state == .processing && (Timestamp.date(job.updatedAt).map { now.timeIntervalSince($0) > stalledAfter } ?? false)
        return Layout.page(lang("Impor HTCDS: \(job.fileName)", "HTCDS import: \(job.fileName)"), chrome,
            .div(.class("notice"), .id("result"), .attribute(named: "role", value: "status"),
                .p(.strong(.plain(lang(stateLabel(job.state))))),
                .p(.id("counts"), .plain(lang("\(l.cases) kasus, \(l.persons) orang dan \(l.support) layanan dimuat; \(l.skipped) kasus sudah ada dan dilewati; "
                                              + "\(job.rejects.count) penolakan.",
                                              "\(l.cases) cases, \(l.persons) persons and \(l.support) support items loaded; \(l.skipped) cases already "
                                              + "present and skipped; \(job.rejects.count) rejects."))),
                job.state == .processing
                    ? .p(.plain(lang("Berkas sedang dimuat per 2.000 kasus. ", "The file is being loaded 2,000 cases at a time. ")),
                         .a(.href(SiteRoute.htcdsImportJob(job.id).path), .plain(lang("Muat ulang untuk melihat kemajuan", "Reload to see the progress"))))
                    : .empty,
                stalled || job.state == .failed
                    ? .p(.class("error-text"), .plain(lang("Impor berhenti sebelum selesai. Kasus yang sudah dimuat tetap ada; unggah berkas yang sama lagi "
                                                          + "untuk memuat sisanya (yang sudah ada dilewati).",
                                                          "The import stopped before the end. The cases loaded stay; upload the same file again to "
                                                          + "load the rest (those already loaded are skipped).")))
                    : .empty),
            job.rejects.isEmpty ? .empty : rejects(job.rejects, lang: lang),
            .p(.a(.href(SiteRoute.htcdsExchange.path), .plain(lang("Kembali ke pertukaran data HTCDS", "Back to the HTCDS data exchange")))))
    }

    /// Rejects listed on the page: a file in the wrong format rejects every line, and a page of
    /// tens of thousands of rows helps nobody on a phone.
    static let listed = 500

    static func rejects(_ all: [StoredReject], lang: Lang) -> Node {
        let rejects = all.prefix(listed), more = all.count - rejects.count
        return .group(.table(.class("compact rejects"),
            .caption(.plain(lang("Baris yang ditolak", "Rejected rows"))),
            .thead(.tr(.th(.plain(lang("Berkas", "File"))), .th(.plain(lang("Baris", "Line"))), .th(.plain(lang("Kolom", "Field"))),
                       .th(.plain(lang("Nilai", "Value"))), .th(.plain(lang("Alasan", "Reason"))))),
            .tbody(.forEach(rejects) { r in
                .tr(.td(.plain(r.file)), .td(.plain(String(r.line))), .td(.code(.plain(r.field))), .td(.plain(String(r.value.prefix(80)))),
                    .td(.plain(r.reasonID), .span(.class("hint"), .attribute(named: "lang", value: "en"), .plain(" / " + r.reasonEN))))
            })),
            .if(more > 0, .p(.plain(lang("\(more) penolakan lainnya tidak ditampilkan. Perbaiki yang di atas, atau periksa berkas dengan `simpul htcds check` untuk daftar lengkapnya.",
                                         "\(more) more rejects are not shown. Mend those above, or check the file with `simpul htcds check` for the whole list.")))))
    }
}
