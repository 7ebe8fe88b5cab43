/// Which version of the law governs: decided by the day of the acts (`date`) and the day of the
/// assessment (`asOf`). On 2 January 2026 the new KUHP revoked UU 21/2007 Pasal 2 and put its
/// substance in KUHP Pasal 455; a lighter later law reaches earlier acts (KUHP Pasal 3).
struct LawVersion {
    enum Regime: String {
        /// Acts before UU 21/2007 took effect: earlier law, not assessed here.
        case beforeUU21 = "before_uu21_2007"
        /// The acts are dated after the assessment: nothing can be said until the dates are checked.
        case actsAfterAssessment = "acts_after_assessment"
        /// UU 21/2007 as it stood; no later law yet.
        case uu21 = "uu21_2007"
        /// Acts under UU 21/2007, assessed after 2 January 2026: KUHP Pasal 455 as the lighter later law.
        case lighterLaterLaw = "kuhp_2023_lighter_later_law"
        /// Acts on or after 2 January 2026.
        case kuhp = "kuhp_2023"
        /// Date unknown, assessed after 2 January 2026: KUHP Pasal 455 either way.
        case kuhpEitherWay = "kuhp_2023_either_way"
    }

    let regime: Regime
    let date: CivilDate?
    let asOf: CivilDate

    init(date: CivilDate?, asOf: CivilDate) {
        self.date = date
        self.asOf = asOf
        let kuhp = LegalCalendar.kuhpInForce
        if let date {
            if asOf < date { regime = .actsAfterAssessment }
            else if date < LegalCalendar.uu21InForce { regime = .beforeUU21 }
            else if kuhp <= date { regime = .kuhp }
            else { regime = asOf < kuhp ? .uu21 : .lighterLaterLaw }
        } else {
            regime = asOf < kuhp ? .uu21 : .kuhpEitherWay
        }
    }

    /// Whether the law can be applied at all on these dates.
    var assessable: Bool { regime != .beforeUU21 && regime != .actsAfterAssessment }

    /// Whether the assessment falls after UU 1/2026 adjusted penalties in other laws.
    var afterPenalAdjustment: Bool { !(asOf < LegalCalendar.kuhpInForce) }

    /// The provision applied to Pasal 2 conduct: ayat (2) when exploitation resulted.
    func pasal2Provision(resulted: Bool) -> ProvisionID {
        switch regime {
        case .uu21, .beforeUU21, .actsAfterAssessment: resulted ? .uu21P2a2 : .uu21P2a1
        case .lighterLaterLaw, .kuhp, .kuhpEitherWay: resulted ? .kuhp455a2 : .kuhp455a1
        }
    }

    /// The provision that governed Pasal 2 conduct when the acts took place, if a later law displaced it.
    func pasal2AtTimeOfActs(resulted: Bool) -> ProvisionID? {
        regime == .lighterLaterLaw ? (resulted ? .uu21P2a2 : .uu21P2a1) : nil
    }

    /// The provision that states an offence in this version of the law.
    func provision(_ kind: OffenceKind, resulted: Bool) -> ProvisionID {
        switch kind {
        case .pasal2: pasal2Provision(resulted: resulted)
        case .pasal3: .uu21P3
        case .pasal4: .uu21P4
        case .pasal5: .uu21P5
        case .pasal6: .uu21P6
        case .childTrafficking: .uu35P76F83
        case .childExploitation: .uu35P76I88
        }
    }

    /// The statutory range of an offence in this version of the law, and its provision.
    func basePenalty(_ kind: OffenceKind, resulted: Bool) -> (Penalty, ProvisionID) {
        let id = provision(kind, resulted: resulted)
        return (ProvisionCatalogue.provision(id).penalty ?? .uu21Core, id)
    }
}
