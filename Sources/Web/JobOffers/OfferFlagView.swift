import Markup
import OfferCheck

/// One red flag in plain words: what it means, what in the answers raised it, the provisions it
/// rests on (with the day each came into force and how sure the sources are), and what to do.
enum OfferFlagView {
    static func flag(_ f: RaisedFlag, lang: Lang) -> Node {
        .section(.class("flag sev-\(f.severity.rawValue)"), .id("flag-\(f.code)"),
                 .h3(.plain(lang(f.title))),
                 .p(.class("severity"), .strong(.plain(severity(f.severity, lang)))),
                 .p(.plain(lang(f.explanation))),
                 .if(!f.details.isEmpty, .ul(.class("details"), .forEach(f.details) { .li(.plain(lang($0))) })),
                 .if(f.unsettled, .p(.class("unsettled"), .strong(.plain(lang("Belum pasti: ", "Unsettled: "))),
                                     .plain(lang("status aturan ini belum jelas menurut sumber kami; lihat catatan di atas. Periksa ke KP2MI sebelum berangkat.",
                                                 "the sources leave the status of this rule open; see the note above. Check with KP2MI before you leave.")))),
                 .h4(.plain(lang("Dasar hukum", "Legal basis"))),
                 .ul(.class("basis"), .forEach(f.basis) { basis($0, lang: lang) }),
                 .h4(.plain(lang("Yang sebaiknya dilakukan", "What to do"))),
                 .ul(.forEach(f.actions) { .li(.plain(lang($0.text))) }))
    }

    static func basis(_ b: LegalBasis, lang: Lang) -> Node {
        .li(.strong(.plain(b.provision == "—" ? b.instrument : "\(b.instrument) \(b.provision)")),
            .plain(" — " + lang(b.summary)),
            .br(),
            .span(.class("hint"), .plain(facts(b, lang))),
            .unwrap(b.note) { .span(.class("hint"), .plain(lang($0))) })
    }

    /// "In force since 22 November 2017 (…). Confidence: high. Source: …"
    static func facts(_ b: LegalBasis, _ lang: Lang) -> String {
        var parts: [String] = []
        if let d = b.inForceFrom {
            parts.append(lang("Berlaku sejak \(DayWords.day(d, lang))", "In force since \(DayWords.day(d, lang))")
                         + (b.inForceNote.map { " (" + lang($0) + ")" } ?? "") + ".")
        } else {
            parts.append(lang("Tanggal mulai berlakunya tidak tercatat.", "No day in force is recorded."))
        }
        parts.append(lang("Keyakinan sumber: ", "Confidence: ") + confidence(b.confidence, lang) + ".")
        parts.append(lang("Sumber: ", "Source: ") + b.source + ".")
        return parts.joined(separator: " ")
    }

    static func severity(_ s: FlagSeverity, _ lang: Lang) -> String {
        switch s {
        case .serious: lang("Serius", "Serious")
        case .warning: lang("Perlu dibereskan sebelum berangkat", "Must be put right before leaving")
        case .signal: lang("Tanda lemah, tanpa pasal", "A weak sign, no article")
        }
    }

    static func confidence(_ c: BasisConfidence, _ lang: Lang) -> String {
        switch c {
        case .high: lang("tinggi (teks resmi atau dua sumber sejalan)", "high (primary text or two sources agree)")
        case .med: lang("sedang (satu sumber sekunder)", "medium (one secondary source)")
        case .low: lang("rendah (kesimpulan, belum diverifikasi)", "low (an inference, not verified)")
        case .notApplicable: lang("tidak berlaku (tanda, bukan pasal)", "not applicable (a sign, not an article)")
        }
    }
}
