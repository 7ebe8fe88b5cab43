/// The provisions that protect this victim. Rights are listed while trafficking is established
/// or still possible: a possible victim is treated as a victim until the facts say otherwise.
struct VictimRights {
    private(set) var rights: [String] = []
    private(set) var provisions: [ProvisionID] = []
    private(set) var lines: [ExplanationLine] = []
    private(set) var nextFacts: [NextFact] = []

    init(_ v: FactView, _ palermo: PalermoTest, _ national: NationalTest, _ version: LawVersion) {
        if palermo.verdict != .notTrafficking {
            add(.palermo6)
            if v.crossBorder { add(.palermo8) }
        }
        // No trafficking took place in a failed incitement, so there is no trafficking victim.
        guard version.assessable, national.verdict != .noOffence, national.role != .failedInciter else { return }
        let f = v.facts
        // Forced criminality that happened is itself the compulsion Pasal 18 speaks of.
        let forcedToOffend = v.types?.contains(.forcedCriminality) == true && v.exploitationOccurred == .yes
        switch f.victimCompelledToOffend ?? (forcedToOffend ? true : nil) {
        case true?:
            add(.uu21P18)
            let facts = f.victimCompelledToOffend == true ? ["victimCompelledToOffend"] : ["exploitation"]
            lines.append(Explain.line(.uu21P18, "non_punishment", national.trafficking.status, facts: facts,
                id: "Korban dipaksa pelaku melakukan tindak pidana: korban tidak dipidana atas tindak pidana itu (Pasal 18). "
                    + "Ia korban lebih dahulu, bukan tersangka (ACTIP Pasal 14).",
                en: "The victim was forced by the trafficker to commit an offence: the victim is not punished for it (Pasal 18). "
                    + "They are a victim first, not a suspect (ACTIP Art. 14)."))
        case nil:
            nextFacts.append(NextFacts.compelled)
        case false?:
            break
        }
        add(.uu21P44)
        add(.uu21P48)
        add(.uu21P51)
        add(.uu21P52)
        if v.harms?.contains(where: ElementLists.urgentHarms.contains) == true { add(.uu21P53) }
        if let m = f.movement, let c = f.victim.citizenship {
            if c == "ID", m.to != "ID" { add(.uu21P54a1) }
            if c != "ID", m.to == "ID" { add(.uu21P54a2) }
        }
    }

    private mutating func add(_ id: ProvisionID) {
        let p = ProvisionCatalogue.provision(id)
        provisions.append(id)
        if !rights.contains(p.articleCitation) { rights.append(p.articleCitation) }
    }
}
