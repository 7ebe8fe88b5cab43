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
    /// Positions in `victims` of records linked to another record of the same person, and in
    /// `suspectEvents` of those that must be counted through the set of people. Few: every other
    /// record is a person of its own and is simply counted.
    var linkedVictims: [Int32] = []
    var peopleSuspectEvents: [Int32] = []

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

    /// Finds the records that need the set of people, against the persons linked now.
    mutating func markPeople(linked: Set<UInt64>) {
        linkedVictims = victims.indices.compactMap { linked.contains(victims[$0].person) ? Int32($0) : nil }
        peopleSuspectEvents = suspectEvents.indices.compactMap { i in
            suspectEvents[i].repeated || linked.contains(suspectEvents[i].person) ? Int32(i) : nil
        }
    }
}
