/// The warnings in force, indexed for the checker: an offer matches a warning when its company
/// or recruiter name, its SIP3MI number or the recruiter's phone is the warning's, once each is
/// put in the form it is compared in (legal-form words and punctuation dropped from names, case
/// and spaces from licence numbers, phones read as `+62…`).
public struct WarningList: Sendable {
    public let warnings: [PublishedWarning]
    private let byName: [String: [Int]]
    private let byLicence: [String: [Int]]
    private let byPhone: [String: [Int]]

    public init(_ warnings: [PublishedWarning]) {
        self.warnings = warnings
        var names: [String: [Int]] = [:], licences: [String: [Int]] = [:], phones: [String: [Int]] = [:]
        for (i, w) in warnings.enumerated() {
            if let k = w.name.flatMap(Self.nameKey) { names[k, default: []].append(i) }
            if let k = w.licenceNumber.flatMap(Self.licenceKey) { licences[k, default: []].append(i) }
            if let k = w.phone.flatMap(OfferAnswers.phoneKey) { phones[k, default: []].append(i) }
        }
        byName = names
        byLicence = licences
        byPhone = phones
    }

    /// The warnings these answers match, in the list's order, each with what matched.
    public func matches(_ answers: OfferAnswers) -> [WarningMatch] {
        var found: [Int: Set<WarningMatch.Field>] = [:]
        for name in [answers.companyName, answers.recruiterName].compactMap({ $0 }) {
            for i in Self.nameKey(name).flatMap({ byName[$0] }) ?? [] { found[i, default: []].insert(.name) }
        }
        for i in answers.licenceNumber.flatMap(Self.licenceKey).flatMap({ byLicence[$0] }) ?? [] { found[i, default: []].insert(.licenceNumber) }
        for i in answers.recruiterPhoneKey.flatMap({ byPhone[$0] }) ?? [] { found[i, default: []].insert(.phone) }
        return found.keys.sorted().map { i in
            WarningMatch(warning: warnings[i], matchedOn: WarningMatch.Field.allCases.filter { found[i]!.contains($0) })
        }
    }

    static func nameKey(_ raw: String) -> String? {
        let k = AgencyName.normalised(raw)
        return k.isEmpty ? nil : k
    }

    static func licenceKey(_ raw: String) -> String? {
        let k = LicenceNumber.normalised(raw)
        return k.isEmpty ? nil : k
    }
}

/// A published warning an offer matches, and on what.
public struct WarningMatch: Sendable, Hashable {
    public enum Field: String, Sendable, Hashable, CaseIterable, Codable {
        case name
        case licenceNumber = "licence_number"
        case phone
    }

    public let warning: PublishedWarning
    public let matchedOn: [Field]
}
