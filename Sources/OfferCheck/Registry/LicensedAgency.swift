/// A licensed placement company (P3MI) as the public register lists it: the SIP3MI licence
/// (UU 18/2017 Pasal 51(1)) with its dates and status, and the offices (branches must be
/// registered with the local government, Pasal 53).
public struct LicensedAgency: Sendable, Hashable, Codable {
    public var name: String
    /// Nomor Induk Berusaha: 13 digits.
    public var nib: String?
    /// The SIP3MI number as the register writes it.
    public var licenceNumber: String
    public var issued: CalendarDay?
    /// The licence's last valid day; it is renewed while the agency stays compliant.
    public var validUntil: CalendarDay?
    public var status: LicenceStatus
    public var headOffice: String?
    public var branches: [String]

    public init(name: String, nib: String? = nil, licenceNumber: String, issued: CalendarDay? = nil,
                validUntil: CalendarDay? = nil, status: LicenceStatus, headOffice: String? = nil, branches: [String] = []) {
        self.name = name
        self.nib = nib
        self.licenceNumber = licenceNumber
        self.issued = issued
        self.validUntil = validUntil
        self.status = status
        self.headOffice = headOffice
        self.branches = branches
    }

    enum CodingKeys: String, CodingKey {
        case name, nib, issued, status, branches
        case licenceNumber = "licence_number"
        case validUntil = "valid_until"
        case headOffice = "head_office"
    }

    /// Why the licence does not allow placing workers on `day`, or nil if it does.
    public func licenceProblem(on day: CalendarDay) -> LicenceProblem? {
        switch status {
        case .revoked: return .revoked
        case .suspended: return .suspended
        case .active: break
        }
        if let issued, day < issued { return .notYetIssued(issued) }
        if let validUntil, validUntil < day { return .expired(validUntil) }
        return nil
    }
}

/// The register's status of a licence.
public enum LicenceStatus: String, Sendable, Hashable, Codable, CaseIterable {
    case active, suspended, revoked
}

/// Why a listed licence is not valid on a day.
public enum LicenceProblem: Sendable, Hashable {
    case revoked, suspended
    case expired(CalendarDay)
    case notYetIssued(CalendarDay)

    /// Said about the agency, for a flag's details.
    public func text(_ a: LicensedAgency) -> OfferText {
        let who = "\(a.name) (SIP3MI \(a.licenceNumber))"
        switch self {
        case .revoked: return OfferText(id: "Izin \(who) dicabut.", en: "The licence of \(who) is revoked.")
        case .suspended: return OfferText(id: "Izin \(who) dibekukan.", en: "The licence of \(who) is suspended.")
        case .expired(let d): return OfferText(id: "Izin \(who) berakhir pada \(d).", en: "The licence of \(who) expired on \(d).")
        case .notYetIssued(let d): return OfferText(id: "Izin \(who) baru terbit pada \(d).", en: "The licence of \(who) was only issued on \(d).")
        }
    }
}

/// The register's word on the company named in an offer.
public enum AgencyStatus: Sendable, Hashable {
    /// Looked up, and neither the licence number nor the name is in the register.
    case notInRegistry
    /// Found; its status and dates decide whether it may place workers on the day.
    case listed(LicensedAgency)
}
