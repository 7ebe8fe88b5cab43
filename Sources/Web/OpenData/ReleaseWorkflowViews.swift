import Foundation
import Markup
import OpenData
import Store

/// `/admin/data/rilis`: the drafts and where each stands, the budget left, the signing key, and
/// the form that builds a new draft over the registry.
enum ReleaseWorkflowViews {
    static func drafts(_ model: ReleaseDraftsPage, _ chrome: Layout.Chrome) -> HTML {
        let lang = chrome.lang
        return Layout.page(lang("Rilis data terbuka", "Open-data releases"), chrome,
            FormViews.errorSummary(model.errors, lang: lang),
            .p(.plain(lang("Draf dibuat dari seluruh data korban, lalu dipratinjau, disetujui dan diterbitkan. Derau setiap draf diambil sekali; setiap draf disimpan.",
                           "A draft is built over all the victims data, then previewed, approved and published. Each draft's noise is drawn once; every draft is kept."))),
            .dl(.class("facts"),
                .dt(.plain(lang("Sisa anggaran", "Budget left"))),
                .dd(.plain("ε = \(model.ledger.remaining.epsilon), δ = \(model.ledger.remaining.delta)"))),
            signingKey(model.signingKey, chrome),
            .h2(.plain(lang("Draf", "Drafts"))),
            model.drafts.isEmpty ? .p(.plain(lang("Belum ada draf.", "No draft yet."))) : .div(.class("table-scroll"), .table(
                .caption(.plain(lang("Draf rilis, terbaru dahulu", "Release drafts, newest first"))),
                .thead(.tr(.th(.plain(lang("Versi", "Version"))), .th(.plain(lang("Tahap", "Stage"))),
                           .th(.plain(lang("Dibuat", "Prepared"))), .th(.plain("ε")))),
                .tbody(.forEach(model.drafts) { d in
                    .tr(.td(.a(.href(SiteRoute.adminReleaseDraft(d.id).path), .plain(d.contents.spec.version))),
                        .td(.plain(stage(d.stage, lang))), .td(.plain(chrome.time(d.preparedAt))),
                        .td(.plain(d.contents.receipt.cost.epsilon.description)))
                }))),
            .h2(.plain(lang("Draf baru", "New draft"))),
            .form(.method(.post), .action(SiteRoute.adminReleaseDrafts.path),
                  Layout.csrfField(chrome.csrf),
                  FormViews.textField("version", label: lang("Versi (mis. 2026.1)", "Version (e.g. 2026.1)"), value: model.form.version,
                                      errors: model.errors, lang: lang, required: true),
                  FormViews.textField("k", label: lang("k berkas per korban (paling sedikit 11)", "k of the per-victim file (at least 11)"),
                                      value: model.form.k, errors: model.errors, lang: lang, required: true),
                  FormViews.textField("epsilon", label: lang("ε per tabel (tiga tabel)", "ε per table (three tables)"),
                                      value: model.form.epsilon, errors: model.errors, lang: lang, required: true),
                  FormViews.textField("firstYear", label: lang("Tahun awal tabel", "First year of the tables"),
                                      value: model.form.firstYear, errors: model.errors, lang: lang, required: true),
                  .button(.type(.submit), .plain(lang("Buat draf", "Build the draft")))),
            .p(.a(.href(SiteRoute.adminOpenData.path), .plain(lang("Anggaran privasi", "Privacy budget")))))
    }

    static func signingKey(_ key: Data?, _ chrome: Layout.Chrome) -> Node {
        let lang = chrome.lang
        return .section(
            .h2(.plain(lang("Kunci tanda tangan", "Signing key"))),
            .unwrap(key) { key in
                .p(.plain(lang("Kunci publik Ed25519 (tertera di halaman data terbuka): ", "Ed25519 public key (shown on the open-data page): ")),
                   .code(.class("wrap"), .id("signing-key"), .plain(key.base64EncodedString())))
            },
            .if(key == nil, .form(.method(.post), .action(SiteRoute.adminSigningKey.path),
                .p(.plain(lang("Belum ada kunci; kunci dibuat saat rilis pertama diterbitkan, atau sekarang.",
                               "No key yet; one is made when the first release is published, or now."))),
                Layout.csrfField(chrome.csrf),
                .button(.type(.submit), .plain(lang("Buat kunci tanda tangan", "Make the signing key"))))))
    }

    static func stage(_ stage: StoredReleaseDraft.Stage, _ lang: Lang) -> String {
        switch stage {
        case .built: return lang("draf, menunggu persetujuan", "draft, awaiting approval")
        case .approved: return lang("disetujui, belum diterbitkan", "approved, not yet published")
        case .published: return lang("diterbitkan", "published")
        }
    }
}
