import Cases
import Markup
import Store

/// One case: its facts, the agencies involved, and its persons — by name only for those who
/// need to know, by pseudonym for everyone else.
enum CaseDetailView {
    static func render(_ chrome: Layout.Chrome, detail: CaseDetail, screenings: [StoredScreening], network: CaseEntities,
                       personForm: FormData?, errors: [FieldError], canAddPerson: Bool) -> HTML {
        let lang = chrome.lang
        let c = detail.record
        return Layout.page(lang("Kasus \(c.number)", "Case \(c.number)"), chrome,
            // A case with nobody in it yet has just been registered: say so, and what comes next.
            .if(detail.persons.isEmpty && canAddPerson,
                .div(.class("notice"), .attribute(named: "role", value: "status"),
                     .p(.strong(.plain(lang("Kasus \(c.number) terdaftar.", "Case \(c.number) is registered.")))),
                     .p(.plain(lang("Langkah berikutnya: catat korban, saksi dan tersangka di bawah; lalu lakukan penapisan hukum dan rujuk korban ke layanan.",
                                    "Next: record the victims, witnesses and suspects below; then screen the case against the law and refer the victims to services."))))),
            .dl(.class("facts"),
                .dt(.plain(lang("Tahap", "Stage"))), .dd(.plain(lang(c.status.label))),
                .dt(.plain(lang("Wilayah", "Region"))), .dd(.plain("\(c.regency), \(c.provinceName)")),
                .dt(.plain(lang("Dilaporkan", "Reported"))), .dd(.plain(c.openedOn)),
                .dt(.plain(lang("Tanggal kejadian", "Date of the acts"))), .dd(.plain(c.incidentDate ?? lang("tidak diketahui", "unknown"))),
                .dt(.plain(lang("Tempat eksploitasi", "Where the exploitation took place"))),
                .dd(.plain(c.exploitationCountry.flatMap(Country.named(code:)).map { lang($0.name) } ?? lang("tidak diketahui", "unknown"))),
                .dt(.plain(lang("Eksploitasi", "Exploitation"))), .dd(.plain(c.exploitationTypes.map { lang($0.label) }.joined(separator: ", "))),
                .dt(.plain(lang("Ringkasan", "Summary"))), .dd(.plain(c.summary.isEmpty ? "—" : c.summary)),
                .dt(.plain(lang("Instansi terlibat", "Agencies involved"))), .dd(.ul(.forEach(detail.agencies) { .li(.plain($0.name)) }))),
            .h2(.plain(lang("Orang dalam kasus", "Persons in the case"))),
            detail.persons.isEmpty ? .p(.plain(lang("Belum ada orang yang dicatat.", "No persons recorded yet."))) : persons(detail, lang: lang),
            screeningList(c.id, screenings, lang: lang),
            CaseNetworkSection.render(c.id, network, canAdd: canAddPerson, lang: lang),
            .if(canAddPerson, addPerson(chrome, caseID: c.id, form: personForm, errors: errors))
        )
    }

    static func screeningList(_ caseID: String, _ screenings: [StoredScreening], lang: Lang) -> Node {
        .section(.attribute(named: "aria-labelledby", value: "screenings"),
            .h2(.id("screenings"), .plain(lang("Penapisan hukum", "Legal screenings"))),
            screenings.isEmpty ? .p(.plain(lang("Belum ada penapisan.", "No screening yet."))) : .table(
                .thead(.tr(.th(.plain(lang("Disimpan", "Saved"))), .th(.plain("Palermo")), .th(.plain(lang("Nasional", "National"))),
                           .th(.plain(lang("Pasal", "Articles"))))),
                .tbody(.forEach(screenings) { s in
                    .tr(.td(.a(.href(SiteRoute.storedScreening(caseID: caseID, screeningID: s.id).path), .plain(String(s.createdAt.prefix(10))))),
                        .td(.plain(s.palermoVerdict)), .td(.plain(s.nationalVerdict)), .td(.plain(s.articles.joined(separator: "; "))))
                })),
            .p(.a(.href(SiteRoute.screening(caseID: caseID).path), .plain(lang("Lakukan penapisan hukum untuk kasus ini", "Screen this case against the law"))),
               .plain(" · "),
               .a(.href(SiteRoute.identification(privateMode: false).path + "?kasus=\(caseID)"), .plain(lang("Identifikasi korban untuk kasus ini", "Identify a victim for this case")))),
            .p(.a(.href(SiteRoute.coordination(caseID).path),
                  .plain(lang("Koordinasi: rujukan, layanan perlindungan, proses hukum, linimasa", "Coordination: referrals, protection services, justice track, timeline")))))
    }

    static func persons(_ detail: CaseDetail, lang: Lang) -> Node {
        .table(.class("persons"),
            .thead(.tr(.th(.plain(lang("Peran", "Role"))), .th(.plain(lang("Nama / samaran", "Name / pseudonym"))),
                       .th(.plain("NIK")), .th(.plain(lang("Tempat, tanggal lahir", "Place and date of birth"))), .th(.plain(lang("Catatan", "Notes"))))),
            .tbody(.forEach(detail.persons) { p in
                let identity = detail.identities[p.id]
                return .tr(
                    .td(.plain(lang(p.role.label))),
                    .td(identity.map { .plain($0.fullName) } ?? .span(.class("pseudonym"), .plain(p.pseudonym(lang.language)))),
                    .td(.plain(identity.map { $0.nik ?? "—" } ?? lang("dilindungi", "protected"))),
                    .td(.plain(identity.map { $0.placeAndDateOfBirth ?? "—" } ?? lang("dilindungi", "protected"))),
                    .td(.forEach(p.warnings) { .span(.class("warning"), .plain(lang($0.id, $0.en))) },
                        .if(identity != nil, .a(.href(SiteRoute.personMatches(p.id).path),
                                                .plain(lang("Kecocokan lintas instansi", "Matches across agencies"))))))
            }))
    }

    static func addPerson(_ chrome: Layout.Chrome, caseID: String, form: FormData?, errors: [FieldError]) -> Node {
        let lang = chrome.lang
        return .section(.attribute(named: "aria-labelledby", value: "add-person"),
            .h2(.id("add-person"), .plain(lang("Tambah orang", "Add a person"))),
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
                  .button(.type(.submit), .plain(lang("Simpan orang", "Save person")))))
    }
}
