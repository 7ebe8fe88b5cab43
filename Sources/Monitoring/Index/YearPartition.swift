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

    /// Drops every record of these cases, and gives them back: what a change takes away.
    @discardableResult
    mutating func remove(cases keys: Set<UInt64>) -> YearPartition {
        var gone = YearPartition()
        // The arrays are shared with the index before the change: one holding none of the
        // cases is left shared, one that does is copied once, split as it is copied.
        func take<R>(_ records: inout [R], _ key: (R) -> UInt64, into out: inout [R]) {
            guard let first = records.firstIndex(where: { keys.contains(key($0)) }) else { return }
            var kept = Array(records[..<first])
            kept.reserveCapacity(records.count)
            for r in records[first...] { if keys.contains(key(r)) { out.append(r) } else { kept.append(r) } }
            records = kept
        }
        take(&victims, { $0.caseKey }, into: &gone.victims)
        take(&cases, { $0.caseKey }, into: &gone.cases)
        take(&openCases, { $0.caseKey }, into: &gone.openCases)
        take(&openItems, { $0.caseKey }, into: &gone.openItems)
        take(&funnel, { $0.caseKey }, into: &gone.funnel)
        take(&suspectEvents, { $0.caseKey }, into: &gone.suspectEvents)
        take(&unnamedTracks, { $0.caseKey }, into: &gone.unnamedTracks)
        take(&convictions, { $0.caseKey }, into: &gone.convictions)
        take(&services, { $0.caseKey }, into: &gone.services)
        take(&restitutions, { $0.caseKey }, into: &gone.restitutions)
        take(&referrals, { $0.caseKey }, into: &gone.referrals)
        return gone
    }

    /// Adds another partition's case records (not its reports, which are filed whole).
    mutating func append(cases other: YearPartition) {
        victims += other.victims
        cases += other.cases
        openCases += other.openCases
        openItems += other.openItems
        funnel += other.funnel
        suspectEvents += other.suspectEvents
        unnamedTracks += other.unnamedTracks
        convictions += other.convictions
        services += other.services
        restitutions += other.restitutions
        referrals += other.referrals
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
