/// From a national offence to the articles that apply and the penalty range, aggravations applied.
struct Sentencing {
    var articles: [String] = []
    var provisions: [AppliedProvision] = []
    var penalty: Penalty?
    var penaltyProvision: ProvisionID?
    var unsettled: [UnsettledPoint] = []
    var additional: [Bilingual] = []
    var corporate: CorporatePenalty?
    var nextFacts: [NextFact] = []
    var lines: [ExplanationLine] = []

    /// Whether a UU 21/2007 range (which UU 1/2026 adjusted in ways not found) was used.
    /// (UU 35/2014 too: its adjustment was not found either.)
    var uu21PenaltyApplied: Bool { penaltyProvision.map { [.uu21, .uu35].contains(ProvisionCatalogue.provision($0).statute) } ?? false }

    init(_ v: FactView, _ n: NationalTest, _ version: LawVersion) {
        guard n.verdict == .offence else { return }
        let resulted = v.exploitationOccurred == .yes
        switch n.role {
        case .user:
            add(.uu21P12, .offence)
            setPenalty(.uu21Core, .uu21P12)
        case .failedInciter:
            add(.uu21P9, .offence)
            let p9 = ProvisionCatalogue.provision(.uu21P9)
            setPenalty(p9.penalty ?? .uu21Core, .uu21P9)
        case .trafficker:
            sentenceTrafficker(v, n, version, resulted: resulted)
        }
        if version.afterPenalAdjustment, uu21PenaltyApplied, let penalty, let id = penaltyProvision {
            unsettled.append(Unsettled.adjustmentNotFound(ProvisionCatalogue.provision(id).citation, penalty))
        }
        // Pasal 13–15 are about trafficking offences; a child-protection offence alone does not reach them.
        let corporateLaw = n.role != .trafficker || n.traffickingMet
        if v.facts.perpetrator.corporation == true, corporateLaw { applyCorporate(n, version, resulted: resulted) }
        if v.facts.perpetrator.corporation == nil, n.role != .failedInciter, corporateLaw {
            nextFacts.append(NextFacts.corporation)
        }
        if v.stage == nil, v.exploitationOccurred != .yes {
            nextFacts.append(NextFacts.stage)
        }
    }

    private mutating func sentenceTrafficker(_ v: FactView, _ n: NationalTest, _ version: LawVersion, resulted: Bool) {
        let met = n.met
        for kind in met {
            if kind == .pasal2, let old = version.pasal2AtTimeOfActs(resulted: resulted) { add(old, .atTimeOfActs) }
            add(version.provision(kind, resulted: resulted), .offence)
        }
        if n.traffickingMet, v.stage == .attempted || v.facts.perpetrator.assisted == true { add(.uu21P10, .participation) }
        if n.traffickingMet, v.stage == .conspiracy { add(.uu21P11, .participation) }

        let found = Aggravations(v, met: met, resulted: resulted)
        for id in found.applied { add(id, .aggravation) }
        lines += found.lines
        nextFacts += found.unknownFacts
        unsettled += found.unsettled
        if found.applied.contains(.uu21P8a1) {
            add(.uu21P8a2, .aggravation)
            additional.append(ProvisionCatalogue.provision(.uu21P8a2).title)
        }

        // The gravest applicable provision gives the range.
        let candidates = met.map { kind -> (Penalty, ProvisionID, OffenceKind) in
            let (base, id) = version.basePenalty(kind, resulted: resulted)
            let final = found.penalty(for: kind, base: base)
            return (final.penalty, final.provision ?? id, kind)
        }
        guard var best = candidates.first else { return }
        for c in candidates.dropFirst() where c.0.isGraver(than: best.0) { best = c }
        let (p, id, kind) = best
        setPenalty(p, id)
        let (base, baseID) = version.basePenalty(kind, resulted: resulted)
        unsettled += Unsettled.penaltyReadings(base: base, final: p, thirds: found.thirds(for: kind),
                                               death: found.death(for: kind), kuhp455: baseID == .kuhp455a1 || baseID == .kuhp455a2)
        if met.contains(.pasal6), v.domestic { unsettled.append(Unsettled.pasal6Domestic) }
    }

    private mutating func applyCorporate(_ n: NationalTest, _ version: LawVersion, resulted: Bool) {
        add(.uu21P13, .corporate)
        add(.uu21P14, .corporate, listed: false)
        add(.uu21P15a1, .corporate)
        add(.uu21P15a2, .corporate, listed: false)
        additional.append(ProvisionCatalogue.provision(.uu21P15a2).summary)
        let facts = ["perpetrator.corporation"]
        lines.append(Explain.line(.uu21P13, "corporation", .met, facts: facts,
            id: "Pelakunya korporasi: tuntutan dan pidana dapat dijatuhkan kepada korporasi dan/atau pengurusnya.",
            en: "The perpetrator is a corporation: charges and penalties may go against it and/or its management."))
        lines.append(Explain.line(.uu21P14, "corporation", .met, facts: facts,
            id: "Korporasi yang dipanggil diwakili pengurusnya (keyakinan rendah).",
            en: "A corporation summoned is represented by its management (low confidence)."))
        guard n.role != .failedInciter else { return }
        lines.append(Explain.line(.uu21P15a1, "corporation", .met, facts: facts,
            id: "Pidana pokok korporasi hanya denda, tiga kali denda pasal pokok (\"3 kali\": keyakinan sedang), ditambah pidana tambahan.",
            en: "The corporation's only principal penalty is a fine, three times the offence's fine (\"3×\": medium confidence), "
                + "plus additional penalties."))
        // Pasal 15(1): three times the fine of Pasal 2–6 (the base fine, before aggravation).
        let base: Penalty = n.role == .trafficker
            ? n.met.filter { $0.isTrafficking }.map { version.basePenalty($0, resulted: resulted).0 }.max { $1.isGraver(than: $0) } ?? .uu21Core
            : .uu21Core
        corporate = CorporatePenalty(fineMinRp: base.fineMinRp.map { $0 * 3 }, fineMaxRp: base.fineMaxRp.map { $0 * 3 },
                                     additional: [ProvisionCatalogue.provision(.uu21P15a2).summary], confidence: .medium)
        if version.afterPenalAdjustment { unsettled.append(Unsettled.corporateAfter2026) }
    }

    private mutating func setPenalty(_ p: Penalty, _ id: ProvisionID) {
        penalty = p
        penaltyProvision = id
    }

    private mutating func add(_ id: ProvisionID, _ role: AppliedProvision.Role, listed: Bool = true) {
        let p = ProvisionCatalogue.provision(id)
        guard !provisions.contains(where: { $0.provisionID == id }) else { return }
        provisions.append(AppliedProvision(provisionID: id, citation: p.citation, role: role, confidence: p.confidence))
        if listed, !articles.contains(p.articleCitation) { articles.append(p.articleCitation) }
    }
}
