import Testing
@testable import Cases
@testable import Demo

@Suite("Demo data")
struct DemoDataTests {
    let today = CalendarDate(year: 2026, month: 11, day: 29)!

    @Test func theSameSeedGivesTheSameCases() {
        var a = DemoCaseGenerator(seed: 7, today: today), b = DemoCaseGenerator(seed: 7, today: today)
        for _ in 0..<50 {
            let x = a.next(now: "t"), y = b.next(now: "t")
            #expect(x.record == y.record)
            #expect(x.persons.map(\.identity) == y.persons.map(\.identity))
        }
    }

    @Test func demoNIKsAgreeWithTheirHolders() throws {
        var g = DemoCaseGenerator(seed: 1, today: today)
        var checked = 0
        for _ in 0..<300 {
            let c = g.next(now: "t")
            #expect(Province.named(code: c.record.provinceCode) != nil)
            #expect(c.record.openedOn <= today.description)
            #expect(c.persons.contains { $0.role == .victim })
            for p in c.persons {
                guard let nik = p.identity.nik, let birth = p.identity.birthDate.flatMap(CalendarDate.init(iso:)) else { continue }
                #expect(NIKCheck.warnings(nik: nik, birthDate: birth, sex: p.sex).isEmpty, "\(nik) vs \(birth) \(p.sex)")
                checked += 1
            }
        }
        #expect(checked > 300)
    }

    @Test func caseNumbersAreUniqueAndCounted() {
        var g = DemoCaseGenerator(seed: 3, today: today)
        let numbers = (0..<1000).map { _ in g.next(now: "t").record.number }
        #expect(Set(numbers).count == 1000)
        #expect(g.counterValues.filter { $0.key.hasPrefix("case-") }.values.reduce(0, +) == 1000)
    }
}
