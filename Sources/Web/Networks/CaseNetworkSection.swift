import Cases
import Markup
import Networks
import Store

/// The case page's "Jaringan / Network" section: how many entities the case names, which of
/// them are seen in other cases (and where, as far as the viewer may see), which the public named
/// in reports and job-offer checks, and the way to the
/// entities, the bulk import and the network page.
enum CaseNetworkSection {
    static func render(_ caseID: String, _ e: CaseEntities, canAdd: Bool, lang: Lang) -> Node {
        let shared = e.mentions.filter { e.seen[$0.id] != nil }
        let named = e.mentions.filter { e.namedByPublic[$0.id] != nil }
        let flagged = e.mentions.filter(\.malformed).count
        return .section(.attribute(named: "aria-labelledby", value: "network"),
            .h2(.id("network"), .plain(lang("Jaringan", "Network"))),
            .p(.plain(lang("\(e.mentions.count) entitas dicatat (orang yang diduga terlibat, P3MI, nomor, rekening, akun, alamat, kendaraan)",
                           "\(e.mentions.count) entities recorded (persons of interest, agencies, numbers, accounts, handles, addresses, vehicles)")
                      + (flagged > 0 ? lang("; \(flagged) tidak sah dan ditandai.", "; \(flagged) malformed and flagged.") : "."))),
            .if(!shared.isEmpty, .ul(.class("seen-list"), .forEach(shared) { m in
                .li(.strong(.plain((m.value.map { $0 + ": " } ?? ""))), SeenElsewhereView.block(m.type, e.seen[m.id]!, lang: lang))
            })),
            .if(!named.isEmpty, .ul(.class("named-list"), .forEach(named) { m in
                .li(.strong(.plain((m.value.map { $0 + ": " } ?? ""))), PublicSightingView.line(m.type.nodeKind, e.namedByPublic[m.id], lang: lang))
            })),
            .if(!e.suggestions.isEmpty, .p(.plain(lang("\(e.suggestions.count) nama mungkin sama dengan di kasus lain: putuskan di halaman entitas.",
                                                       "\(e.suggestions.count) names may be the same as in other cases: decide on the entities page.")))),
            .p(.a(.href(SiteRoute.caseEntities(caseID).path), .plain(canAdd ? lang("Catat dan lihat entitas", "Record and see entities")
                                                                          : lang("Lihat entitas", "See entities"))),
               .plain(" · "), .a(.href(SiteRoute.caseNetwork(caseID).path), .plain(lang("Lihat jaringan", "See the network"))),
               .if(canAdd, .group(.plain(" · "), .a(.href(SiteRoute.evidenceImport(caseID).path),
                                                    .plain(lang("Impor catatan panggilan atau mutasi", "Import call records or statements")))))))
    }
}
