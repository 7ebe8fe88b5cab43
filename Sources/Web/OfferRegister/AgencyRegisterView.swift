import Cases
import Markup
import OfferCheck
import Store

/// `/admin/p3mi`: upload the register of licensed agencies, see what the last upload loaded and
/// refused (line by line), and the history of imports.
enum AgencyRegisterView {
    static func page(_ chrome: Layout.Chrome, count: Int, history: [AgencyImportRecord], imported: AgencyImportRecord?,
                     errors: [FieldError]) -> HTML {
        let lang = chrome.lang
        return Layout.page(lang("Daftar P3MI berizin", "Register of licensed agencies (P3MI)"), chrome,
            FormViews.errorSummary(errors, lang: lang, target: { $0.field == Reauthentication.field ? "f-confirm-upload" : "f-\(FormViews.fieldID($0.field))" }),
            .p(.plain(lang("Pemeriksa tawaran kerja mencari perusahaan dalam daftar ini. Daftar sekarang berisi \(count) perusahaan.",
                          "The job-offer checker looks companies up in this register. It now holds \(count) agencies."))),
            .unwrap(imported) { report($0, lang: lang) },
            .h2(.plain(lang("Ganti daftar dengan berkas baru", "Replace the register with a new file"))),
            .p(.class("hint"), .plain(lang(
                "CSV dengan baris judul. Kolom wajib: nama, nomor_sip3mi, status (aktif/dibekukan/dicabut). Kolom lain: nib, tanggal_terbit, berlaku_sampai (YYYY-MM-DD atau DD/MM/YYYY), alamat_kantor_pusat, kantor_cabang (dipisah ;). Baris yang baik dimuat, baris yang salah dilaporkan; seluruh daftar lama diganti sekaligus.",
                "CSV with a header row. Required columns: name, licence_number, status (active/suspended/revoked). Others: nib, issued, valid_until (YYYY-MM-DD or DD/MM/YYYY), head_office, branches (separated by ;). Good rows are loaded, bad rows reported; the whole old register is replaced at once."))),
            .form(.method(.post), .action(SiteRoute.adminAgencyRegister.path), .enctype(.multipartData),
                  Layout.csrfField(chrome.csrf),
                  .div(.class(errors.contains { $0.field == "file" } ? "field has-error" : "field"),
                       .label(.for("f-file"), .plain(lang("Berkas CSV", "CSV file"))),
                       .unwrap(errors.first { $0.field == "file" }) { .span(.class("error-text"), .id("f-file-error"), .plain(lang($0.id, $0.en))) },
                       .input(.type(.file), .id("f-file"), .name("file"), .attribute(named: "accept", value: ".csv,text/csv"), .required())),
                  AdminViews.confirmField(errors, lang: lang, suffix: "upload"),
                  .button(.type(.submit), .plain(lang("Muat dan ganti daftar", "Load and replace")))),
            .h2(.plain(lang("Riwayat impor", "Import history"))),
            history.isEmpty ? .p(.plain(lang("Belum pernah ada impor.", "No import yet."))) :
                .table(.thead(.tr(.th(.plain(lang("Waktu", "When"))), .th(.plain(lang("Oleh", "By"))), .th(.plain(lang("Berkas", "File"))),
                                  .th(.plain(lang("Dimuat", "Loaded"))), .th(.plain(lang("Ditolak", "Rejected"))))),
                       .tbody(.forEach(history) { h in
                           .tr(.td(.plain(chrome.time(h.importedAt))),
                               .td(.plain(h.via == .cli ? lang("baris perintah (simpul p3mi import)", "command line (simpul p3mi import)")
                                                        : h.importedByName ?? h.importedBy ?? "—")),
                               .td(.plain(h.fileName)), .td(.class("num"), .plain(String(h.loaded))), .td(.class("num"), .plain(String(h.rejected))))
                       })))
    }

    /// What an upload did: how many loaded, which rows were refused and why, which columns were not read.
    static func report(_ r: AgencyImportRecord, lang: Lang) -> Node {
        .section(.class("notice"), .id("import-report"),
                 .h2(.plain(lang("Hasil impor", "Import result"))),
                 .p(.plain(lang("\(r.loaded) perusahaan dimuat, \(r.rejected) baris ditolak, dari berkas \(r.fileName).",
                                "\(r.loaded) agencies loaded, \(r.rejected) rows rejected, from \(r.fileName)."))),
                 .if(!r.ignoredColumns.isEmpty, .p(.plain(lang("Kolom yang tidak dikenal dan tidak dibaca: ", "Columns not known and not read: ")
                                                          + r.ignoredColumns.joined(separator: ", ")))),
                 .if(!r.rejects.isEmpty, .table(
                     .caption(.plain(lang("Baris yang ditolak", "Rejected rows"))),
                     .thead(.tr(.th(.plain(lang("Baris", "Line"))), .th(.plain(lang("Alasan", "Reason"))))),
                     .tbody(.forEach(r.rejects) { reject in
                         .tr(.td(.class("num"), .plain(String(reject.line))),
                             .td(.plain(reject.reasons.map { lang($0.message) }.joined(separator: " "))))
                     }))))
    }
}
