import Cases

/// The lists multiple systems estimation reads: each is the victims known to one family of
/// agencies. Agencies whose records only follow another's (the prosecution follows the police;
/// the task force sees every case) are left out, because a list that copies another says
/// nothing about who was missed.
public enum CaptureList: String, CaseIterable, Sendable {
    case police
    case protection
    case migrantAndConsular = "migrant_and_consular"
    case civilSociety = "civil_society"

    public init?(_ kind: Agency.Kind) {
        switch kind {
        case .police: self = .police
        case .socialAffairs, .womenChildProtection, .witnessVictimProtection: self = .protection
        case .migrantWorkerProtection, .foreignAffairs, .immigration: self = .migrantAndConsular
        case .ngo, .internationalOrganisation: self = .civilSociety
        case .taskForce, .prosecution: return nil
        }
    }

    public var label: (id: String, en: String) {
        switch self {
        case .police: return ("Kepolisian", "Police")
        case .protection: return ("Layanan sosial, PPA dan LPSK", "Social services, women and child protection, LPSK")
        case .migrantAndConsular: return ("Pelindungan PMI, perwakilan RI dan imigrasi", "Migrant-worker protection, missions and immigration")
        case .civilSociety: return ("LSM dan organisasi internasional", "NGOs and international organisations")
        }
    }
}

extension IndicatorCalculator {
    /// For each person identified as a victim under the filter, the lists that hold them — a
    /// list holds a person when an agency of its family registered a case naming them (not when
    /// it joined the case later: a referral copies a record, it does not find the person
    /// again); nil when fewer than two lists hold anyone (nothing to estimate from).
    public func captureHistories(filter: MonitoringFilter) throws(CaptureHistoriesError) -> CaptureHistories? {
        let scope = Scope(filter: filter, calculator: self)
        let s = scope.selection, year = scope.year
        func listBits(_ v: VictimRecord) -> Int? {
            guard v.captureList >= 0, s.inPeriod(v.day), s.keeps(v.at, victimBit: SexAge.bit(v.sexAge)) else { return nil }
            return 1 << Int(v.captureList)
        }
        // Each record is a person with the pattern of its one list; a linked person's records
        // are then taken out and put back as one person with the lists joined.
        var counts: [Int: Int] = [:]
        for v in year.victims { if let bits = listBits(v) { counts[bits, default: 0] += 1 } }
        var patterns: [Int] = []
        for group in year.linkedVictims {
            var joined = 0
            for i in group {
                guard let bits = listBits(year.victims[Int(i)]) else { continue }
                counts[bits, default: 0] -= 1
                joined |= bits
            }
            if joined != 0 { patterns.append(joined) }
        }
        for bits in patterns { counts[bits, default: 0] += 1 }
        counts = counts.filter { $0.value > 0 }
        // Only lists that hold someone take part; the patterns are renumbered over them.
        let used = CaptureList.allCases.indices.filter { i in counts.keys.contains { $0 & (1 << i) != 0 } }
        guard used.count >= 2 else { return nil }
        var renumbered: [Int: Int] = [:]
        for (bits, n) in counts {
            var out = 0
            for (j, i) in used.enumerated() where bits & (1 << i) != 0 { out |= 1 << j }
            renumbered[out, default: 0] += n
        }
        return try CaptureHistories(listNames: used.map { CaptureList.allCases[$0].rawValue }, countsByPattern: renumbered)
    }
}
