/// One calendar year of the counting index: every record whose counting date falls in it (a
/// period lies within one year, so a request reads one partition). Open cases and items and
/// tracks without a suspect are kept in their case's opening year.
struct YearPartition: Sendable {
    var victims = RecordChunks<VictimRecord>()
    var cases = RecordChunks<CaseRecord>()
    var openCases = RecordChunks<OpenCaseRecord>()
    var openItems = RecordChunks<OpenItemRecord>()
    var funnel = RecordChunks<FunnelRecord>()
    var suspectEvents = RecordChunks<SuspectEvent>()
    var unnamedTracks = RecordChunks<UnnamedTrack>()
    var convictions = RecordChunks<ConvictionRecord>()
    var services = RecordChunks<ServiceRecord>()
    var restitutions = RecordChunks<RestitutionRecord>()
    var referrals = RecordChunks<ReferralRecord>()
    var reports: [ReportRecord] = []
    /// Positions in `victims` of records linked to another record of the same person, grouped
    /// by person, with each group's person key; and likewise the suspect events that must be
    /// counted through their person (linked, or a step reached twice in a case). Few: every other
    /// record is a person of its own and is simply counted.
    var linkedVictims = PositionGroups()
    var linkedVictimPeople: [UInt64] = []
    var linkedSuspectEvents = PositionGroups()

    /// Drops every record of these cases, and gives them back: what a change takes away.
    @discardableResult
    mutating func remove(cases numbers: CaseNumbers) -> YearPartition {
        var gone = YearPartition()
        // Chunks holding none of the cases stay shared with the index before the change.
        victims.remove(cases: numbers, into: &gone.victims)
        cases.remove(cases: numbers, into: &gone.cases)
        openCases.remove(cases: numbers, into: &gone.openCases)
        openItems.remove(cases: numbers, into: &gone.openItems)
        funnel.remove(cases: numbers, into: &gone.funnel)
        suspectEvents.remove(cases: numbers, into: &gone.suspectEvents)
        unnamedTracks.remove(cases: numbers, into: &gone.unnamedTracks)
        convictions.remove(cases: numbers, into: &gone.convictions)
        services.remove(cases: numbers, into: &gone.services)
        restitutions.remove(cases: numbers, into: &gone.restitutions)
        referrals.remove(cases: numbers, into: &gone.referrals)
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
        for (i, v) in victims.enumerated() where people.isLinked(v.person.key) {
            victimGroups[people.person(v.person.key), default: []].append(Int32(i))
        }
        let ordered = victimGroups.sorted { $0.key < $1.key }
        linkedVictimPeople = ordered.map(\.key)
        linkedVictims = PositionGroups()
        for (_, group) in ordered { linkedVictims.append(group) }
        var suspectGroups: [UInt64: [Int32]] = [:]
        for (i, e) in suspectEvents.enumerated() where e.repeated || people.isLinked(e.person.key) {
            suspectGroups[people.person(e.person.key), default: []].append(Int32(i))
        }
        linkedSuspectEvents = PositionGroups()
        for (_, group) in suspectGroups.sorted(by: { $0.key < $1.key }) { linkedSuspectEvents.append(group) }
    }
}
