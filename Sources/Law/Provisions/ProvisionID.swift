/// Every provision the engine knows, by statute and article. (No raw values: lookups hash the case
/// alone, which keeps screening fast.)
public enum ProvisionID: Sendable, Hashable, CaseIterable {
    // Palermo Protocol
    case palermo3a, palermo3b, palermo3c, palermo3d, palermo5, palermo6, palermo8
    // UU 21/2007 Pasal 1: definitions (angka N)
    case uu21Def1, uu21Def2, uu21Def3, uu21Def4, uu21Def5, uu21Def6, uu21Def7, uu21Def8, uu21Def9,
         uu21Def10, uu21Def11, uu21Def12, uu21Def13, uu21Def14, uu21Def15
    // UU 21/2007 offences
    case uu21P2a1, uu21P2a2, uu21P3, uu21P4, uu21P5, uu21P6, uu21P9, uu21P10, uu21P11, uu21P12
    // UU 21/2007 aggravations
    case uu21P7a1, uu21P7a2, uu21P8a1, uu21P8a2, uu21P16, uu21P17
    // UU 21/2007 corporations, non-punishment, consent
    case uu21P13, uu21P14, uu21P15a1, uu21P15a2, uu21P18, uu21P26
    // UU 21/2007 victims' rights
    case uu21P44, uu21P48, uu21P51, uu21P52, uu21P53, uu21P54a1, uu21P54a2
    // UU 21/2007 protection of witnesses, victims and reporters
    case uu21P24, uu21P43, uu21P45, uu21P46, uu21P47, uu21P49, uu21P50, uu21P55, uu21P60to63
    // LPSK: UU 13/2006 as amended by UU 31/2014
    case lpskP5, lpskP6, lpskP7A
    // The new criminal code and the penal adjustment law
    case kuhp455a1, kuhp455a2, kuhp3, kuhp622, kuhp457, uu1of2026VII40
    // Child protection (UU 35/2014): each prohibition with the article that punishes it
    case uu35P76F83, uu35P76I88
    // The 1956 Supplementary Slavery Convention, through which illegal adoption reaches Palermo
    case slavery1956Art1d
}

/// The provisions as one table, looked up by id.
public enum ProvisionCatalogue {
    /// Every provision, in statute order.
    public static let all: [Provision] = PalermoArticles.all + UU21Definitions.all + UU21Offences.all
        + UU21Aggravations.all + UU21Corporate.all + UU21VictimRights.all + UU21VictimProtection.all + LPSKProvisions.all
        + KUHPProvisions.all + ChildProtectionProvisions.all + SlaveryConvention1956.all

    private static let byID: [ProvisionID: Provision] = Dictionary(uniqueKeysWithValues: all.map { ($0.id, $0) })

    /// The provision with this id. Every id has one; a test checks it.
    public static func provision(_ id: ProvisionID) -> Provision {
        guard let p = byID[id] else { preconditionFailure("no provision for \(id)") }
        return p
    }

    /// The provision cited as `citation` ("UU 21/2007 Pasal 7 ayat (2)"), if the engine knows it.
    public static func provision(citedAs citation: String) -> Provision? { byCitation[citation] }

    private static let byCitation: [String: Provision] = Dictionary(
        all.map { ($0.citation, $0) }, uniquingKeysWith: { first, _ in first })
}

/// The days on which the law changed.
public enum LegalCalendar {
    /// UU 21/2007 took effect (berlaku) [conf: medium].
    public static let uu21InForce = CivilDate.fixed(2007, 4, 19)
    /// The new KUHP (UU 1/2023) took effect, revoking UU 21/2007 Pasal 2 [conf: high].
    public static let kuhpInForce = CivilDate.fixed(2026, 1, 2)
    /// The last day UU 21/2007 Pasal 2 was in force.
    public static let uu21Pasal2LastDay = CivilDate.fixed(2026, 1, 1)
}
