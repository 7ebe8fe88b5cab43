import Cases
import Plot
import Store

/// One case: its facts, the agencies involved, and its persons — by name only for those who
/// need to know, by pseudonym for everyone else.
enum CaseDetailView {
    static func render(_ chrome: Layout.Chrome, detail: CaseDetail, screenings: [StoredScreening], personForm: FormData?,
                       errors: [FieldError], canAddPerson: Bool) -> HTML {
        let lang = chrome.lang
        let c = detail.record
        return Layout.page(lang("Kasus \(c.number)", "Case \(c.number)"), chrome,
            .dl(.class("facts"),
                .dt(.text(lang("Tahap", "Stage"))), .dd(.text(lang(c.status.label))),
                .dt(.text(lang("Wilayah", "Region"))), .dd(.text("\(c.regency), \(c.provinceName)")),
                .dt(.text(lang("Dilaporkan", "Reported"))), .dd(.text(c.openedOn)),
                .dt(.text(lang("Tanggal kejadian", "Date of the acts"))), .dd(.text(c.incidentDate ?? lang("tidak diketahui", "unknown"))),
                .dt(.text(lang("Eksploitasi", "Exploitation"))), .dd(.text(c.exploitationTypes.map { lang($0.label) }.joined(separator: ", "))),
                .dt(.text(lang("Ringkasan", "Summary"))), .dd(.text(c.summary.isEmpty ? "—" : c.summary)),
                .dt(.text(lang("Instansi terlibat", "Agencies involved"))), .dd(.ul(.forEach(detail.agencies) { .li(.text($0.name)) }))),
            .h2(.text(lang("Orang dalam kasus", "Persons in the case"))),
            detail.persons.isEmpty ? .p(.text(lang("Belum ada orang yang dicatat.", "No persons recorded yet."))) : persons(detail, lang: lang),
            screeningList(c.id, screenings, lang: lang),
            .if(canAddPerson, addPerson(chrome, caseID: c.id, form: personForm, errors: errors))
        )
    }

    static func screeningList(_ caseID: String, _ screenings: [StoredScreening], lang: Lang) -> Node<HTML.BodyContext> {
        .section(.attribute(named: "aria-labelledby", value: "screenings"),
            .h2(.id("screenings"), .text(lang("Penapisan hukum", "Legal screenings"))),
            screenings.isEmpty ? .p(.text(lang("Belum ada penapisan.", "No screening yet."))) : .table(
                .thead(.tr(.th(.text(lang("Disimpan", "Saved"))), .th(.text("Palermo")), .th(.text(lang("Nasional", "National"))),
                           .th(.text(lang("Pasal", "Articles"))))),
                .tbody(.forEach(screenings) { s in
                    .tr(.td(.a(.href(SiteRoute.storedScreening(caseID: caseID, screeningID: s.id).path), .text(String(s.createdAt.prefix(10))))),
                        .td(.text(s.palermoVerdict)), .td(.text(s.nationalVerdict)), .td(.text(s.articles.joined(separator: "; "))))
                })),
            .p(.a(.href(SiteRoute.screening(caseID: caseID).path), .text(lang("Lakukan penapisan hukum untuk kasus ini", "Screen this case against the law")))),
            .p(.a(.href(SiteRoute.coordination(caseID).path),
                  .text(lang("Koordinasi: rujukan, layanan perlindungan, proses hukum, linimasa", "Coordination: referrals, protection services, justice track, timeline")))))
    }

    static func persons(_ detail: CaseDetail, lang: Lang) -> Node<HTML.BodyContext> {
        .table(.class("persons"),
            .thead(.tr(.th(.text(lang("Peran", "Role"))), .th(.text(lang("Nama / samaran", "Name / pseudonym"))),
                       .th(.text("NIK")), .th(.text(lang("Tempat, tanggal lahir", "Place and date of birth"))), .th(.text(lang("Catatan", "Notes"))))),
            .tbody(.forEach(detail.persons) { p in
                let identity = detail.identities[p.id]
                return .tr(
                    .td(.text(lang(p.role.label))),
                    .td(identity.map { .text($0.fullName) } ?? .span(.class("pseudonym"), .text(p.pseudonym(lang.language)))),
                    .td(.text(identity.map { $0.nik ?? "—" } ?? lang("dilindungi", "protected"))),
                    .td(.text(identity.map { $0.placeAndDateOfBirth ?? "—" } ?? lang("dilindungi", "protected"))),
                    .td(.forEach(p.warnings) { .span(.class("warning"), .text(lang($0.id, $0.en))) },
                        .if(identity != nil, .a(.href(SiteRoute.personMatches(p.id).path),
                                                .text(lang("Kecocokan lintas instansi", "Matches across agencies"))))))
            }))
    }

    static func addPerson(_ chrome: Layout.Chrome, caseID: String, form: FormData?, errors: [FieldError]) -> Node<HTML.BodyContext> {
        let lang = chrome.lang
        return .section(.attribute(named: "aria-labelledby", value: "add-person"),
            .h2(.id("add-person"), .text(lang("Tambah orang", "Add a person"))),
            FormViews.errorSummary(errors, lang: lang),
            .form(.method(.post), .action(SiteRoute.addPerson(caseID).path), .attribute(named: "novalidate"),
                  Layout.csrfField(chrome.csrf),
                  FormViews.select("role", label: lang("Peran", "Role"), options: PersonRole.allCases.map { ($0.rawValue, lang($0.label)) },
                                   selected: form?["role"] ?? "victim", errors: errors, lang: lang, required: true),
                  FormViews.textField("fullName", label: lang("Nama lengkap", "Full name"), value: form?["fullName"], errors: errors, lang: lang, required: true),
                  FormViews.textField("nik", label: "NIK", value: form?["nik"], errors: errors, lang: lang,
                                      hint: lang("16 angka; NIK yang meragukan tetap disimpan dan ditandai.", "16 digits; a doubtful NIK is kept and flagged.")),
                  FormViews.textField("birthPlace", label: lang("Tempat lahir", "Place of birth"), value: form?["birthPlace"], errors: errors, lang: lang),
                  FormViews.textField("birthDate", label: lang("Tanggal lahir", "Birth date"), value: form?["birthDate"], errors: errors, lang: lang, type: .date),
                  FormViews.select("sex", label: lang("Jenis kelamin", "Sex"), options: CasePerson.Sex.allCases.map { ($0.rawValue, lang($0.label)) },
                                   selected: form?["sex"], errors: errors, lang: lang),
                  FormViews.textField("ageAtReport", label: lang("Usia saat dilaporkan", "Age when reported"), value: form?["ageAtReport"], errors: errors, lang: lang, type: .number),
                  FormViews.textField("citizenship", label: lang("Kewarganegaraan (kode negara)", "Citizenship (country code)"), value: form?["citizenship"] ?? "ID", errors: errors, lang: lang),
                  FormViews.textField("address", label: lang("Alamat", "Address"), value: form?["address"], errors: errors, lang: lang),
                  FormViews.textField("phone", label: lang("Telepon", "Phone"), value: form?["phone"], errors: errors, lang: lang, type: .tel),
                  .button(.type(.submit), .text(lang("Simpan orang", "Save person")))))
    }
}
