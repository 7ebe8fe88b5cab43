/// The licensed agencies in memory, for the checker: lookup by SIP3MI number (exact, after
/// normalising case and spaces) and by name, tolerant of legal-form words, punctuation, case
/// and small misspellings. Names are found through a trigram index; the candidates sharing the
/// most trigrams are ranked by edit distance, so a lookup among 10,000 agencies stays in
/// milliseconds.
public struct AgencyRegistry: Sendable {
    public let agencies: [LicensedAgency]
    private let byLicence: [String: Int]
    private let names: [[UInt8]]
    private let gramCounts: [Int]
    private let postings: [UInt32: [Int32]]
    /// Candidates re-ranked by edit distance per lookup.
    private static let candidatePool = 50

    /// Later agencies with a licence number already seen are left out (the CSV reader rejects them).
    public init(_ agencies: [LicensedAgency]) {
        var kept: [LicensedAgency] = []
        var byLicence: [String: Int] = [:]
        for a in agencies {
            let key = LicenceNumber.normalised(a.licenceNumber)
            guard byLicence[key] == nil else { continue }
            byLicence[key] = kept.count
            kept.append(a)
        }
        var names: [[UInt8]] = [], counts: [Int] = [], postings: [UInt32: [Int32]] = [:]
        for (i, a) in kept.enumerated() {
            let n = AgencyName.normalised(a.name)
            let grams = AgencyName.trigrams(n)
            names.append(Array(n.utf8))
            counts.append(grams.count)
            for g in grams { postings[g, default: []].append(Int32(i)) }
        }
        self.agencies = kept
        self.byLicence = byLicence
        self.names = names
        self.gramCounts = counts
        self.postings = postings
    }

    /// The agency holding this SIP3MI number; case and spaces are ignored.
    public func agency(licenceNumber: String) -> LicensedAgency? {
        byLicence[LicenceNumber.normalised(licenceNumber)].map { agencies[$0] }
    }

    /// Agencies whose name is like `name`, best first, with a score in 0…1 (1: the same name once
    /// normalised). The score averages the shared-trigram (Dice) and edit-distance similarities.
    public func matches(name: String, limit: Int = 5, minimumScore: Double = 0.5) -> [AgencyMatch] {
        let query = AgencyName.normalised(name)
        let grams = AgencyName.trigrams(query)
        guard !grams.isEmpty, !agencies.isEmpty else { return [] }
        var shared = [UInt16](repeating: 0, count: agencies.count)
        var touched: [Int32] = []
        for g in grams {
            for i in postings[g] ?? [] {
                if shared[Int(i)] == 0 { touched.append(i) }
                shared[Int(i)] += 1
            }
        }
        // Shared-trigram (Dice) similarity of every candidate, best first; ties keep register order.
        let pool = touched.map { i -> (dice: Double, index: Int) in
            let n = Int(i)
            return (2 * Double(shared[n]) / Double(grams.count + gramCounts[n]), n)
        }.sorted { ($0.dice, -$0.index) > ($1.dice, -$1.index) }.prefix(Self.candidatePool)
        let q = Array(query.utf8)
        let scored = pool.map { c -> AgencyMatch in
            let distance = AgencyName.editDistance(q, names[c.index])
            let similarity = 1 - Double(distance) / Double(max(q.count, names[c.index].count))
            return AgencyMatch(agency: agencies[c.index], score: distance == 0 ? 1 : (similarity + c.dice) / 2)
        }
        return scored.filter { $0.score >= minimumScore }
            .sorted { ($0.score, $1.agency.name) > ($1.score, $0.agency.name) }
            .prefix(limit).map { $0 }
    }

    /// The register's word on an offer's company: by licence number when one is given (a number
    /// not in the register is `notInRegistry` even if the name is), otherwise by the best name
    /// match scoring at least `nameThreshold`. Nil when neither is given.
    public func status(licenceNumber: String?, companyName: String?, nameThreshold: Double = 0.85) -> AgencyStatus? {
        if let n = licenceNumber, !n.allSatisfy(\.isWhitespace) {
            return agency(licenceNumber: n).map(AgencyStatus.listed) ?? .notInRegistry
        }
        if let name = companyName, !name.allSatisfy(\.isWhitespace) {
            return matches(name: name, limit: 1, minimumScore: nameThreshold).first.map { .listed($0.agency) } ?? .notInRegistry
        }
        return nil
    }

    /// ``status(licenceNumber:companyName:nameThreshold:)`` for the answers' company; nil for an offer by a person.
    public func status(for answers: OfferAnswers) -> AgencyStatus? {
        answers.offeredBy == .person ? nil : status(licenceNumber: answers.licenceNumber, companyName: answers.companyName)
    }
}

/// A registered agency and how closely its name matches the name asked for.
public struct AgencyMatch: Sendable, Hashable {
    public let agency: LicensedAgency
    /// 0…1; 1 when the names are the same once normalised.
    public let score: Double
}
