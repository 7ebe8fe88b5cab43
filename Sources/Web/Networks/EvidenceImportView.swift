import Cases
import Markup
import Networks
import Store

/// The bulk-evidence form and what an import loaded, with every rejected row's line and reason.
enum EvidenceImportView {
    static func render(_ chrome: Layout.Chrome, record: CaseRecord, form: FormData?, result: EvidenceImported?, errors: [FieldError]) -> HTML {
        let lang = chrome.lang
        return Layout.page(lang("Impor bukti untuk kasus \(record.number)", "Import evidence for case \(record.number)"), chrome,
            .unwrap(result) { r in outcome(r, record: record, lang: lang) },
            FormViews.errorSummary(errors, lang: lang),
            .p(.plain(lang("Berkas CSV (UTF-8) dengan kolom from, to, time, dan amount untuk mutasi. Nomor dan rekening ditulis seperti di berkas aslinya; "
                           + "tanggal YYYY-MM-DD (boleh dengan jam) atau DD/MM/YYYY. Baris yang rusak tidak dimuat dan dilaporkan dengan nomor barisnya.",
                           "A CSV file (UTF-8) with columns from, to, time, and amount for statements. Numbers and accounts as written in the source; "
                           + "dates YYYY-MM-DD (a time may follow) or DD/MM/YYYY. Bad rows are not loaded and are reported with their line."))),
            .form(.method(.post), .action(SiteRoute.evidenceImport(record.id).path), .enctype(.multipartData), .attribute(named: "novalidate"),
                Layout.csrfField(chrome.csrf),
                FormViews.select("kind", label: lang("Jenis bukti", "Kind of evidence"),
                                 options: [("calls", lang("Catatan panggilan (CDR)", "Call-detail records (CDR)")),
                                           ("bank", lang("Mutasi rekening bank", "Bank statement")),
                                           ("ewallet", lang("Riwayat dompet elektronik", "E-wallet history"))],
                                 selected: form?["kind"] ?? "calls", errors: errors, lang: lang, required: true),
                FormViews.select("provider", label: lang("Dompet elektronik (untuk riwayat dompet)", "E-wallet (for an e-wallet history)"),
                                 options: EWallet.allCases.map { ($0.rawValue, $0.rawValue) }, selected: form?["provider"], errors: errors, lang: lang),
                fileField(errors, lang: lang),
                .button(.type(.submit), .plain(lang("Impor", "Import")))),
            .p(.a(.href(SiteRoute.caseEntities(record.id).path), .plain(lang("Kembali ke entitas kasus", "Back to the case's entities")))))
    }

    static func fileField(_ errors: [FieldError], lang: Lang) -> Node {
        let error = errors.first { $0.field == "file" }
        return .div(.class(error == nil ? "field" : "field has-error"),
            .label(.for("f-file"), .plain(lang("Berkas CSV", "CSV file"))),
            .unwrap(error) { .span(.class("error-text"), .id("f-file-error"), .plain(lang($0.id, $0.en))) },
            .input(.type(.file), .id("f-file"), .name("file"), .attribute(named: "accept", value: ".csv,text/csv"),
                   .if(error != nil, .attribute(named: "aria-describedby", value: "f-file-error"))))
    }

    static func outcome(_ r: EvidenceImported, record: CaseRecord, lang: Lang) -> Node {
        .div(.class("notice"), .id("result"), .attribute(named: "role", value: "status"),
            .p(.strong(.plain(lang("\(r.rowsLoaded) baris dimuat: \(r.newEntities) entitas baru, \(r.links) hubungan. \(r.rejects.count) baris ditolak.",
                                   "\(r.rowsLoaded) rows loaded: \(r.newEntities) new entities, \(r.links) links. \(r.rejects.count) rows rejected.")))),
            .if(!r.notified.isEmpty, .p(.plain(lang("Diberi tahu bahwa kasusnya kini terhubung: ", "Told that their case is now linked: ")
                                               + r.notified.map(\.name).joined(separator: ", ")))),
            .if(!r.rejects.isEmpty, .table(.class("compact rejects"),
                .caption(.plain(lang("Baris yang ditolak", "Rejected rows"))),
                .thead(.tr(.th(.plain(lang("Baris", "Line"))), .th(.plain(lang("Alasan", "Reason"))))),
                .tbody(.forEach(r.rejects.prefix(500)) { x in
                    .tr(.td(.plain(String(x.line))), .td(.plain(lang(x.indonesian, x.description))))
                }))),
            .p(.a(.href(SiteRoute.caseNetwork(record.id).path), .plain(lang("Lihat jaringan", "See the network")))))
    }
}
