import Markup
import OpenData
import Store

/// `/admin/data/rilis/{id}`: one draft before it is public — its privacy receipt, its utility
/// report, its files — and the next step: approve, then publish.
enum ReleasePreviewView {
    static func page(_ model: ReleasePreview, _ chrome: Layout.Chrome) -> HTML {
        let lang = chrome.lang, d = model.draft, r = model.receipt
        return Layout.page(lang("Pratinjau rilis \(d.contents.spec.version)", "Preview of release \(d.contents.spec.version)"), chrome,
            FormViews.errorSummary(model.errors, lang: lang, target: { _ in "f-confirm-step" }),
            .dl(.class("facts"),
                .dt(.plain(lang("Tahap", "Stage"))), .dd(.id("stage"), .plain(ReleaseWorkflowViews.stage(d.stage, lang))),
                .dt(.plain(lang("Dibuat", "Prepared"))), .dd(.plain(chrome.time(d.preparedAt))),
                .unwrap(d.contents.approval) { a in
                    .group([.dt(.plain(lang("Disetujui", "Approved"))), .dd(.plain(a.on.description))])
                },
                .unwrap(d.publishedAt) { at in .group([.dt(.plain(lang("Diterbitkan", "Published"))), .dd(.plain(chrome.time(at)))]) }),
            .h2(.plain(lang("Tanda terima privasi", "Privacy receipt"))),
            .dl(.class("facts"),
                .dt(.plain(lang("Berkas per korban", "Per-victim file"))),
                .dd(.plain(lang("k = \(r.records.k); \(r.records.recordsSuppressed) dari \(r.records.recordsIn) catatan ditahan; kelompok terkecil \(r.records.smallestClass)",
                                "k = \(r.records.k); \(r.records.recordsSuppressed) of \(r.records.recordsIn) records suppressed; smallest class \(r.records.smallestClass)"))),
                .dt(.plain(lang("Generalisasi", "Generalisation"))),
                .dd(.plain(r.records.generalisation.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))),
                .dt(.plain(lang("Biaya rilis ini", "This release's cost"))), .dd(.plain("ε = \(r.cost.epsilon), δ = \(r.cost.delta)")),
                .dt(.plain(lang("Batas", "Cap"))), .dd(.plain("ε = \(model.ledger.cap.epsilon), δ = \(model.ledger.cap.delta)")),
                .dt(.plain(lang("Sisa setelah terbit", "Left after publishing"))),
                .dd(.plain(model.remainingAfter.map { "ε = \($0.epsilon), δ = \($0.delta)" }
                           ?? (d.stage == .published ? lang("sudah diterbitkan", "already published")
                                                     : lang("melampaui batas: tidak bisa diterbitkan", "beyond the cap: cannot be published"))))),
            .h2(.plain(lang("Laporan kegunaan", "Utility report"))),
            .div(.class("table-scroll"), .table(.class("figures"),
                .caption(.plain(lang("Galat yang diharapkan per tabel", "Expected error per table"))),
                .thead(.tr(.th(.plain(lang("Berkas", "File"))), .th(.plain(lang("Mekanisme", "Mechanism"))), .th(.plain("ε")), .th(.plain("δ")),
                           .th(.plain(lang("Sel", "Cells"))), .th(.plain(lang("Simpangan baku", "Standard deviation"))),
                           .th(.plain(lang("Galat 95%", "95% error"))))),
                .tbody(.forEach(r.tables) { t in
                    .tr(.td(.plain(t.file)), .td(.plain(t.mechanism)), .td(.plain(t.epsilon.description)), .td(.plain(t.delta.description)),
                        .td(.plain(String(t.cells))), .td(.plain(String(format: "%.2f", t.standardDeviation))), .td(.plain("± \(t.margin95)")))
                }))),
            .h2(.plain(lang("Berkas", "Files"))),
            .ul(.id("draft-files"), .forEach(d.contents.files) { f in
                .li(.a(.href(SiteRoute.adminReleaseDraftFile(d.id, name: f.name).path), .plain(f.name)),
                    .plain(" · \(f.contents.count) \(lang("bita", "bytes")) · SHA-256 "), .code(.class("wrap"), .plain(f.sha256)))
            }),
            next(model, chrome))
    }

    /// The one step that comes next, confirmed with the password or code.
    static func next(_ model: ReleasePreview, _ chrome: Layout.Chrome) -> Node {
        let lang = chrome.lang, d = model.draft
        let (route, label, explain): (SiteRoute, String, String)
        switch d.stage {
        case .published:
            return .p(.a(.href(SiteRoute.openData.path), .plain(lang("Lihat di halaman data terbuka", "See it on the open-data page"))))
        case .built:
            (route, label, explain) = (.adminReleaseApprove(d.id), lang("Setujui", "Approve"),
                                       lang("Setujui draf ini bila tanda terima dan berkasnya sudah diperiksa.",
                                            "Approve this draft once its receipt and files have been checked."))
        case .approved:
            (route, label, explain) = (.adminReleasePublish(d.id), lang("Terbitkan", "Publish"),
                                       lang("Setelah diterbitkan, rilis ditandatangani, anggaran privasinya terpakai, dan rilis tidak bisa diubah atau dihapus.",
                                            "Once published the release is signed, its privacy budget is spent, and it cannot be changed or deleted."))
        }
        return .section(
            .h2(.plain(label)),
            .p(.plain(explain)),
            .form(.method(.post), .action(route.path),
                  Layout.csrfField(chrome.csrf),
                  AdminViews.confirmField(model.errors, lang: lang, suffix: "step"),
                  .button(.type(.submit), .plain(label))))
    }
}
