/// Each record of a filed case, field by field, without what the case's records share (its
/// coordinates and key, the victims' capture list: `FiledCaseContext`). Agencies and
/// citizenships are written as the case header's numbers and read back as the index's.
extension YearPartition {
    func write(to w: inout FiledWriter) {
        w.count(victims.count)
        for v in victims {
            w.i32(v.day); w.u8(v.sexAge); w.u8(v.citizenship); w.bool(v.citizenshipKnown); w.u16(v.served); w.u64(v.person.key)
        }
        w.count(cases.count)
        for c in cases {
            w.i32(c.day); w.i32(c.delay); w.bool(c.placeKnown); w.i32(c.firstAction)
            w.u16(c.victims); w.u16(c.sexKnown); w.u16(c.ageKnown); w.u16(c.citizenshipKnown)
        }
        w.count(openCases.count)
        w.count(openItems.count)
        for o in openItems { w.u16(o.owner); w.i32(o.due) }
        w.count(funnel.count)
        for f in funnel { for i in 0..<8 { w.i32(f.stages[i]) } }
        w.count(suspectEvents.count)
        for e in suspectEvents {
            w.i32(e.day); w.u8(e.step); w.u8(e.sex); w.u16(e.citizenship); w.u64(e.person.key); w.bool(e.repeated)
        }
        w.count(unnamedTracks.count)
        w.count(convictions.count)
        for c in convictions { w.i32(c.day); w.i32(c.months); w.u8(c.law); w.i32(c.minimum) }
        w.count(services.count)
        for s in services {
            w.i32(s.day); w.u16(s.victimBit); w.u8(s.service); w.bool(s.delivered); w.bool(s.notDelivered); w.bool(s.bound)
            w.i32(s.closed); w.i32(s.due)
        }
        w.count(restitutions.count)
        for r in restitutions {
            w.i32(r.day); w.u16(r.victimBit); w.i64(r.claimed); w.i64(r.ordered); w.i64(r.paidCapped); w.bool(r.notified)
            w.i32(r.paidInFull); w.i32(r.deadline)
        }
        w.count(referrals.count)
        for r in referrals {
            w.i32(r.day); w.u16(r.victimBit); w.u8(r.service); w.u16(r.toAgency); w.i32(r.acceptDays); w.bool(r.delivered); w.bool(r.declined)
        }
    }

    /// Appends a filed case's records of this year as they are read. Built record by record into
    /// the year's chunks: a partition of small arrays for each case cost a million cases about
    /// twenty allocations each on a restart. A case whose bytes fail part-way is taken out again
    /// by the caller (`truncate`).
    mutating func append(reading r: inout FiledReader, _ c: FiledCaseContext) throws {
        let at = c.at, key = c.caseNumber
        for _ in 0..<(try r.count(unit: 17)) {
            victims.append(VictimRecord(day: try r.i32(), at: at, sexAge: try r.u8(), citizenship: try r.u8(), citizenshipKnown: try r.bool(),
                                        captureList: c.captureList, served: try r.u16(), person: PersonKey(try r.u64()), caseNumber: key))
        }
        for _ in 0..<(try r.count(unit: 21)) {
            // Read in the order written; the record keeps its fields in another order.
            let day = try r.i32(), delay = try r.i32(), placeKnown = try r.bool(), firstAction = try r.i32()
            cases.append(CaseRecord(day: day, at: at, victims: try r.u16(), sexKnown: try r.u16(), ageKnown: try r.u16(),
                                    citizenshipKnown: try r.u16(), placeKnown: placeKnown, delay: delay, firstAction: firstAction,
                                    caseNumber: key))
        }
        for _ in 0..<(try r.count(unit: 0)) { openCases.append(OpenCaseRecord(at: at, caseNumber: key)) }
        for _ in 0..<(try r.count(unit: 6)) {
            openItems.append(OpenItemRecord(at: at, owner: try c.agency(try r.u16()), due: try r.i32(), caseNumber: key))
        }
        for _ in 0..<(try r.count(unit: 32)) {
            var stages = StageDays(repeating: IndexDay.none)
            for i in 0..<8 { stages[i] = try r.i32() }
            funnel.append(FunnelRecord(at: at, stages: stages, caseNumber: key))
        }
        for _ in 0..<(try r.count(unit: 17)) {
            let day = try r.i32(), step = try r.u8(), sex = try r.u8(), citizenship = try c.citizenship(try r.u16())
            let person = PersonKey(try r.u64())
            suspectEvents.append(SuspectEvent(day: day, at: at, step: step, sex: sex, citizenship: citizenship, repeated: try r.bool(),
                                              person: person, caseNumber: key))
        }
        for _ in 0..<(try r.count(unit: 0)) { unnamedTracks.append(UnnamedTrack(at: at, caseNumber: key)) }
        for _ in 0..<(try r.count(unit: 13)) {
            convictions.append(ConvictionRecord(day: try r.i32(), at: at, months: try r.i32(), law: try r.u8(), minimum: try r.i32(), caseNumber: key))
        }
        for _ in 0..<(try r.count(unit: 18)) {
            services.append(ServiceRecord(day: try r.i32(), at: at, victimBit: try r.u16(), service: try r.u8(), delivered: try r.bool(),
                                          notDelivered: try r.bool(), bound: try r.bool(), closed: try r.i32(), due: try r.i32(), caseNumber: key))
        }
        for _ in 0..<(try r.count(unit: 39)) {
            restitutions.append(RestitutionRecord(day: try r.i32(), at: at, victimBit: try r.u16(), claimed: try r.i64(), ordered: try r.i64(),
                                                  paidCapped: try r.i64(), notified: try r.bool(), paidInFull: try r.i32(), deadline: try r.i32(),
                                                  caseNumber: key))
        }
        for _ in 0..<(try r.count(unit: 15)) {
            referrals.append(ReferralRecord(day: try r.i32(), at: at, victimBit: try r.u16(), service: try r.u8(), toAgency: try c.agency(try r.u16()),
                                            acceptDays: try r.i32(), delivered: try r.bool(), declined: try r.bool(), caseNumber: key))
        }
    }

    /// How many records of each kind the partition holds: where to cut it back to.
    struct Ends {
        let victims, cases, openCases, openItems, funnel, suspectEvents, unnamedTracks, convictions, services, restitutions, referrals: Int
    }

    var ends: Ends {
        Ends(victims: victims.count, cases: cases.count, openCases: openCases.count, openItems: openItems.count, funnel: funnel.count,
             suspectEvents: suspectEvents.count, unnamedTracks: unnamedTracks.count, convictions: convictions.count,
             services: services.count, restitutions: restitutions.count, referrals: referrals.count)
    }

    /// Drops every record appended after `ends` were read.
    mutating func truncate(to e: Ends) {
        victims.truncate(to: e.victims)
        cases.truncate(to: e.cases)
        openCases.truncate(to: e.openCases)
        openItems.truncate(to: e.openItems)
        funnel.truncate(to: e.funnel)
        suspectEvents.truncate(to: e.suspectEvents)
        unnamedTracks.truncate(to: e.unnamedTracks)
        convictions.truncate(to: e.convictions)
        services.truncate(to: e.services)
        restitutions.truncate(to: e.restitutions)
        referrals.truncate(to: e.referrals)
    }
}
