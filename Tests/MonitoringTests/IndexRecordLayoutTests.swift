import Testing
@testable import Monitoring

/// The counting index holds several records for each case of the registry (ten million at a
/// million cases), so a few bytes of padding per record are tens of megabytes of the server's
/// memory. These pin the packed sizes and the compact parts that made them.
@Suite struct IndexRecordLayoutTests {
    @Test func recordsPackWithoutWastedPadding() {
        #expect(MemoryLayout<VictimRecord>.stride == 28)
        #expect(MemoryLayout<CaseRecord>.stride == 32)
        #expect(MemoryLayout<FunnelRecord>.stride == 44)
        #expect(MemoryLayout<SuspectEvent>.stride == 28)
        #expect(MemoryLayout<ServiceRecord>.stride == 28)
        #expect(MemoryLayout<ReferralRecord>.stride == 28)
        #expect(MemoryLayout<ConvictionRecord>.stride == 28)
        #expect(MemoryLayout<OpenCaseRecord>.stride == 12)
        #expect(MemoryLayout<OpenItemRecord>.stride == 16)
        #expect(MemoryLayout<UnnamedTrack>.stride == 12)
        #expect(MemoryLayout<CaseYears.Entry>.stride == 8)
    }

    @Test func stageDaysHoldEightDaysApart() {
        var days = StageDays(repeating: IndexDay.none)
        for i in 0..<8 { #expect(days[i] == IndexDay.none) }
        for i in 0..<8 { days[i] = Int32(20_000 + i * 7) }
        days[3] = -5
        #expect((0..<8).map { days[$0] } == [20_000, 20_007, 20_014, -5, 20_028, 20_035, 20_042, 20_049])
    }

    @Test func personKeysKeepEveryBit() {
        for key: UInt64 in [0, 1, UInt64(UInt32.max), UInt64(UInt32.max) + 1, 0x8000_0000_0000_0001, .max, 0x0123_4567_89ab_cdef] {
            #expect(PersonKey(key).key == key)
        }
        #expect(PersonKey(1 << 32) != PersonKey(1))
    }

    @Test func caseYearsNameTheirYearsOrEveryYear() {
        let bits = CaseYears.bit(of: 2019) | CaseYears.bit(of: 2026) | CaseYears.bit(of: 2010) | CaseYears.bit(of: 2040)
        #expect(CaseYears.years(of: bits) == [2010, 2019, 2026, 2040])
        // A year outside 2010–2040 marks the case as lying in every year.
        #expect(CaseYears.years(of: CaseYears.bit(of: 2019) | CaseYears.bit(of: 2009)) == nil)
        #expect(CaseYears.years(of: CaseYears.bit(of: 2041)) == nil)

        var map = CaseYears()
        let a = map.newNumber(), b = map.newNumber()
        #expect(a != b)
        map.file(42, number: a, years: CaseYears.bit(of: 2020))
        #expect(map[42]?.number == a && map[42].flatMap { CaseYears.years(of: $0.years) } == [2020])
        #expect(map.removeValue(forKey: 42)?.number == a && map[42] == nil)
        // A case filed again after it was taken away gets a number never given before.
        #expect(map.newNumber() != a)
    }

    @Test func positionGroupsFollowRemovalsAndAdditions() {
        let groups = PositionGroups([(30, 1), (10, 4), (30, 7), (20, 9), (10, 12)])
        #expect(groups.people == [10, 20, 30] && groups.map { Array($0) } == [[4, 12], [9], [1, 7]])
        // Positions 2, 4 and 9 taken out of the sequence: 4 and 9 go, later ones move down.
        let fewer = groups.removing(positions: [2, 4, 9])
        #expect(fewer.people == [10, 30] && fewer.map { Array($0) } == [[9], [1, 5]])
        let more = fewer.adding([(20, 15), (5, 13), (30, 14)])
        #expect(more.people == [5, 10, 20, 30] && more.map { Array($0) } == [[13], [9], [15], [1, 5, 14]])
        #expect(PositionGroups([]).isEmpty && PositionGroups([]).adding([]).isEmpty)
    }

    /// Edited group by group through many changes, the groups equal those found afresh in the
    /// sequence as it is after each change.
    @Test func editedGroupsEqualGroupsFoundAfresh() {
        var rng = SystemRandomNumberGenerator()
        // The sequence: each record's person, or nil for a record linked to no one.
        var sequence: [UInt64?] = (0..<2_000).map { _ in Bool.random(using: &rng) ? UInt64.random(in: 1...300, using: &rng) : nil }
        func afresh() -> PositionGroups {
            PositionGroups(sequence.enumerated().compactMap { i, p in p.map { ($0, Int32(i)) } })
        }
        var groups = afresh()
        for _ in 0..<200 {
            let removed = Set((0..<Int.random(in: 0...20, using: &rng)).compactMap { _ in sequence.indices.randomElement(using: &rng) }).sorted()
            for i in removed.reversed() { sequence.remove(at: i) }
            groups = groups.removing(positions: removed)
            let from = sequence.count
            sequence += (0..<Int.random(in: 0...15, using: &rng)).map { _ in Bool.random(using: &rng) ? UInt64.random(in: 1...320, using: &rng) : nil }
            groups = groups.adding(sequence[from...].enumerated().compactMap { i, p in p.map { ($0, Int32(from + i)) } })
            let fresh = afresh()
            #expect(groups.people == fresh.people && groups.map { Array($0) } == fresh.map { Array($0) })
        }
    }

    @Test func linkedRecordsAreToldApartExactly() {
        var rng = SystemRandomNumberGenerator()
        let links = (0..<5_000).map { i in ("p-\(i)-a-\(rng.next() as UInt64)", "p-\(i)-b") }
        let people = IndexPeople(links: links)
        for (a, b) in links {
            #expect(people.isLinked(RecordKey.of(a)) && people.isLinked(RecordKey.of(b)))
            #expect(people.person(RecordKey.of(a)) == people.person(RecordKey.of(b)))
        }
        let unlinked = (0..<50_000).map { RecordKey.of("q-\($0)") }
        #expect(unlinked.filter(people.isLinked).isEmpty)
        #expect(!IndexPeople().isLinked(RecordKey.of("p-1-b")))
    }
}
