import Cases
import Markup
import Store

/// The administrator's pages: a start page, agencies and users.
enum AdminViews {
    static func home(_ chrome: Layout.Chrome) -> HTML {
        let lang = chrome.lang
        return Layout.page(lang("Administrasi", "Administration"), chrome,
            .ul(.class("links"),
                .li(.a(.href(SiteRoute.adminUsers.path), .plain(lang("Pengguna", "Users"))),
                    .plain(lang(" — buat akun dengan tautan sekali pakai, ubah peran, nonaktifkan, atur ulang, token API",
                                " — accounts with one-time links, roles, disabling, resets, API tokens"))),
                .li(.a(.href(SiteRoute.adminAgencies.path), .plain(lang("Instansi", "Agencies"))),
                    .plain(lang(" — tambah, ubah, nonaktifkan", " — add, edit, deactivate"))),
                .li(.a(.href(SiteRoute.adminAudit().path), .plain(lang("Log audit", "Audit log"))),
                    .plain(lang(" — siapa melakukan apa, dan pemeriksaan rantai hash", " — who did what, and the hash-chain check"))),
                .li(.a(.href(SiteRoute.reportSettings.path), .plain(lang("Rute laporan", "Report routing")))),
                .li(.a(.href(SiteRoute.adminAgencyRegister.path), .plain(lang("Daftar P3MI berizin", "Licensed agencies (P3MI)"))),
                    .plain(lang(" — unggah daftar perusahaan penempatan berizin untuk pemeriksa tawaran kerja", " — upload the register of licensed placement agencies for the job-offer checker"))),
                .li(.a(.href(SiteRoute.adminWarnings.path), .plain(lang("Peringatan resmi", "Published warnings"))),
                    .plain(lang(" — umumkan atau cabut peringatan tentang perekrut", " — publish or withdraw warnings about recruiters"))),
                .li(.a(.href(SiteRoute.adminMonitoring.path), .plain(lang("Pemantauan", "Monitoring"))),
                    .plain(lang(" — ambang k untuk angka lintas instansi", " — the threshold k for figures across agencies"))),
                .li(.a(.href(SiteRoute.adminNetworks.path), .plain(lang("Jaringan pelaku", "Perpetrator networks"))),
                    .plain(lang(" — resolusi komunitas pada halaman jaringan", " — the resolution of communities on network pages"))),
                .li(.a(.href(SiteRoute.adminOpenData.path), .plain(lang("Data terbuka", "Open data"))),
                    .plain(lang(" — batas anggaran privasi untuk rilis publik", " — the privacy-budget cap for public releases")))))
    }

    /// The field asking for the password or code again, on every sensitive form.
    static func confirmField(_ errors: [FieldError], lang: Lang, suffix: String) -> Node {
        FormViews.textField(Reauthentication.field, label: lang("Konfirmasi dengan kata sandi atau kode autentikator Anda",
                                                                "Confirm with your password or authenticator code"),
                            value: nil, errors: errors, lang: lang, type: .password, required: true,
                            autocomplete: "current-password", idSuffix: suffix)
    }

    static func agencyFields(_ form: FormData?, agency: Agency?, errors: [FieldError], lang: Lang, withCode: Bool) -> Node {
        .group(
            .if(withCode, FormViews.textField("code", label: lang("Kode (mis. POLDA-NTT)", "Code (e.g. POLDA-NTT)"),
                                              value: form?["code"], errors: errors, lang: lang, required: true)),
            FormViews.textField("name", label: lang("Nama", "Name"), value: form?["name"] ?? agency?.name, errors: errors, lang: lang, required: true),
            FormViews.select("kind", label: lang("Jenis", "Kind"), options: Agency.Kind.allCases.map { ($0.rawValue, lang($0.label)) },
                             selected: form?["kind"] ?? agency?.kind.rawValue, errors: errors, lang: lang, required: true),
            FormViews.select("provinceCode", label: lang("Provinsi (kosong: nasional)", "Province (empty: national)"),
                             options: Province.all.map { ($0.code, $0.name) }, selected: form?["provinceCode"] ?? agency?.provinceCode,
                             errors: errors, lang: lang, markOptional: false))
    }

    static func agencies(_ chrome: Layout.Chrome, agencies: [Agency], users: [UserAccount], form: FormData?, errors: [FieldError]) -> HTML {
        let lang = chrome.lang
        let members = Dictionary(grouping: users.filter { !$0.disabled }, by: \.agencyID).mapValues(\.count)
        return Layout.page(lang("Instansi", "Agencies"), chrome,
            FormViews.errorSummary(errors, lang: lang),
            .table(.caption(.plain(lang("Instansi anggota gugus tugas", "Member agencies of the task force"))),
                   .thead(.tr(.th(.plain(lang("Kode", "Code"))), .th(.plain(lang("Nama", "Name"))), .th(.plain(lang("Jenis", "Kind"))),
                              .th(.plain(lang("Pengguna aktif", "Enabled users"))), .th(.plain(lang("Status", "Status"))))),
                   .tbody(.forEach(agencies) { a in
                       .tr(.td(.a(.href(SiteRoute.adminAgency(a.id).path), .plain(a.code))), .td(.plain(a.name)), .td(.plain(lang(a.kind.label))),
                           .td(.class("num"), .plain(String(members[a.id] ?? 0))),
                           .td(.plain(a.active ? lang("aktif", "active") : lang("nonaktif", "deactivated"))))
                   })),
            .h2(.id("baru"), .plain(lang("Tambah instansi", "Add an agency"))),
            .form(.method(.post), .action(SiteRoute.adminAgencies.path),
                  Layout.csrfField(chrome.csrf),
                  agencyFields(form, agency: nil, errors: errors, lang: lang, withCode: true),
                  .button(.type(.submit), .plain(lang("Tambah instansi", "Add agency")))))
    }

    static func agency(_ chrome: Layout.Chrome, agency a: Agency, members: [UserAccount], form: FormData?, errors: [FieldError]) -> HTML {
        let lang = chrome.lang
        return Layout.page(lang("Instansi ", "Agency ") + a.code, chrome,
            FormViews.errorSummary(errors, lang: lang),
            .p(.a(.href(SiteRoute.adminAgencies.path), .plain(lang("Semua instansi", "All agencies")))),
            .form(.method(.post), .action(SiteRoute.adminAgency(a.id).path),
                  Layout.csrfField(chrome.csrf),
                  agencyFields(form, agency: a, errors: errors, lang: lang, withCode: false),
                  .button(.type(.submit), .plain(lang("Simpan", "Save")))),
            .h2(.plain(lang("Pengguna", "Users"))),
            members.isEmpty ? .p(.plain(lang("Belum ada pengguna.", "No users yet."))) :
                .ul(.forEach(members) { u in
                    .li(.a(.href(SiteRoute.adminUser(u.id).path), .plain("\(u.displayName) (\(u.username))")),
                        .plain(" · " + lang(u.role.label) + (u.disabled ? lang(" · nonaktif", " · disabled") : "")))
                }),
            .h2(.plain(a.active ? lang("Nonaktifkan", "Deactivate") : lang("Aktifkan kembali", "Reactivate"))),
            .p(.class("hint"), .plain(a.active
                ? lang("Kasus dan riwayatnya tetap tersimpan; instansi tidak lagi dapat dipilih untuk pengguna baru.",
                       "Its cases and history stay; it can no longer be chosen for new users.")
                : lang("Instansi dapat dipilih lagi untuk pengguna.", "The agency can be chosen for users again."))),
            .form(.method(.post), .action(SiteRoute.adminAgencyStatus(a.id).path),
                  Layout.csrfField(chrome.csrf),
                  .input(.type(.hidden), .name("active"), .value(a.active ? "0" : "1")),
                  confirmField(errors, lang: lang, suffix: "status"),
                  .button(.type(.submit), .plain(a.active ? lang("Nonaktifkan instansi", "Deactivate agency")
                                                           : lang("Aktifkan instansi", "Reactivate agency")))))
    }

    static func roleOptions(_ lang: Lang) -> [(value: String, label: String)] {
        Role.allCases.map { ($0.rawValue, lang($0.label)) }
    }

    static func agencyOptions(_ agencies: [Agency]) -> [(value: String, label: String)] {
        agencies.filter(\.active).map { ($0.id, "\($0.name) (\($0.code))") }
    }

    /// A one-time link, shown once, with what to do with it.
    static func linkNotice(_ url: String, purpose: AccountLinks.Purpose, name: String, lang: Lang) -> Node {
        let what: (id: String, en: String) = switch purpose {
        case .setup: ("memilih kata sandi pertama", "choose a first password")
        case .resetPassword: ("memilih kata sandi baru", "choose a new password")
        case .resetSecondFactor: ("memilih kata sandi baru dan memasang autentikator baru", "choose a new password and set up a new authenticator")
        }
        return .div(.class("notice"), .attribute(named: "role", value: "status"),
            .p(.strong(.plain(lang("Tautan sekali pakai untuk \(name)", "One-time link for \(name)")))),
            .p(.code(.plain(url))),
            .p(.plain(lang("Berikan tautan ini kepada \(name) lewat jalur yang aman (langsung, atau pesan terenkripsi) untuk \(what.id). Tautan berlaku 72 jam, sekali pakai, dan tidak ditampilkan lagi.",
                           "Give this link to \(name) by a safe channel (in person, or an encrypted message) to \(what.en). It works for 72 hours, once, and is not shown again."))))
    }

    static func users(_ chrome: Layout.Chrome, users: [UserAccount], agencies: [Agency], form: FormData?, errors: [FieldError],
                      created: (UserAccount, String)?) -> HTML {
        let lang = chrome.lang
        let names = Dictionary(agencies.map { ($0.id, $0.code) }, uniquingKeysWith: { a, _ in a })
        return Layout.page(lang("Pengguna", "Users"), chrome,
            FormViews.errorSummary(errors, lang: lang),
            .unwrap(created) { linkNotice($0.1, purpose: .setup, name: $0.0.displayName, lang: lang) },
            .table(.caption(.plain(lang("Semua pengguna", "All users"))),
                   .thead(.tr(.th(.plain(lang("Nama pengguna", "Username"))), .th(.plain(lang("Nama", "Name"))),
                              .th(.plain(lang("Peran", "Role"))), .th(.plain(lang("Instansi", "Agency"))), .th(.plain(lang("Status", "Status"))))),
                   .tbody(.forEach(users) { u in
                       .tr(.td(.a(.href(SiteRoute.adminUser(u.id).path), .plain(u.username))), .td(.plain(u.displayName)),
                           .td(.plain(lang(u.role.label))), .td(.plain(names[u.agencyID] ?? u.agencyID)),
                           .td(.plain(u.disabled ? lang("nonaktif", "disabled") : lang("aktif", "enabled"))))
                   })),
            .h2(.plain(lang("Buat pengguna", "Create a user"))),
            .p(.class("hint"), .plain(lang("Simpul tidak membuat kata sandi untuk orang lain: pengguna baru menerima tautan sekali pakai untuk memilih kata sandinya sendiri.",
                                          "Simpul makes no password for anyone: a new user gets a one-time link to choose their own."))),
            .form(.method(.post), .action(SiteRoute.adminUsers.path),
                  Layout.csrfField(chrome.csrf),
                  FormViews.textField("username", label: lang("Nama pengguna", "Username"), value: form?["username"], errors: errors, lang: lang,
                                      required: true, autocomplete: "off"),
                  FormViews.textField("displayName", label: lang("Nama tampilan", "Display name"), value: form?["displayName"], errors: errors,
                                      lang: lang, required: true),
                  FormViews.textField("email", label: lang("Surel", "E-mail"), value: form?["email"], errors: errors, lang: lang, type: .email),
                  FormViews.select("role", label: lang("Peran", "Role"), options: roleOptions(lang), selected: form?["role"], errors: errors,
                                   lang: lang, required: true),
                  FormViews.select("agencyID", label: lang("Instansi", "Agency"), options: agencyOptions(agencies), selected: form?["agencyID"],
                                   errors: errors, lang: lang, required: true),
                  confirmField(errors, lang: lang, suffix: "new"),
                  .button(.type(.submit), .plain(lang("Buat pengguna dan tautan", "Create user and link")))))
    }
}
