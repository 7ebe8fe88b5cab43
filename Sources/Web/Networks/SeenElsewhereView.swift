import Cases
import Markup
import Networks
import Store

/// "This phone number appears in 4 other cases in 3 provinces", and each of those cases as far
/// as the viewer may see it: its number and a link, or its province and the agencies to contact.
enum SeenElsewhereView {
    static func sentence(_ type: EntityType, _ s: SeenElsewhere, lang: Lang) -> String {
        let noun = lang(type.label).lowercased()
        if s.isHub {
            return lang("\(type.label.id) ini muncul di lebih dari \(SeenElsewhere.countLimit) kasus lain: kemungkinan tempat umum atau lembaga besar, sedikit artinya.",
                        "This \(noun) appears in more than \(SeenElsewhere.countLimit) other cases: likely a public place or a large organisation, which says little.")
        }
        let cases = s.otherCases, provinces = s.provinces.count
        return lang("\(type.label.id) ini muncul di \(cases) kasus lain di \(provinces) provinsi",
                    "This \(noun) appears in \(cases) other \(cases == 1 ? "case" : "cases") in \(provinces) \(provinces == 1 ? "province" : "provinces")")
    }

    static func list(_ s: SeenElsewhere, lang: Lang) -> Node {
        .ul(.class("seen-elsewhere"), .forEach(s.cases) { c in
            let province = Province.named(code: c.provinceCode)?.name ?? c.provinceCode
            let agencies = c.agencies.map(\.name).joined(separator: ", ")
            if let id = c.caseID, let number = c.number {
                return .li(.a(.href(SiteRoute.caseDetail(id).path), .plain(number)), .plain(" · \(province) · \(agencies)"))
            }
            return .li(.plain(lang("Kasus di \(province) yang tidak dapat Anda buka — hubungi: \(agencies)",
                                   "A case in \(province) you may not open — contact: \(agencies)")))
        }, .if(s.otherCases > s.cases.count, .li(.plain(lang("… dan \(s.otherCases - s.cases.count) lainnya", "… and \(s.otherCases - s.cases.count) more")))))
    }

    /// The sentence and the list, for one entity.
    static func block(_ type: EntityType, _ s: SeenElsewhere, lang: Lang) -> Node {
        .div(.class("seen"), .p(.strong(.plain(sentence(type, s, lang: lang)))), .if(!s.isHub, list(s, lang: lang)))
    }
}
