/// Pasal 7, 8, 16 and 17 applied to the offences met. The headline range adds one third to the
/// maximum once, however many aggravations apply; the other readings go to `unsettled`.
struct Aggravations {
    private(set) var applied: [ProvisionID] = []
    private(set) var lines: [ExplanationLine] = []
    private(set) var unknownFacts: [NextFact] = []
    private(set) var unsettled: [UnsettledPoint] = []
    private var thirdsByKind: [OffenceKind: Int] = [:]
    private var deathKinds: Set<OffenceKind> = []

    init(_ v: FactView, met: [OffenceKind], resulted: Bool) {
        for rule in AggravationRule.all {
            var kinds = met.filter(rule.bases.contains)
            // Pasal 7(1) names Pasal 2 ayat (2): purpose-only trafficking is left out (unsettled).
            if rule.trigger == .graveHarm, !resulted, kinds.contains(.pasal2) {
                kinds.removeAll { $0 == .pasal2 }
                if Aggravations.trigger(rule.trigger, v) == .yes { unsettled.append(Unsettled.pasal7Base) }
            }
            guard !kinds.isEmpty else { continue }
            switch Aggravations.trigger(rule.trigger, v) {
            case .yes:
                applied.append(rule.provision)
                if v.explains { lines.append(Aggravations.line(rule, v)) }
                for k in kinds {
                    if rule.effect == .ownRange { deathKinds.insert(k) } else { thirdsByKind[k, default: 0] += 1 }
                }
            case .unknown:
                let fact = Aggravations.fact(rule.trigger)
                if !unknownFacts.contains(fact) { unknownFacts.append(fact) }
            case .no:
                break
            }
        }
    }

    func thirds(for kind: OffenceKind) -> Int { thirdsByKind[kind] ?? 0 }
    func death(for kind: OffenceKind) -> Bool { deathKinds.contains(kind) }

    /// The headline range for an offence: Pasal 7(2)'s own range on death, else one third added
    /// to the maximum.
    func penalty(for kind: OffenceKind, base: Penalty) -> (penalty: Penalty, provision: ProvisionID?) {
        if death(for: kind), let range = ProvisionCatalogue.provision(.uu21P7a2).penalty { return (range, .uu21P7a2) }
        return (thirds(for: kind) > 0 ? base.addingThirds(1, toMinimum: false) : base, nil)
    }

    private static func trigger(_ t: AggravationRule.Trigger, _ v: FactView) -> Tri {
        let p = v.facts.perpetrator
        switch t {
        case .graveHarm: return v.harms.map { Tri($0.contains(where: ElementLists.graveHarms.contains)) } ?? .unknown
        case .death: return v.harms.map { Tri($0.contains(.death)) } ?? .unknown
        case .stateOfficial: return Tri(p.stateOfficialAbusingPower)
        case .organisedGroup: return Tri(p.organizedGroup)
        case .childVictim: return v.child
        }
    }

    private static func fact(_ t: AggravationRule.Trigger) -> NextFact {
        switch t {
        case .graveHarm, .death: NextFacts.harms
        case .stateOfficial: NextFacts.stateOfficial
        case .organisedGroup: NextFacts.organisedGroup
        case .childVictim: NextFacts.ageForPenalty
        }
    }

    private static func line(_ rule: AggravationRule, _ v: FactView) -> ExplanationLine {
        let grave = Explain.terms(v.harms, in: ElementLists.graveHarms)
        switch rule.trigger {
        case .graveHarm:
            return Explain.line(rule.provision, "aggravation", .met, facts: ["harms"],
                id: "Akibat bagi korban: \(grave.id); pidana ditambah sepertiga.", en: "Consequence for the victim: \(grave.en); a third is added.")
        case .death:
            return Explain.line(rule.provision, "aggravation", .met, facts: ["harms"],
                id: "Korban meninggal: rentang Pasal 7 ayat (2), 5 tahun sampai seumur hidup.",
                en: "The victim died: the Pasal 7(2) range, 5 years to life.")
        case .stateOfficial:
            return Explain.line(rule.provision, "aggravation", .met, facts: ["perpetrator.stateOfficialAbusingPower"],
                id: "Penyelenggara negara menyalahgunakan kekuasaan; pidana ditambah sepertiga, dapat diberhentikan tidak dengan hormat.",
                en: "A state official abused power; a third is added, and dishonourable dismissal may follow.")
        case .organisedGroup:
            return Explain.line(rule.provision, "aggravation", .met, facts: ["perpetrator.organizedGroup"],
                id: "Dilakukan kelompok yang terorganisasi; pidana ditambah sepertiga.", en: "Committed by an organised group; a third is added.")
        case .childVictim:
            return Explain.line(rule.provision, "aggravation", .met, facts: ["victim.age"],
                id: "Korban anak (\(v.facts.victim.age ?? 0) tahun); pidana Pasal 2, 3 atau 4 ditambah sepertiga.",
                en: "The victim is a child (\(v.facts.victim.age ?? 0)); the Pasal 2, 3 or 4 penalty gets a third added.")
        }
    }
}
