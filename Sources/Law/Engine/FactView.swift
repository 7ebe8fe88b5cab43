/// The facts read once into the questions the rules ask, so each rule is a few comparisons.
struct FactView {
    let facts: CaseFacts
    let acts: [CaseFacts.Act]?
    let means: [CaseFacts.Means]?
    let types: [CaseFacts.ExploitationType]?
    let status: CaseFacts.ExploitationStatus?
    let harms: [CaseFacts.Harm]?
    let stage: CaseFacts.Stage?
    /// Whether explanation lines are written. The fork and the ranking of next questions screen
    /// completed facts many times and read only the verdicts, articles and penalties.
    let explains: Bool

    init(_ facts: CaseFacts, explains: Bool = true) {
        self.facts = facts
        self.explains = explains
        acts = facts.acts
        means = facts.means
        types = facts.exploitation.types
        status = facts.exploitation.status
        harms = facts.harms
        stage = facts.stage
    }

    /// Under 18 at the time of the acts (Palermo Art. 3(d); UU 21/2007 Pasal 1 angka 5).
    var child: Tri { facts.victim.age.map { Tri($0 < 18) } ?? .unknown }
    var citizen: Tri { facts.victim.citizenship.map { Tri($0 == "ID") } ?? .unknown }

    /// Where the exploitation takes place: the end of the journey.
    var destinationIndonesia: Tri { facts.movement.map { Tri($0.to == "ID") } ?? .unknown }
    var broughtIntoIndonesia: Tri { facts.movement.map { Tri($0.from != "ID" && $0.to == "ID") } ?? .unknown }
    var takenOutOfIndonesia: Tri { facts.movement.map { Tri($0.from == "ID" && $0.to != "ID") } ?? .unknown }
    var touchesIndonesia: Tri { facts.movement.map { Tri($0.from == "ID" || $0.to == "ID") } ?? .unknown }
    var domestic: Bool { facts.movement.map { $0.from == $0.to } ?? false }
    var crossBorder: Bool { facts.movement.map { $0.from != $0.to } ?? false }

    /// Whether the described trafficking never got under way (the acts were only incited or agreed).
    var actsOnlyPlanned: Bool { stage == .incitedNotCommitted || stage == .conspiracy }

    /// Exploitation happened, as opposed to being only the purpose.
    var exploitationOccurred: Tri {
        switch status {
        case .occurred?: .yes
        case .intended?, .none?: .no
        case nil: .unknown
        }
    }

    func has(_ act: CaseFacts.Act) -> Bool { acts?.contains(act) ?? false }
    func has(_ harm: CaseFacts.Harm) -> Bool { harms?.contains(harm) ?? false }

    /// Whether a purpose among `accepted` is established: `.no` when there is no exploitative
    /// purpose or only other kinds, `.unknown` when the kind is not known.
    func purpose(in accepted: Set<CaseFacts.ExploitationType>) -> Tri {
        if status == CaseFacts.ExploitationStatus.none { return .no }
        guard let types, !types.isEmpty else { return .unknown }
        return Tri(types.contains(where: accepted.contains))
    }

    /// Whether a means among `accepted` is established.
    func means(in accepted: Set<CaseFacts.Means>) -> Tri {
        guard let means else { return .unknown }
        return Tri(means.contains(where: accepted.contains))
    }
}
