import Cases
import Coordination

/// One case's facts, gathered from the lists of a `MonitoringFacts`.
struct CaseFactsGroup {
    var victims: [PersonFact] = []
    var suspects: [PersonFact] = []
    var tracks: [JusticeTrack] = []
    var services: [ProtectionItem] = []
    var restitutions: [Restitution] = []
    var referrals: [Referral] = []

    static func group(_ f: MonitoringFacts) -> [String: CaseFactsGroup] {
        var out: [String: CaseFactsGroup] = [:]
        for v in f.victims { out[v.caseID, default: .init()].victims.append(v) }
        for s in f.suspects { out[s.caseID, default: .init()].suspects.append(s) }
        for t in f.tracks { out[t.caseID, default: .init()].tracks.append(t) }
        for s in f.services { out[s.caseID, default: .init()].services.append(s) }
        for r in f.restitutions { out[r.caseID, default: .init()].restitutions.append(r) }
        for r in f.referrals { out[r.caseID, default: .init()].referrals.append(r) }
        return out
    }
}

/// Turns one case into the index's records, each filed under the year of its counting date.
struct CaseRecordFiler {
    /// The index's number for the case (`CaseYears`).
    let caseNumber: UInt32
    let caseFact: CaseFact
    let group: CaseFactsGroup
    let agencyKinds: [String: Agency.Kind]

    init(caseNumber: UInt32, caseFact: CaseFact, group: CaseFactsGroup, agencyKinds: [String: Agency.Kind]) {
        self.caseNumber = caseNumber
        self.caseFact = caseFact
        self.group = group
        self.agencyKinds = agencyKinds
    }

    private static func day(_ d: CalendarDate?) -> Int32 { d.map { Int32($0.dayNumber) } ?? IndexDay.none }

    /// Files every record; returns the bits of the years they went to (`CaseYears.bit`).
    func file(into years: inout [Int: YearPartition], vocabulary: inout IndexVocabulary) -> UInt32 {
        let c = caseFact
        var victimBits: [String: UInt16] = [:]
        var mask: UInt16 = 0
        for v in group.victims {
            let bit = SexAge.bit(SexAge.code(v.sex, v.age))
            victimBits[v.id] = bit
            mask |= bit
        }
        let at = Coordinates(province: ProvinceNumber.of(c.provinceCode), form: UInt8(c.form.index),
                             agencies: vocabulary.agencySet(c.agencyIDs), victims: mask)
        let opened = c.openedOn.year
        var yearBits: UInt32 = 0
        func put(_ year: Int, _ add: (inout YearPartition) -> Void) {
            add(&years[year, default: YearPartition()])
            yearBits |= CaseYears.bit(of: year)
        }
        fileCase(at, opened: opened, put)
        fileVictims(at, opened: opened, put)
        fileJustice(at, opened: opened, vocabulary: &vocabulary, put)
        fileServices(at, victimBits: victimBits, opened: opened, vocabulary: &vocabulary, put)
        return yearBits
    }

    private func fileCase(_ at: Coordinates, opened: Int, _ put: (Int, (inout YearPartition) -> Void) -> Void) {
        let c = caseFact, v = group.victims
        var first: CalendarDate?
        func note(_ d: CalendarDate) { if first.map({ d < $0 }) ?? true { first = d } }
        for t in group.tracks { for s in t.stages where s.stage != .report { note(s.on) } }
        for r in group.referrals { note(r.requestedOn) }
        for s in group.services { note(s.requestedOn) }
        for r in group.restitutions { note(r.claimedOn) }
        let record = CaseRecord(
            day: Self.day(c.openedOn), at: at,
            victims: UInt16(v.count), sexKnown: UInt16(v.filter { $0.sex != .unknown }.count),
            ageKnown: UInt16(v.filter { $0.age != .unknown }.count),
            citizenshipKnown: UInt16(v.filter { $0.citizenship != nil }.count),
            placeKnown: c.abroad != nil,
            delay: c.incidentOn.map { Int32(max(0, $0.days(until: c.openedOn))) } ?? IndexDay.none,
            firstAction: first.map { Int32(max(0, c.openedOn.days(until: $0))) } ?? IndexDay.none,
            caseNumber: caseNumber)
        put(opened) {
            $0.cases.append(record)
            if c.isOpen { $0.openCases.append(OpenCaseRecord(at: at, caseNumber: caseNumber)) }
        }
    }

    private func fileVictims(_ at: Coordinates, opened: Int, _ put: (Int, (inout YearPartition) -> Void) -> Void) {
        let c = caseFact
        let capture: Int8 = c.registeredBy.flatMap { agencyKinds[$0] }.flatMap(CaptureList.init)
            .flatMap { CaptureList.allCases.firstIndex(of: $0) }.map(Int8.init) ?? -1
        var served: [String: UInt16] = [:]
        for s in group.services where s.status == .delivered {
            served[s.victimID, default: 0] |= 1 << UInt16(ProtectionService.allCases.firstIndex(of: s.service)!)
        }
        let records = group.victims.map { v in
            VictimRecord(day: Self.day(c.openedOn), at: at, sexAge: SexAge.code(v.sex, v.age),
                         citizenship: UInt8(CitizenshipGroup(citizenship: v.citizenship, abroad: c.abroad).index),
                         citizenshipKnown: v.citizenship != nil, captureList: capture, served: served[v.id] ?? 0,
                         person: PersonKey(RecordKey.of(v.id)), caseNumber: caseNumber)
        }
        if !records.isEmpty { put(opened) { $0.victims += records } }
    }
}
