import Cases
import Coordination
import Law
@testable import OpenData

/// Synthetic victims and cases, drawn from a seeded source so every run sees the same data.
enum Fixtures {
    static let provinces = ["35", "33", "32", "53", "52", "61", "73", "12", "91", "81"]
    static let countries = ["ID", "ID", "ID", "ID", "MY", "KH", "SA"]

    static func victims(_ n: Int, seed: UInt64 = 1) -> [VictimRecord] {
        var g = SeededBits(seed: seed)
        func pick<T>(_ xs: [T]) -> T { xs[Int(g.nextBits() % UInt64(xs.count))] }
        let types = ExploitationType.allCases, means = CaseFacts.Means.allCases
        return (0..<n).map { _ in
            VictimRecord(year: 2019 + Int(g.nextBits() % 7), age: g.nextBits() % 20 == 0 ? nil : 6 + Int(g.nextBits() % 50),
                         sex: pick([.female, .female, .male, .unknown]), citizenship: pick(countries),
                         provinceCode: pick(provinces), exploitation: Set([pick(types), pick([types[0], types[2]])]),
                         means: Set((0..<Int(g.nextBits() % 3)).map { _ in pick(means) }))
        }
    }

    static func day(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }

    /// A small registry: cases with victims, a suspect, support, and identities for some.
    static func cases(_ n: Int, agency: String = "agency-1") -> [ExchangeCase] {
        (0..<n).map { i in
            let victim = ExchangePerson(id: "p\(i)v", role: .victim, sex: i % 3 == 0 ? .male : .female, age: 14 + i % 30,
                                        citizenship: i % 4 == 0 ? "MY" : "ID",
                                        identity: PersonIdentity(fullName: "Korban Nomor \(i)", nik: "3578014506950002",
                                                                 birthDate: "1995-06-05", address: "Jl. Mawar \(i), Surabaya",
                                                                 phone: "+6281234567\(i % 10)"))
            let suspect = ExchangePerson(id: "p\(i)s", role: .suspect, sex: .male, age: nil, citizenship: nil,
                                         identity: PersonIdentity(fullName: "Tersangka \(i)"))
            let support = ExchangeSupport(id: "s\(i)", personID: victim.id, service: ProtectionService.allCases[i % 9],
                                          plannedEnd: day("2026-03-10"), actualEnd: i % 2 == 0 ? day("2026-03-08") : nil)
            return ExchangeCase(id: "case-\(i)", number: "TPPO-2026-\(String(100_000 + i).suffix(6))",
                                status: CaseStatus.allCases[i % 7], provinceCode: provinces[i % provinces.count],
                                openedOn: day("2026-02-0\(1 + i % 9)"), incidentOn: i % 2 == 0 ? day("2025-12-24") : nil,
                                exploitationCountry: i % 3 == 0 ? "KH" : nil,
                                exploitationTypes: [ExploitationType.allCases[i % 8], .forcedLabour],
                                means: [CaseFacts.Means.allCases[i % 11]], persons: [victim, suspect], support: [support],
                                involvedAgencyIDs: [agency])
        }
    }
}
