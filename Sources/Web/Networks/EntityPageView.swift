import Cases
import Markup
import Networks
import Store

/// A case's entities: what the case file names of the network behind it, where each identifier
/// is seen in other cases, names that may be the same as another case's, and the form to add one.
enum EntityPageView {
    struct Model {
        let record: CaseRecord
        let entities: CaseEntities
        let suspects: [CasePerson]
        let canAdd: Bool
        /// The entity just added, whose "seen elsewhere" is said first.
        let justAdded: String?
        /// Earlier "not the same" decisions the confirmation just made contradicts.
        var contradicted = 0
    }

    static func render(_ chrome: Layout.Chrome, _ m: Model, form: FormData?, errors: [FieldError], decisionErrors: [FieldError] = []) -> HTML {
        let lang = chrome.lang
        let e = m.entities
        let added = m.justAdded.flatMap { id in e.mentions.first { $0.id == id } }
        return Layout.page(lang("Jaringan kasus \(m.record.number): entitas", "Case \(m.record.number) network: entities"), chrome,
            .unwrap(added) { a in
                .div(.class("notice"), .id("baru"), .attribute(named: "role", value: "status"),
                     .p(.plain(lang("Tersimpan: ", "Saved: ") + label(a, m, lang: lang))),
                     .if(a.malformed, .p(.class("warning"), .plain(flag(a, lang: lang)))),
                     e.seen[a.id].map { SeenElsewhereView.block(a.type, $0, lang: lang) }
                        ?? .p(.plain(a.keyed ? lang("Tidak tercatat di kasus lain.", "Not recorded in any other case.") : "")),
                     PublicSightingView.line(a.type.nodeKind, e.namedByPublic[a.id], lang: lang))
            },
            .p(.a(.href(SiteRoute.caseDetail(m.record.id).path), .plain(lang("Kembali ke kasus", "Back to the case"))), .plain(" · "),
               .a(.href(SiteRoute.caseNetwork(m.record.id).path), .plain(lang("Lihat jaringan", "See the network"))),
               .if(m.canAdd, .group(.plain(" · "), .a(.href(SiteRoute.evidenceImport(m.record.id).path),
                                                      .plain(lang("Impor catatan panggilan atau mutasi rekening", "Import call records or statements")))))),
            .if(!e.valuesShown, .p(.class("hint"), .plain(lang("Nilai entitas hanya ditampilkan kepada peran yang perlu mengetahuinya di instansi yang menangani kasus.",
                                                              "Entity values are shown only to roles with a need to know in the agencies holding the case.")))),
            .h2(.id("entities"), .plain(lang("Entitas", "Entities"))),
            e.mentions.isEmpty ? .p(.plain(lang("Belum ada entitas yang dicatat.", "No entities recorded yet."))) : table(m, lang: lang),
            .if(!e.links.isEmpty, links(m, lang: lang)),
            .if(!e.suggestions.isEmpty, NameSuggestionView.section(chrome, m, errors: decisionErrors)),
            .if(m.canAdd, EntityFormView.section(chrome, m, form: form, errors: errors)))
    }

    static func label(_ x: EntityMention, _ m: Model, lang: Lang) -> String {
        if let p = x.personID, let suspect = m.suspects.first(where: { $0.id == p }) { return suspect.pseudonym(lang.language) }
        return x.value.map { $0.isEmpty ? "—" : $0 } ?? lang("(disembunyikan)", "(withheld)")
    }

    static func flag(_ x: EntityMention, lang: Lang) -> String {
        lang("Tidak sah, disimpan seperti diketik dan tidak dicocokkan: ", "Malformed, kept as typed and matched with nothing: ")
            + (x.problem.map { lang(NetworkWords.problem($0)) } ?? lang("periksa nilainya", "check the value"))
    }

    static func table(_ m: Model, lang: Lang) -> Node {
        .table(.class("entities"),
            .thead(.tr(.th(.plain(lang("Jenis", "Type"))), .th(.plain(lang("Nilai", "Value"))), .th(.plain(lang("Peran", "Role"))),
                       .th(.plain(lang("Terlihat", "Seen"))), .th(.plain(lang("Di kasus lain", "In other cases"))))),
            .tbody(.forEach(m.entities.mentions) { x in
                .tr(.id("e-\(x.id)"),
                    .td(.plain(lang(x.type.label) + (x.provider.map { " (\($0))" } ?? ""))),
                    .td(.plain(label(x, m, lang: lang)), .if(x.malformed, .span(.class("warning"), .plain(" " + flag(x, lang: lang))))),
                    .td(.plain(x.role.flatMap(Networks.PersonRole.init(rawValue:)).map { lang($0.label) } ?? "—")),
                    .td(.plain([x.firstSeen, x.lastSeen].compactMap { $0 }.joined(separator: " – ").nonEmpty ?? "—")),
                    .td(m.entities.seen[x.id].map { SeenElsewhereView.block(x.type, $0, lang: lang) }
                        ?? .plain(x.keyed ? lang("tidak ada", "none") : "—"),
                        PublicSightingView.line(x.type.nodeKind, m.entities.namedByPublic[x.id], lang: lang)))
            }))
    }

    static func links(_ m: Model, lang: Lang) -> Node {
        let byID = Dictionary(m.entities.mentions.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        func name(_ id: String) -> String { byID[id].map { label($0, m, lang: lang) } ?? "—" }
        return .section(.attribute(named: "aria-labelledby", value: "links"),
            .h2(.id("links"), .plain(lang("Hubungan antarentitas", "Links between entities"))),
            .table(.thead(.tr(.th(.plain(lang("Dari", "From"))), .th(.plain(lang("Hubungan", "Link"))), .th(.plain(lang("Ke", "To"))),
                              .th(.plain(lang("Tanggal", "Date"))), .th(.plain(lang("Kali", "Times"))), .th(.plain(lang("Jumlah (Rp)", "Amount (Rp)"))))),
                   .tbody(.forEach(m.entities.links) { l in
                       .tr(.td(.plain(name(l.sourceID))), .td(.plain(LinkKind(name: l.kind).map { lang(NetworkWords.link($0)) } ?? l.kind)),
                           .td(.plain(name(l.targetID))), .td(.plain(l.day ?? "—")), .td(.plain(String(l.count))),
                           .td(.plain(l.amount.map(String.init) ?? "—")))
                   })),
            .if(m.entities.links.count >= NetworkRepository.listedLinks,
                .p(.class("hint"), .plain(lang("Hanya \(NetworkRepository.listedLinks) hubungan pertama yang ditampilkan; semuanya ada di halaman jaringan.",
                                               "Only the first \(NetworkRepository.listedLinks) links are listed; all of them are on the network page.")))))
    }
}

extension String {
    /// Nil when empty.
    var nonEmpty: String? { isEmpty ? nil : self }
}
