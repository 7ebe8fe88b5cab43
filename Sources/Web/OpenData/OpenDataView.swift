import Markup
import OpenData

/// `/data`: the task force's open data, for anyone, without sign-in.
enum OpenDataView {
    static func page(_ model: OpenDataPage, lang: Lang, path: String) -> HTML {
        PublicLayout.page(lang("Data terbuka TPPO", "Open data on trafficking"), lang: lang, path: path,
                          brand: ("Data terbuka", "Open data"), [
            .p(.class("lead"), .plain(lang(
                "Gugus Tugas PP-TPPO menerbitkan data korban yang sudah dilindungi: tabel dengan derau acak terukur (privasi diferensial) dan berkas per korban yang tidak bisa mempersempit siapa pun ke kelompok lebih kecil dari k orang. Setiap rilis ditandatangani secara digital.",
                "The anti-trafficking task force publishes protected data on victims: tables with measured random noise (differential privacy) and a per-victim file that cannot narrow anyone to a group smaller than k people. Every release is digitally signed."))),
            model.releases.isEmpty
                ? .p(.plain(lang("Belum ada rilis yang diterbitkan.", "No release has been published yet.")))
                : .group([yearFigures(model, lang: lang), .group(model.releases.map { release($0, lang: lang) })]),
            .h2(.plain(lang("Memeriksa tanda tangan", "Checking the signature"))),
            .p(.plain(lang(
                "manifest.json mencantumkan SHA-256 setiap berkas; manifest.json.sig adalah tanda tangan Ed25519 atas manifest itu. Periksa dengan kunci publik yang tertera, misalnya dengan skrip verify_release.py (Python, pustaka cryptography).",
                "manifest.json lists every file's SHA-256; manifest.json.sig is an Ed25519 signature over that manifest. Check it with the public key shown, for instance with the verify_release.py script (Python, the cryptography library)."))),
            .unwrap(model.signingKey) { key in
                .p(.plain(lang("Kunci publik penandatangan rilis (Ed25519): ", "The release signing public key (Ed25519): ")),
                   .code(.class("wrap"), .id("signing-key"), .plain(key)))
            },
        ])
    }

    static func yearFigures(_ model: OpenDataPage, lang: Lang) -> Node {
        guard !model.yearTotals.isEmpty, let latest = model.releases.first else { return .group([]) }
        return .section(
            .h2(.plain(lang("Korban per tahun", "Victims per year"))),
            .div(.class("table-scroll"), .table(.class("figures"),
                .caption(.plain(lang("Rilis \(latest.summary.version), dari tabel yang dilindungi; angka berderau",
                                     "Release \(latest.summary.version), from the protected table; numbers carry noise"))),
                .thead(.tr(.th(.plain(lang("Tahun", "Year"))), .th(.plain(lang("Korban", "Victims"))))),
                .tbody(.forEach(model.yearTotals) { row in
                    .tr(.td(.plain(row.year == "unknown" ? lang("tidak diketahui", "unknown") : row.year)), .td(.plain(String(row.count))))
                }))))
    }

    static func release(_ r: OpenDataPage.Release, lang: Lang) -> Node {
        let receipt = r.summary.receipt
        return .section(
            .h2(.plain(lang("Rilis \(receipt.version) · \(receipt.date)", "Release \(receipt.version) · \(receipt.date)"))),
            .dl(.class("facts"),
                .dt(.plain(lang("Berkas per korban", "Per-victim file"))),
                .dd(.plain(lang("k = \(receipt.records.k); \(receipt.records.recordsSuppressed) dari \(receipt.records.recordsIn) catatan ditahan",
                                "k = \(receipt.records.k); \(receipt.records.recordsSuppressed) of \(receipt.records.recordsIn) records withheld"))),
                .dt(.plain(lang("Privasi yang terpakai", "Privacy spent"))),
                .dd(.plain("ε = \(receipt.cost.epsilon.approximateValue.formatted2), δ = \(receipt.cost.delta.description)"))),
            .div(.class("table-scroll"), .table(.class("figures"),
                .caption(.plain(lang("Tabel yang dilindungi", "Protected tables"))),
                .thead(.tr(.th(.plain(lang("Berkas", "File"))), .th(.plain(lang("Mekanisme", "Mechanism"))), .th(.plain("ε")),
                           .th(.plain(lang("Galat 95%", "95% error"))))),
                .tbody(.forEach(receipt.tables) { t in
                    .tr(.td(.plain(t.file)), .td(.plain(t.mechanism)), .td(.plain(t.epsilon.description)), .td(.plain("± \(t.margin95)")))
                }))),
            .h3(.plain(lang("Unduh", "Download"))),
            .ul(.forEach(r.files.map { ($0.name, $0.sha256) } + [(PublishedRelease.manifestName, ""), (PublishedRelease.signatureName, "")]) { f in
                .li(.a(.href(SiteRoute.openDataFile(version: receipt.version, name: f.0).path), .plain(f.0)),
                    .if(!f.1.isEmpty, .group([.plain(" · SHA-256 "), .code(.plain(f.1))])))
            }),
            .p(.plain(lang("Kunci publik Ed25519: ", "Ed25519 public key: ")), .code(.plain(r.publicKey))))
    }
}

private extension Double {
    var formatted2: String { String(format: "%.2f", self) }
}
