import Cases
import Coordination
import Foundation

/// A generated case with its involved agencies and persons, ready to load.
public struct DemoCase: Sendable {
    public let record: CaseRecord
    public let agencyIDs: [String]
    public let persons: [DemoPerson]
    /// Where the victims were taken: a country code, `ID` within Indonesia.
    public let destination: String
    /// The criminal process, one track per suspect, and the victims' restitution ledgers.
    public let tracks: [JusticeTrack]
    public let restitutions: [Restitution]
    /// The agency that registered the case: mostly the police, but a social service, a
    /// migrant-worker office or an NGO often meets a victim first and opens her case.
    public let registeredBy: String
}

public struct DemoPerson: Sendable {
    /// The id the loader stores the person under: the case's id and the person's place in it.
    public let id: String
    public let role: PersonRole
    public let identity: PersonIdentity
    public let sex: CasePerson.Sex
    public let age: Int
    public let citizenship: String
    /// Pseudonym code, e.g. `K-2024-0007`.
    public let code: String
    /// The id of the person's case.
    public var caseID: String { String(id[..<(id.lastIndex(of: "-") ?? id.endIndex)]) }
    /// The same person as recorded earlier in another case, when this record is a re-recording.
    public let sameAs: Earlier?

    /// An earlier record of the same person, with what a matcher compares.
    public struct Earlier: Sendable {
        public let id: String
        public let identity: PersonIdentity
        public let sex: CasePerson.Sex
    }
}

/// Realistic demo cases: provinces, kabupaten/kota, dates, exploitation types, and victims,
/// suspects and witnesses with plausible names and NIKs that agree with their birth dates.
public struct DemoCaseGenerator {
    private var rng: SeededRandom
    private var counters: [String: Int] = [:]
    private let today: CalendarDate
    /// Persons seen recently, some of whom turn up again in another case (the same victim
    /// reported by the police and by the migrant-worker agency; a recruiter in several
    /// provinces), written down again with the usual clerical differences. A separate
    /// generator, so the rest of the demo stays as it was for a given seed.
    private var recurrence: SeededRandom
    private var seen: [PersonRole: [DemoPerson]] = [:]
    /// The criminal process, with a generator of its own for the same reason.
    private var justice: DemoJustice

    public init(seed: UInt64 = 2026, today: CalendarDate) {
        rng = SeededRandom(seed: seed)
        recurrence = SeededRandom(seed: seed &+ 0x5EED)
        justice = DemoJustice(rng: SeededRandom(seed: seed &+ 0x7A1A1), today: today)
        self.today = today
    }

    /// The last number handed out for each counter (`case-2025`, `person-victim-2025`, …), so the
    /// store's counters can continue from there.
    public var counterValues: [String: Int] { counters }

    public mutating func next(now: String) -> DemoCase {
        let province = rng.weighted(DemoRegions.provinces)
        let regency = rng.pick(DemoRegions.regencies[province] ?? ["Kota \(Province.named(code: province)?.name ?? province)"])
        let year = rng.weighted([(2020, 4), (2021, 5), (2022, 7), (2023, 10), (2024, 12), (2025, 14), (today.year, 10)])
        let opened = date(in: year)
        let incident = rng.chance(0.8) ? date(in: max(2019, year - rng.int(0...1)), notAfter: opened) : nil
        let destination = rng.weighted(DemoRegions.destinations)
        let types = exploitation(crossBorder: destination != "ID")
        let number = "TPPO-\(opened.year)-\(String(format: "%06d", bump("case-\(opened.year)")))"
        let caseID = "demo-" + number.lowercased()
        var agencies = [DemoAgencies.police(for: province), DemoAgencies.protection(for: province)]
        if destination != "ID" {
            agencies.append(DemoAgencies.migrantOffice(for: province))
            if destination == "MY" { agencies.append(DemoAgencies.id(rng.chance(0.7) ? "KBRI-KL" : "KJRI-JB")) }
            else if rng.chance(0.4) { agencies.append(DemoAgencies.id("KEMLU-PWNI")) }
        }
        if rng.chance(0.15) { agencies.append(DemoAgencies.id("LPSK")) }
        if rng.chance(0.2) { agencies.append(DemoAgencies.id(province == "35" ? "LSM-ANAK" : "LSM-PMI")) }
        if rng.chance(0.05) { agencies.append(DemoAgencies.id("IOM")) }

        var persons: [DemoPerson] = []
        func add(_ role: PersonRole, child: Bool) {
            persons.append(person(role, id: "\(caseID)-p\(persons.count)", province: province, opened: opened, child: child))
        }
        for _ in 0..<rng.weighted([(1, 60), (2, 25), (3, 10), (5, 5)]) { add(.victim, child: rng.chance(0.3)) }
        for _ in 0..<rng.weighted([(0, 20), (1, 55), (2, 25)]) { add(.suspect, child: false) }
        if rng.chance(0.5) { add(.witness, child: false) }

        let prosecutor = DemoAgencies.prosecution(for: province)
        let justice = self.justice.proceedings(DemoJustice.Facts(
            caseID: caseID, opened: opened, regency: regency, police: agencies[0], prosecutor: prosecutor,
            suspectIDs: persons.filter { $0.role == .suspect }.map(\.id), victims: persons.filter { $0.role == .victim },
            types: types, abroad: destination != "ID"))
        if justice.tracks.contains(where: { $0.date(of: .prosecution) != nil }) { agencies.append(prosecutor) }
        var seen = Set<String>()
        agencies = agencies.filter { seen.insert($0).inserted }

        let summary = Self.summary(types: types, destination: destination, regency: regency)
        let record = CaseRecord(id: caseID, number: number, provinceCode: province, regency: regency,
                                openedOn: opened.description, incidentDate: incident?.description, exploitationTypes: types,
                                status: Self.status(of: justice.tracks, today: today), summary: summary, createdAt: now, updatedAt: now,
                                // Cases abroad whose dates are unknown often lack the place too.
                                exploitationCountry: incident == nil && destination != "ID" ? nil : destination)
        return DemoCase(record: record, agencyIDs: agencies, persons: persons, destination: destination,
                        tracks: justice.tracks, restitutions: justice.restitutions,
                        registeredBy: Self.registrar(agencies, sequence: Int(number.suffix(6)) ?? 0))
    }

    /// The case's status as its tracks leave it: the furthest stage a track is at; closed when
    /// every track was dropped, or every verdict has been final for a year.
    static func status(of tracks: [JusticeTrack], today: CalendarDate) -> CaseStatus {
        let going = tracks.filter { $0.stage != .discontinued }
        guard let furthest = going.map(\.stage).max() else { return .closed }
        switch furthest {
        case .report: return .reported
        case .inquiry: return .inquiry
        case .investigation: return .investigation
        case .prosecution: return .prosecution
        case .trial: return .trial
        case .verdict, .appeal, .discontinued: return .verdict
        case .final:
            let settled = going.allSatisfy { $0.stage == .final && $0.stages.last!.on.days(until: today) > 365 }
            return settled ? .closed : .verdict
        }
    }

    private mutating func bump(_ key: String) -> Int {
        let v = (counters[key] ?? 0) + 1
        counters[key] = v
        return v
    }

    private mutating func date(in year: Int, notAfter limit: CalendarDate? = nil) -> CalendarDate {
        let upper = limit ?? today
        let maxMonth = year == upper.year ? upper.month : 12
        let month = rng.int(1...maxMonth)
        let maxDay = (year == upper.year && month == upper.month) ? upper.day : 28
        return CalendarDate(year: year, month: month, day: rng.int(1...maxDay))!
    }

    private mutating func exploitation(crossBorder: Bool) -> [ExploitationType] {
        let main: ExploitationType = rng.weighted(crossBorder
            ? [(.forcedLabour, 55), (.sexualExploitation, 15), (.prostitution, 8), (.servitude, 10), (.otherForProfit, 8), (.organRemoval, 2), (.slaveryOrSimilar, 2)]
            : [(.prostitution, 30), (.sexualExploitation, 30), (.forcedLabour, 25), (.otherForProfit, 10), (.reproductiveExploitation, 3), (.servitude, 2)])
        if rng.chance(0.15) {
            let extra: ExploitationType = rng.pick([.sexualExploitation, .forcedLabour, .servitude])
            if extra != main { return [main, extra] }
        }
        return [main]
    }

    private mutating func person(_ role: PersonRole, id: String, province: String, opened: CalendarDate, child: Bool) -> DemoPerson {
        let (name, female) = DemoNames.name(province: role == .suspect && rng.chance(0.4) ? rng.weighted(DemoRegions.provinces) : province, rng: &rng)
        let age = child ? rng.int(13...17) : rng.int(18...52)
        let birth = CalendarDate(year: opened.year - age, month: rng.int(1...12), day: rng.int(1...28))!
        let nik = rng.chance(0.85) ? makeNIK(province: province, birth: birth, female: female) : nil
        let phone = rng.chance(0.7) ? "+628\(rng.int(11...59))\(String(format: "%07d", rng.int(0...9_999_999)))" : nil
        let village = rng.pick(DemoNames.villages)
        // Most people are born where they are registered; papers name the town without "Kabupaten"/"Kota".
        let birthPlace = rng.chance(0.75) ? rng.pick(DemoRegions.regencies[province] ?? [])
            .replacingOccurrences(of: "Kabupaten ", with: "").replacingOccurrences(of: "Kota ", with: "") : nil
        let identity = PersonIdentity(fullName: name, nik: nik, birthDate: rng.chance(0.9) ? birth.description : nil,
                                      birthPlace: birthPlace?.isEmpty == true ? nil : birthPlace,
                                      address: "\(village) RT \(String(format: "%03d", rng.int(1...20)))/RW \(String(format: "%03d", rng.int(1...9)))",
                                      phone: phone)
        let code = PersonCode.make(role: role, year: opened.year, sequence: bump("person-\(role.rawValue)-\(opened.year)"))
        let fresh = DemoPerson(id: id, role: role, identity: identity, sex: female ? .female : .male, age: age, citizenship: "ID",
                               code: code, sameAs: nil)
        return recur(fresh)
    }

    /// Now and then the person is one seen before, recorded again by another agency.
    private mutating func recur(_ fresh: DemoPerson) -> DemoPerson {
        let share = fresh.role == .suspect ? 0.12 : (fresh.role == .victim ? 0.06 : 0.0)
        guard share > 0 else { return fresh }
        let count = seen[fresh.role]?.count ?? 0
        // Never the same case's own person: a case does not record one person twice.
        if count > 0, recurrence.chance(share), let earlier = seen[fresh.role]?[Int(recurrence.next() % UInt64(count))],
           earlier.caseID != fresh.caseID {
            return DemoPerson(id: fresh.id, role: fresh.role, identity: DemoVariants.rewrite(earlier.identity, rng: &recurrence),
                              sex: earlier.sex, age: earlier.age, citizenship: earlier.citizenship, code: fresh.code,
                              sameAs: DemoPerson.Earlier(id: earlier.id, identity: earlier.identity, sex: earlier.sex))
        }
        // Changed in place: a copy of the pool per person was most of the demo's time.
        if count < 400 { seen[fresh.role, default: []].append(fresh) } else { seen[fresh.role]![Int(recurrence.next() % 400)] = fresh }
        return fresh
    }

    private mutating func makeNIK(province: String, birth: CalendarDate, female: Bool) -> String {
        let day = birth.day + (female ? 40 : 0)
        return province + String(format: "%02d%02d%02d%02d%02d%04d", rng.int(1...25), rng.int(1...30), day, birth.month,
                                 birth.year % 100, rng.int(1...9999))
    }

    /// Six cases in ten are registered by the police, two by the protection office, one by the
    /// migrant-worker office or the mission where there is one, one by an NGO where one is
    /// involved — by the case's sequence number, so the random stream stays as it was.
    static func registrar(_ agencies: [String], sequence: Int) -> String {
        let police = agencies[0], protection = agencies.count > 1 ? agencies[1] : police
        let migrant = agencies.first { DemoAgencies.isMigrantOrMission($0) }
        let ngo = agencies.first { DemoAgencies.isCivilSociety($0) }
        switch sequence % 10 {
        case 6, 7: return protection
        case 8: return migrant ?? police
        case 9: return ngo ?? protection
        default: return police
        }
    }

    static func summary(types: [ExploitationType], destination: String, regency: String) -> String {
        let what = types.map { $0.label.id.lowercased() }.joined(separator: " dan ")
        let place = destination == "ID" ? "di dalam negeri" : "ke luar negeri (\(destination))"
        return "Dugaan TPPO dengan tujuan \(what), korban direkrut dari \(regency) dan dibawa \(place)."
    }
}
