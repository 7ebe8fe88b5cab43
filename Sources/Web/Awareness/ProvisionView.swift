import Law
import Markup

/// A provision of the law engine's table as the public reads it: what it gives or forbids in
/// plain words, where it is written, since when it holds, how sure the sources are, and what
/// they leave open. Nothing here is written apart from the engine's own data.
enum ProvisionView {
    static func node(_ id: ProvisionID, lang: Lang) -> Node {
        let p = ProvisionCatalogue.provision(id)
        return .article(.class("provision"),
                        .h3(.plain(lang(p.title))),
                        .p(.class("cite"), .plain(p.citation)),
                        .p(.plain(lang(p.summary))),
                        .p(.class("hint"), .plain(facts(p, lang))),
                        .unwrap(p.caveat) { .p(.class("unsettled"), .strong(.plain(lang("Belum pasti: ", "Unsettled: "))), .plain(lang($0))) })
    }

    static func facts(_ p: Provision, _ lang: Lang) -> String {
        let since = p.inForce.from.map { lang("Berlaku sejak \(DayWords.day($0, lang)).", "In force since \(DayWords.day($0, lang)).") }
            ?? lang("Tanggal mulai berlakunya tidak tercatat.", "The day it took effect is not recorded.")
        return since + " " + lang("Keyakinan sumber: ", "Confidence: ") + confidence(p.confidence, lang) + ". "
            + lang("Sumber: ", "Source: ") + p.source + "."
    }

    static func confidence(_ c: Confidence, _ lang: Lang) -> String {
        switch c {
        case .high: lang("tinggi", "high")
        case .mediumHigh: lang("cukup tinggi", "medium-high")
        case .medium: lang("sedang — satu sumber sekunder, belum diperiksa pada teks resmi", "medium — one secondary source, not checked against the official text")
        case .mediumLow: lang("agak rendah", "medium-low")
        case .low: lang("rendah — belum diverifikasi", "low — not verified")
        }
    }
}
