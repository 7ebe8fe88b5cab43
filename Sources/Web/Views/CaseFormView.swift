import Cases
import Foundation
import Markup
import Store

/// Registering a case: place, dates, exploitation, a non-identifying summary, other agencies.
enum CaseFormView {
    static func render(_ chrome: Layout.Chrome, form: FormData?, errors: [FieldError], agencies: [Agency]) -> HTML {
        let lang = chrome.lang
        let chosenTypes = Set(form?.all("exploitationTypes") ?? [])
        let chosenAgencies = Set(form?.all("agencyIDs") ?? [])
        let own = chrome.signedIn?.user.agencyID
        // An officer registers cases of the province their agency serves, mostly: it is filled in.
        let ownProvince = agencies.first { $0.id == own }?.provinceCode
        return Layout.page(lang("Daftarkan kasus", "Register a case"), chrome,
            FormViews.errorSummary(errors, lang: lang),
            .form(.method(.post), .action(SiteRoute.newCase.path), .attribute(named: "novalidate"),
                  Layout.csrfField(chrome.csrf),
                  .unwrap(form?.value("reportID")) { .input(.type(.hidden), .name("reportID"), .value($0)) },
                  FormViews.select("provinceCode", label: lang("Provinsi", "Province"), options: Province.all.map { ($0.code, $0.name) },
                                   selected: form?["provinceCode"] ?? ownProvince, errors: errors, lang: lang, required: true),
                  FormViews.textField("regency", label: lang("Kabupaten/kota", "Kabupaten/kota"), value: form?["regency"], errors: errors,
                                      lang: lang, required: true),
                  FormViews.textField("openedOn", label: lang("Tanggal laporan", "Date reported"), value: form?["openedOn"] ?? CalendarDate(Date()).description,
                                      errors: errors, lang: lang, type: .date, required: true),
                  FormViews.textField("incidentDate", label: lang("Tanggal kejadian", "Date of the acts"), value: form?["incidentDate"],
                                      errors: errors, lang: lang, type: .date),
                  FormViews.select("exploitationCountry", label: lang("Tempat eksploitasi", "Where the exploitation took place"),
                                   options: Country.all.map { ($0.code, lang($0.name)) }, selected: form?["exploitationCountry"],
                                   errors: errors, lang: lang),
                  checkboxes("exploitationTypes", legend: lang("Jenis eksploitasi", "Forms of exploitation"),
                             options: ExploitationType.allCases.map { ($0.rawValue, lang($0.label)) }, chosen: chosenTypes, errors: errors, lang: lang),
                  textArea("summary", label: lang("Ringkasan (tanpa nama, NIK atau alamat)", "Summary (no names, NIKs or addresses)"),
                           value: form?["summary"], errors: errors, lang: lang),
                  checkboxes("agencyIDs", legend: lang("Instansi lain yang terlibat", "Other agencies involved"),
                             options: agencies.filter { $0.id != own }.map { ($0.id, $0.name) }, chosen: chosenAgencies, errors: errors, lang: lang),
                  .button(.type(.submit), .plain(lang("Simpan kasus", "Save case"))))
        )
    }

    static func checkboxes(_ name: String, legend: String, options: [(String, String)], chosen: Set<String>,
                           errors: [FieldError], lang: Lang) -> Node {
        let error = errors.first { $0.field.hasPrefix(name) }
        return .fieldset(.id("f-\(FormViews.fieldID(name))"), .class(error == nil ? "checks" : "checks has-error"),
            .element(named: "legend", text: legend),
            .unwrap(error) { .span(.class("error-text"), .plain(lang($0.id, $0.en))) },
            .forEach(Array(options.enumerated())) { i, o in
                .div(.class("check"),
                     .input(.type(.checkbox), .id("\(name)-\(i)"), .name(name), .value(o.0), .checked(chosen.contains(o.0))),
                     .label(.attribute(named: "for", value: "\(name)-\(i)"), .plain(o.1)))
            })
    }

    static func textArea(_ name: String, label: String, value: String?, errors: [FieldError], lang: Lang) -> Node {
        let error = errors.first { $0.field == name }
        let id = "f-\(FormViews.fieldID(name))"
        return .div(.class(error == nil ? "field" : "field has-error"),
                    .label(.attribute(named: "for", value: id), .plain(label)),
                    .unwrap(error) { .span(.class("error-text"), .plain(lang($0.id, $0.en))) },
                    .textarea(.id(id), .name(name), .attribute(named: "rows", value: "4"), .plain(value ?? "")))
    }
}
