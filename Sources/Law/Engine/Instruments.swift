/// International instruments engaged by the facts.
enum Instruments {
    static let labourTypes: Set<CaseFacts.ExploitationType> = [.forcedLabour, .slaveryOrSimilar, .servitude, .forcedCriminality, .otherForProfit]
    /// Forced criminality is forced labour in ILO C29's sense: the Convention excepts no unlawful work.
    static let forcedLabourTypes: Set<CaseFacts.ExploitationType> = [.forcedLabour, .slaveryOrSimilar, .servitude, .forcedCriminality]
    static let sexualTypes: Set<CaseFacts.ExploitationType> = [.prostitution, .sexualExploitation]
    /// ASEAN members party to ACTIP (Indonesia ratified it by UU 12/2017).
    static let asean: Set<String> = ["BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN"]

    static func engaged(_ v: FactView, _ palermo: PalermoTest, _ national: NationalTest) -> [String] {
        let types = v.types ?? []
        let possible = palermo.verdict != .notTrafficking || national.verdict != .noOffence
        var list: [String] = []
        if palermo.verdict != .notTrafficking { list.append("Palermo Protocol") }
        if v.child == .yes { list.append("CRC") }
        if v.child == .yes, possible, types.contains(where: sexualTypes.contains) || v.facts.adoption.promiseOrPayment == true {
            list.append("CRC OPSC")
        }
        if v.facts.victim.sex == .female, possible || types.contains(where: sexualTypes.contains) { list.append("CEDAW") }
        if v.crossBorder, types.contains(where: labourTypes.contains) { list.append("ICRMW") }
        if types.contains(where: forcedLabourTypes.contains) || (v.means?.contains(.debtBondage) == true && possible) {
            list.append("ILO C29")
        }
        if v.child == .yes, possible, types.contains(where: labourTypes.union(sexualTypes).contains) { list.append("ILO C182") }
        if let m = v.facts.movement, m.from != m.to, asean.contains(m.from), asean.contains(m.to), possible { list.append("ACTIP") }
        return list
    }
}
