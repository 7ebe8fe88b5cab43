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
    /// by person with each group's person key; and likewise the suspect events that must be
    /// counted through their person (linked, or a step reached twice in a case). Few: every other
    /// record is a person of its own and is simply counted.
    var linkedVictims = PositionGroups()
    var linkedSuspectEvents = PositionGroups()

    /// Drops every record of these cases, and gives them back: what a change takes away. The
    /// linked groups follow: positions taken out go, later ones move down.
    @discardableResult
    mutating func remove(cases numbers: CaseNumbers) -> YearPartition {
        var gone = YearPartition()
        // Chunks holding none of the cases stay shared with the index before the change.
        linkedVictims = linkedVictims.removing(positions: victims.remove(cases: numbers, into: &gone.victims))
        cases.remove(cases: numbers, into: &gone.cases)
        openCases.remove(cases: numbers, into: &gone.openCases)
        openItems.remove(cases: numbers, into: &gone.openItems)
        funnel.remove(cases: numbers, into: &gone.funnel)
        linkedSuspectEvents = linkedSuspectEvents.removing(positions: suspectEvents.remove(cases: numbers, into: &gone.suspectEvents))
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

    /// Finds the records that need their person, against the persons linked now: after the
    /// links changed, or when the year is filed whole.
    mutating func markPeople(_ people: IndexPeople) {
        linkedVictims = PositionGroups(Self.linked(victims, from: 0, people))
        linkedSuspectEvents = PositionGroups(Self.linked(suspectEvents, from: 0, people))
    }

    /// Adds to the groups the records appended at or after these positions, against the same
    /// links: what a change to a few cases costs, instead of reading every record of the year.
    mutating func markPeople(_ people: IndexPeople, victimsFrom: Int, suspectEventsFrom: Int) {
        linkedVictims = linkedVictims.adding(Self.linked(victims, from: victimsFrom, people))
        linkedSuspectEvents = linkedSuspectEvents.adding(Self.linked(suspectEvents, from: suspectEventsFrom, people))
    }

    private static func linked(_ records: RecordChunks<VictimRecord>, from: Int, _ people: IndexPeople) -> [(person: UInt64, position: Int32)] {
        var out: [(person: UInt64, position: Int32)] = []
        var i = 0
        // From the start the iterator walks the chunks; from a position, the few records after it.
        for v in from == 0 ? AnySequence(records) : AnySequence(records[from...]) {
            if people.isLinked(v.person.key) { out.append((people.person(v.person.key), Int32(from + i))) }
            i += 1
        }
        return out
    }

    private static func linked(_ records: RecordChunks<SuspectEvent>, from: Int, _ people: IndexPeople) -> [(person: UInt64, position: Int32)] {
        var out: [(person: UInt64, position: Int32)] = []
        var i = 0
        for e in from == 0 ? AnySequence(records) : AnySequence(records[from...]) {
            if e.repeated || people.isLinked(e.person.key) { out.append((people.person(e.person.key), Int32(from + i))) }
            i += 1
        }
        return out
    }
}
