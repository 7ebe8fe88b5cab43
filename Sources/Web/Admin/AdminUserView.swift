import Cases
import Markup
import Store

extension AdminViews {
    /// One user: role and agency, enabled or not, reset links, API tokens.
    static func user(_ chrome: Layout.Chrome, user u: UserAccount, agencies: [Agency], tokens: [APITokenInfo], errors: [FieldError],
                     link: (AccountLinks.Purpose, String)?, isSelf: Bool) -> HTML {
        let lang = chrome.lang
        return Layout.page(lang("Pengguna ", "User ") + u.username, chrome,
            FormViews.errorSummary(errors, lang: lang),
            .unwrap(link) { linkNotice($0.1, purpose: $0.0, name: u.displayName, lang: lang) },
            .p(.a(.href(SiteRoute.adminUsers.path), .plain(lang("Semua pengguna", "All users")))),
            .dl(.class("facts"),
                .dt(.plain(lang("Nama", "Name"))), .dd(.plain(u.displayName)),
                .dt(.plain(lang("Surel", "E-mail"))), .dd(.plain(u.email ?? "—")),
                .dt(.plain(lang("Verifikasi dua langkah", "Two-step verification"))),
                .dd(.plain(u.hasSecondFactor ? lang("terpasang", "set up") : lang("belum", "not yet"))),
                .dt(.plain(lang("Status", "Status"))), .dd(.plain(u.disabled ? lang("nonaktif", "disabled") : lang("aktif", "enabled")))),
            .h2(.plain(lang("Peran dan instansi", "Role and agency"))),
            .form(.method(.post), .action(SiteRoute.adminUserUpdate(u.id).path),
                  Layout.csrfField(chrome.csrf),
                  FormViews.select("role", label: lang("Peran", "Role"), options: roleOptions(lang), selected: u.role.rawValue, errors: errors,
                                   lang: lang, required: true),
                  FormViews.select("agencyID", label: lang("Instansi", "Agency"), options: agencyOptions(agencies), selected: u.agencyID,
                                   errors: errors, lang: lang, required: true),
                  confirmField(errors, lang: lang, suffix: "role"),
                  .button(.type(.submit), .plain(lang("Simpan peran dan instansi", "Save role and agency")))),
            .h2(.plain(lang("Tautan sekali pakai", "One-time links"))),
            .form(.method(.post), .action(SiteRoute.adminUserLink(u.id).path),
                  Layout.csrfField(chrome.csrf),
                  FormViews.select("purpose", label: lang("Untuk", "For"), options: [
                    (AccountLinks.Purpose.resetPassword.rawValue, lang("Kata sandi lupa: pilih kata sandi baru", "Forgotten password: choose a new one")),
                    (AccountLinks.Purpose.resetSecondFactor.rawValue, lang("Ponsel hilang: kata sandi baru dan autentikator baru",
                                                                          "Lost phone: new password and new authenticator")),
                    (AccountLinks.Purpose.setup.rawValue, lang("Akun baru: tautan penyiapan lagi", "New account: the set-up link again")),
                  ], selected: nil, errors: errors, lang: lang, required: true),
                  confirmField(errors, lang: lang, suffix: "link"),
                  .button(.type(.submit), .plain(lang("Buat tautan", "Make a link")))),
            .h2(.plain(lang("Token API", "API tokens"))),
            tokens.isEmpty ? .p(.plain(lang("Tidak ada token.", "No tokens."))) :
                .table(.caption(.plain(lang("Token API pengguna ini (rahasianya tidak disimpan)", "This user's API tokens (their secrets are not kept)"))),
                       .thead(.tr(.th(.plain(lang("Nama", "Name"))), .th(.plain(lang("Dibuat", "Created"))), .th(.plain(lang("Berlaku sampai", "Expires"))),
                                  .th(.plain(lang("Status", "Status"))))),
                       .tbody(.forEach(tokens) { t in
                           .tr(.td(.plain(t.name)), .td(.plain(String(t.createdAt.prefix(10)))), .td(.plain(t.expiresAt.map { String($0.prefix(10)) } ?? "—")),
                               .td(.plain(t.revokedAt == nil ? lang("berlaku", "valid") : lang("dicabut", "revoked"))))
                       })),
            .if(tokens.contains { $0.revokedAt == nil }, .form(.method(.post), .action(SiteRoute.adminUserToken(u.id).path),
                  Layout.csrfField(chrome.csrf),
                  FormViews.select("name", label: lang("Cabut token", "Revoke token"),
                                   options: Array(Set(tokens.filter { $0.revokedAt == nil }.map(\.name))).sorted().map { ($0, $0) },
                                   selected: nil, errors: errors, lang: lang, required: true),
                  confirmField(errors, lang: lang, suffix: "token"),
                  .button(.type(.submit), .plain(lang("Cabut", "Revoke"))))),
            .h2(.plain(u.disabled ? lang("Aktifkan kembali", "Enable again") : lang("Nonaktifkan", "Disable"))),
            .if(!isSelf || u.disabled, .form(.method(.post), .action(SiteRoute.adminUserStatus(u.id).path),
                  Layout.csrfField(chrome.csrf),
                  .input(.type(.hidden), .name("disabled"), .value(u.disabled ? "0" : "1")),
                  .p(.class("hint"), .plain(u.disabled ? lang("Pengguna dapat masuk lagi.", "The user can sign in again.")
                                                       : lang("Semua sesi berakhir dan semua token API dicabut.", "Every session ends and every API token is revoked."))),
                  confirmField(errors, lang: lang, suffix: "status"),
                  .button(.type(.submit), .plain(u.disabled ? lang("Aktifkan pengguna", "Enable user") : lang("Nonaktifkan pengguna", "Disable user"))))))
    }
}
