import Cases
import Markup
import Store

/// The exchange page: download the agency's cases, upload a partner's file, the latest imports.
enum HTCDSExchangeView {
    static func render(_ chrome: Layout.Chrome, mayImport: Bool, mayIncludeIdentities: Bool, jobs: [HTCDSImportJob],
                       errors: [FieldError]) -> HTML {
        let lang = chrome.lang
        return Layout.page(lang("Pertukaran data HTCDS 2.0", "HTCDS 2.0 data exchange"), chrome,
            FormViews.errorSummary(errors, lang: lang),
            .p(.plain(lang("Kasus instansi Anda dalam Human Trafficking Case Data Standard (HTCDS 2.0), untuk mitra seperti IOM dan LSM, "
                           + "dan berkas mitra yang dimuat sebagai kasus instansi Anda.",
                           "Your agency's cases in the Human Trafficking Case Data Standard (HTCDS 2.0), for partners such as IOM and NGOs, "
                           + "and partners' files loaded as your agency's cases."))),
            .h2(.plain(lang("Unduh kasus instansi Anda", "Download your agency's cases"))),
            exportForm(lang, mayIncludeIdentities: mayIncludeIdentities),
            .p(.plain(lang("Tautan langsung, tanpa identitas: ", "Direct links, without identities: ")),
               .forEach(HTCDSExportFile.allCases) { f in
                   .span(.class("file-link"), .a(.href(SiteRoute.htcdsExport(query: ["berkas": f.rawValue]).path), .plain(f.fileName)), .plain(" "))
               }),
            mayImport ? importForm(lang, csrf: chrome.csrf, errors: errors) : .empty,
            mayImport && jobs.isEmpty ? .p(.plain(lang("Belum ada impor.", "No import yet."))) : jobs.isEmpty ? .empty : recent(jobs, chrome: chrome))
    }

    static func exportForm(_ lang: Lang, mayIncludeIdentities: Bool) -> Node {
        .form(.method(.get), .action(SiteRoute.htcdsExport().path),
              ReportStepViews.radios("berkas", legend: lang("Berkas", "File"), HTCDSExportFile.allCases.map { ($0.rawValue, lang($0.label)) },
                                     selected: HTCDSExportFile.jsonl.rawValue, errors: [], lang: lang),
              mayIncludeIdentities
                ? .div(.class("check"),
                       .input(.type(.checkbox), .id("f-identitas"), .name("identitas"), .value("1")),
                       .label(.attribute(named: "for", value: "f-identitas"),
                              .plain(lang("Sertakan identitas (nama, NIK, tanggal lahir, telepon, alamat) dari kasus yang boleh Anda lihat; setiap pembacaan dicatat",
                                          "Include identities (name, NIK, birth date, phone, address) of the cases you may see; every reading is recorded"))))
                : .p(.class("hint"), .plain(lang("Peran Anda tidak melihat identitas: berkas tidak memuat identitas.",
                                                 "Your role does not see identities: the file carries none."))),
              .button(.type(.submit), .plain(lang("Unduh", "Download"))))
    }

    static func importForm(_ lang: Lang, csrf: String, errors: [FieldError]) -> Node {
        .div(
            .h2(.plain(lang("Impor berkas mitra", "Import a partner's file"))),
            .p(.plain(lang("Kasus dalam berkas menjadi kasus instansi Anda. Setiap baris diperiksa; baris yang sah dimuat, yang lain dilaporkan "
                           + "dengan berkas, baris, kolom dan alasannya. Kasus yang pernah diimpor dengan id yang sama dilewati. Paling besar "
                           + "\(HTCDSImportUpload.sizeLimit / 1024 / 1024) MB; berkas lebih besar lewat perintah simpul htcds import.",
                           "The file's cases become your agency's cases. Every row is checked; valid rows load, the others are reported with "
                           + "their file, line, field and reason. Cases imported before under the same id are skipped. At most "
                           + "\(HTCDSImportUpload.sizeLimit / 1024 / 1024) MB; larger files through the command simpul htcds import."))),
            .form(.method(.post), .action(SiteRoute.htcdsImport.path), .enctype(.multipartData), .attribute(named: "novalidate"),
                  Layout.csrfField(csrf),
                  fileField("file", label: lang("Berkas JSON Lines (.jsonl)", "JSON Lines file (.jsonl)"), accept: ".jsonl,.json,application/jsonl",
                            errors: errors, lang: lang),
                  .fieldset(.element(named: "legend", text: lang("atau tiga berkas CSV", "or three CSV files")),
                            .forEach(HTCDSImportUpload.csvFields) { f in
                                fileField(f, label: "\(f).csv", accept: ".csv,text/csv", errors: errors, lang: lang)
                            }),
                  .button(.type(.submit), .plain(lang("Impor", "Import")))))
    }

    static func fileField(_ name: String, label: String, accept: String, errors: [FieldError], lang: Lang) -> Node {
        let error = errors.first { $0.field == name }
        return .div(.class(error == nil ? "field" : "field has-error"),
            .label(.for("f-\(name)"), .plain(label)),
            .unwrap(error) { .span(.class("error-text"), .id("f-\(name)-error"), .plain(lang($0.id, $0.en))) },
            .input(.type(.file), .id("f-\(name)"), .name(name), .attribute(named: "accept", value: accept),
                   .if(error != nil, .attribute(named: "aria-describedby", value: "f-\(name)-error"))))
    }

    static func recent(_ jobs: [HTCDSImportJob], chrome: Layout.Chrome) -> Node {
        let lang = chrome.lang
        return .table(.class("compact"),
            .caption(.plain(lang("Impor terakhir instansi Anda", "Your agency's latest imports"))),
            .thead(.tr(.th(.plain(lang("Waktu", "Time"))), .th(.plain(lang("Berkas", "File"))), .th(.plain(lang("Keadaan", "State"))),
                       .th(.plain(lang("Kasus dimuat", "Cases loaded"))), .th(.plain(lang("Penolakan", "Rejects"))))),
            .tbody(.forEach(jobs) { j in
                .tr(.td(.plain(chrome.time(j.createdAt))), .td(.a(.href(SiteRoute.htcdsImportJob(j.id).path), .plain(j.fileName))),
                    .td(.plain(lang(HTCDSImportJobView.stateLabel(j.state)))), .td(.plain(String(j.loaded.cases))), .td(.plain(String(j.rejects.count))))
            }))
    }
}
