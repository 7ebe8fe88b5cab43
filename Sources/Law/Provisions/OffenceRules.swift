/// The trafficking offences of UU 21/2007 Pasal 2–6 (Pasal 2 now KUHP Pasal 455), and beside them
/// the child-protection offences of UU 35/2014, numbered by the article that punishes them.
enum OffenceKind: Int, Sendable, CaseIterable, Comparable {
    case pasal2 = 2, pasal3, pasal4, pasal5, pasal6
    /// UU 35/2014 Pasal 76F jo. Pasal 83: trafficking of a child, no means required.
    case childTrafficking = 83
    /// UU 35/2014 Pasal 76I jo. Pasal 88: economic or sexual exploitation of a child.
    case childExploitation = 88

    /// The trafficking offences (TPPO) that Pasal 7–18 refer to.
    static let trafficking: Set<OffenceKind> = [.pasal2, .pasal3, .pasal4, .pasal5, .pasal6]
    var isTrafficking: Bool { self <= .pasal6 }

    static func < (a: OffenceKind, b: OffenceKind) -> Bool { a.rawValue < b.rawValue }
}

/// An element of a national offence, as the rules test it.
enum OffenceElement: Sendable {
    case anyAct, nationalMeans, nationalPurpose
    /// Pasal 2: the exploitation is to take place in Indonesia.
    case exploitationInIndonesia
    /// Pasal 3: the person is brought into Indonesia.
    case broughtIntoIndonesia
    /// Pasal 4: the person is taken out of Indonesia.
    case takenOutOfIndonesia
    case victimIsCitizen, victimIsChild
    /// Pasal 5: adoption with a promise or payment.
    case adoptionWithPromiseOrPayment
    /// Pasal 6: the child is sent (dikirim).
    case childSent
    /// Pasal 6: into or out of the country — or, in court practice, between regions of Indonesia.
    case sentIntoOutOfOrWithinIndonesia
    /// Pasal 6: the child is actually exploited.
    case exploitationResulted
    /// UU 35/2014 Pasal 76I: the child was exploited economically or sexually.
    case childExploitedEconomicallyOrSexually
}

/// Which elements make up each offence: the law as data, which `NationalTest` applies.
/// Pasal 3 and 4 name no means (legal-facts §2.3); Pasal 5 and 6 are child offences "by any means".
struct OffenceRule: Sendable {
    let kind: OffenceKind
    let elements: [OffenceElement]

    static let all: [OffenceRule] = [
        OffenceRule(kind: .pasal2, elements: [.anyAct, .nationalMeans, .nationalPurpose, .exploitationInIndonesia]),
        OffenceRule(kind: .pasal3, elements: [.anyAct, .broughtIntoIndonesia, .nationalPurpose]),
        OffenceRule(kind: .pasal4, elements: [.anyAct, .victimIsCitizen, .takenOutOfIndonesia, .nationalPurpose]),
        OffenceRule(kind: .pasal5, elements: [.adoptionWithPromiseOrPayment, .victimIsChild, .nationalPurpose]),
        OffenceRule(kind: .pasal6, elements: [.childSent, .victimIsChild, .sentIntoOutOfOrWithinIndonesia, .exploitationResulted]),
        // "Perdagangan anak" read with UU 21/2007's act and purpose, without its means (legal-facts §3.5).
        OffenceRule(kind: .childTrafficking, elements: [.victimIsChild, .anyAct, .nationalPurpose]),
        OffenceRule(kind: .childExploitation, elements: [.victimIsChild, .childExploitedEconomicallyOrSexually]),
    ]
}

/// What raises the penalty (Pasal 7, 8, 16, 17), which offences it applies to, and how.
struct AggravationRule: Sendable {
    enum Trigger: Sendable { case graveHarm, death, stateOfficial, organisedGroup, childVictim }
    enum Effect: Sendable { case addThird, ownRange }

    let provision: ProvisionID
    let trigger: Trigger
    let bases: Set<OffenceKind>
    let effect: Effect

    static let all: [AggravationRule] = [
        // Pasal 7(1) lists Pasal 2 ayat (2), 3, 4, 5, 6 (as recalled; one source says ayat (1)).
        AggravationRule(provision: .uu21P7a1, trigger: .graveHarm, bases: OffenceKind.trafficking, effect: .addThird),
        AggravationRule(provision: .uu21P7a2, trigger: .death, bases: OffenceKind.trafficking, effect: .ownRange),
        AggravationRule(provision: .uu21P8a1, trigger: .stateOfficial, bases: OffenceKind.trafficking, effect: .addThird),
        AggravationRule(provision: .uu21P16, trigger: .organisedGroup, bases: OffenceKind.trafficking, effect: .addThird),
        // Pasal 17 covers Pasal 2, 3, 4 only: Pasal 5–6 are already about children.
        AggravationRule(provision: .uu21P17, trigger: .childVictim, bases: [.pasal2, .pasal3, .pasal4], effect: .addThird),
    ]
}
