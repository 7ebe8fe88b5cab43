import Cases
import Hummingbird
import Markup
import OpenData
import Store

/// `/admin/data`: the privacy budget of the victims data set. The administrator sets the cap on
/// ε and δ (asked for the password or code again; audited) and sees every spending against it.
/// Releases are drafted, previewed, approved and published at `/admin/data/rilis`
/// (`ReleaseWorkflowController`).
struct OpenDataAdminController {
    let store: SimpulStore
    let reauth: Reauthentication

    static let dataset = "victims"

    func register(_ router: Router<SimpulContext>) {
        router.get(SiteRoute.adminOpenData.pattern) { _, ctx in try await page(ctx, errors: [], saved: false) }
        router.post(SiteRoute.adminOpenData.pattern) { _, ctx in try await save(ctx) }
    }

    func page(_ ctx: SimpulContext, errors: [FieldError], saved: Bool, typed: (String, String)? = nil) async throws -> Response {
        let s = try ctx.requireAdministrator()
        let ledger = try await store.openData.ledger(Self.dataset)
        let lang = ctx.lang
        let chrome = ctx.chrome(for: s, path: SiteRoute.adminOpenData.path)
        let html = Layout.page(lang("Data terbuka: anggaran privasi", "Open data: privacy budget"), chrome,
            FormViews.errorSummary(errors, lang: lang),
            .if(saved, .p(.class("notice"), .plain(lang("Batas disimpan.", "Cap saved.")))),
            .p(.plain(lang("Setiap tabel yang diterbitkan memakai sebagian anggaran privasi data korban; jumlahnya tidak boleh melebihi batas ini. Yang sudah terpakai tidak kembali.",
                           "Every published table spends part of the victims data's privacy budget; the total may not pass this cap. What is spent does not come back."))),
            .dl(.class("facts"),
                .dt(.plain(lang("Batas", "Cap"))), .dd(.plain("ε = \(ledger.cap.epsilon), δ = \(ledger.cap.delta)")),
                .dt(.plain(lang("Terpakai", "Spent"))), .dd(.plain("ε = \(ledger.spent.epsilon), δ = \(ledger.spent.delta)")),
                .dt(.plain(lang("Sisa", "Remaining"))), .dd(.plain("ε = \(ledger.remaining.epsilon), δ = \(ledger.remaining.delta)"))),
            .if(!ledger.entries.isEmpty, .table(
                .caption(.plain(lang("Pemakaian", "Spendings"))),
                .thead(.tr(.th(.plain(lang("Tanggal", "Date"))), .th(.plain(lang("Oleh", "By"))), .th(.plain(lang("Tabel", "Table"))),
                           .th(.plain("ε")), .th(.plain("δ")))),
                .tbody(.forEach(ledger.entries) { e in
                    .tr(.td(.plain(e.on.description)), .td(.plain(e.spentBy)), .td(.plain(e.table)),
                        .td(.plain(e.cost.epsilon.description)), .td(.plain(e.cost.delta.description)))
                }))),
            .form(.method(.post), .action(SiteRoute.adminOpenData.path),
                  Layout.csrfField(chrome.csrf),
                  FormViews.textField("epsilon", label: lang("Batas ε (mis. 2 atau 0.5)", "Cap on ε (e.g. 2 or 0.5)"),
                                      value: typed?.0 ?? ledger.cap.epsilon.description, errors: errors, lang: lang, required: true),
                  FormViews.textField("delta", label: lang("Batas δ (mis. 1/1000000)", "Cap on δ (e.g. 1/1000000)"),
                                      value: typed?.1 ?? ledger.cap.delta.description, errors: errors, lang: lang, required: true),
                  AdminViews.confirmField(errors, lang: lang, suffix: "cap"),
                  .button(.type(.submit), .plain(lang("Simpan", "Save")))),
            .p(.a(.href(SiteRoute.adminReleaseDrafts.path), .plain(lang("Rilis: draf, pratinjau, persetujuan, penerbitan",
                                                                      "Releases: draft, preview, approval, publication")))),
            .p(.a(.href(SiteRoute.openData.path), .plain(lang("Halaman data terbuka publik", "The public open-data page")))))
        return Layout.response(html, status: errors.isEmpty ? .ok : .unprocessableContent)
    }

    func save(_ ctx: SimpulContext) async throws -> Response {
        let s = try ctx.requireAdministrator()
        let form = ctx.form ?? FormData("")
        let typed = (form.value("epsilon") ?? "", form.value("delta") ?? "")
        var errors: [FieldError] = []
        let epsilon = Fraction(text: typed.0), delta = Fraction(text: typed.1)
        if epsilon == nil || epsilon == .zero {
            errors.append(FieldError(field: "epsilon", id: "ε harus bilangan positif seperti 2, 0.5 atau 1/3.",
                                     en: "ε must be a positive number such as 2, 0.5 or 1/3."))
        }
        if delta.map({ !($0 < .one) }) ?? true {
            errors.append(FieldError(field: "delta", id: "δ harus bilangan dari 0 sampai di bawah 1, seperti 1/1000000.",
                                     en: "δ must be a number from 0 to below 1, such as 1/1000000."))
        }
        guard errors.isEmpty, let epsilon, let delta else { return try await page(ctx, errors: errors, saved: false, typed: typed) }
        if let wrong = try await reauth.check(s, form, lang: ctx.lang) { return try await page(ctx, errors: [wrong], saved: false, typed: typed) }
        do {
            try await store.openData.setCap(PrivacyCost(epsilon: epsilon, delta: delta), of: Self.dataset, by: s.viewer)
        } catch let refusal as OpenDataError {
            return try await page(ctx, errors: [FieldError(field: "epsilon", id: "Batas tidak boleh di bawah yang sudah terpakai.",
                                                           en: "The cap cannot be below what is already spent. (\(refusal))")],
                                  saved: false, typed: typed)
        }
        return try await page(ctx, errors: [], saved: true)
    }
}
