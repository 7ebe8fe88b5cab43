/// One calendar year of the counting index: every record whose counting date falls in it (a
/// period lies within one year, so a request reads one partition). Open cases and items and
/// tracks without a suspect are kept in their case's opening year.
struct YearPartition: Sendable {
    var victims: [VictimRecord] = []
    var cases: [CaseRecord] = []
    var openCases: [OpenCaseRecord] = []
    var openItems: [OpenItemRecord] = []
    var funnel: [FunnelRecord] = []
    var suspectEvents: [SuspectEvent] = []
    var unnamedTracks: [UnnamedTrack] = []
    var convictions: [ConvictionRecord] = []
    var services: [ServiceRecord] = []
    var restitutions: [RestitutionRecord] = []
    var referrals: [ReferralRecord] = []
    var reports: [ReportRecord] = []
    /// Positions in `victims` of records linked to another record of the same person, grouped
    /// by person, with each group's person key; and likewise the suspect events that must be
    /// counted through their person (linked, or a step reached twice in a case). Few: every other
    /// record is a person of its own and is simply counted.
    var linkedVictims: [[Int32]] = []
    var linkedVictimPeople: [UInt64] = []
    var linkedSuspectEvents: [[Int32]] = []

    /// Drops every record of these cases.
    mutating func remove(cases keys: Set<UInt64>) {
        victims.removeAll { keys.contains($0.caseKey) }
        cases.removeAll { keys.contains($0.caseKey) }
        openCases.removeAll { keys.contains($0.caseKey) }
        openItems.removeAll { keys.contains($0.caseKey) }
        funnel.removeAll { keys.contains($0.caseKey) }
        suspectEvents.removeAll { keys.contains($0.caseKey) }
        unnamedTracks.removeAll { keys.contains($0.caseKey) }
        convictions.removeAll { keys.contains($0.caseKey) }
        services.removeAll { keys.contains($0.caseKey) }
        restitutions.removeAll { keys.contains($0.caseKey) }
        referrals.removeAll { keys.contains($0.caseKey) }
    }

    /// Finds the records that need their person, against the persons linked now.
    mutating func markPeople(_ people: IndexPeople) {
        var victimGroups: [UInt64: [Int32]] = [:]
        for (i, v) in victims.enumerated() where people.linked.contains(v.person) {
            victimGroups[people.person(v.person), default: []].append(Int32(i))
        }
        let ordered = victimGroups.sorted { $0.key < $1.key }
        linkedVictimPeople = ordered.map(\.key)
        linkedVictims = ordered.map(\.value)
        var suspectGroups: [UInt64: [Int32]] = [:]
        for (i, e) in suspectEvents.enumerated() where e.repeated || people.linked.contains(e.person) {
            suspectGroups[people.person(e.person), default: []].append(Int32(i))
        }
        linkedSuspectEvents = suspectGroups.sorted { $0.key < $1.key }.map(\.value)
    }
}
