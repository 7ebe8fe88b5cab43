/// The lists in the two definitions, as data (legal-facts §1.1 and §2.2).
enum ElementLists {
    /// Palermo Art. 3(a): five acts; it has no "sending".
    static let palermoActs: Set<CaseFacts.Act> = [.recruitment, .transportation, .transfer, .harbouring, .receipt]
    /// UU 21/2007 Pasal 1 angka 1: six acts.
    static let nationalActs = Set(CaseFacts.Act.allCases)

    /// Palermo Art. 3(a) means named in the Protocol.
    static let palermoNamedMeans: Set<CaseFacts.Means> = [
        .threatOfForce, .useOfForce, .abduction, .deception, .abuseOfPower, .abuseOfVulnerability,
        .paymentToController, .otherCoercion,
    ]
    /// Means the Protocol does not name but reaches through its open "other forms of coercion"
    /// (the engine's reading, shown to the user when it decides a case).
    static let palermoCoercionReading: Set<CaseFacts.Means> = [.confinement, .debtBondage]
    /// UU 21/2007 Pasal 1 angka 1 / Pasal 2: the national list (no "other forms of coercion").
    static let nationalMeans: Set<CaseFacts.Means> = Set(CaseFacts.Means.allCases).subtracting([.otherCoercion])

    /// Palermo's minimum list of exploitation ("at a minimum"; open-ended).
    static let palermoPurposes: Set<CaseFacts.ExploitationType> = [
        .prostitution, .sexualExploitation, .forcedLabour, .slaveryOrSimilar, .servitude, .organRemoval,
    ]
    /// Not named in Art. 3(a) but forced labour or services in law: forced criminality (ILO C29 Art. 2
    /// excepts no unlawful work; Directive 2011/36/EU Art. 2(3); legal-facts §1.1a).
    static let palermoForcedServicesReading: Set<CaseFacts.ExploitationType> = [.forcedCriminality]
    /// UU 21/2007 Pasal 1 angka 7: "including but not limited to"; every code of the contract.
    static let nationalPurposes = Set(CaseFacts.ExploitationType.allCases)

    /// UU 35/2014 Pasal 76I: economic or sexual exploitation (organ removal is neither in its words).
    static let economicOrSexual = nationalPurposes.subtracting([.organRemoval])

    /// Pasal 7(1): consequences that add a third.
    static let graveHarms: Set<CaseFacts.Harm> = [
        .seriousInjury, .severeMentalDisorder, .lifeThreateningDisease, .pregnancy, .reproductiveHarm,
    ]
    /// Pasal 53: trauma or illness that endangers the victim.
    static let urgentHarms: Set<CaseFacts.Harm> = [.seriousInjury, .severeMentalDisorder, .lifeThreateningDisease]
}
