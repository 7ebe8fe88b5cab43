/// What an identifier names, and so how its text is normalised. The schema follows
/// FollowTheMoney's (Person, Company, Phone, BankAccount, UserAccount, Address, Vehicle, Vessel,
/// Passport/Identification), cut to what anti-trafficking case files hold.
public enum IdentifierKind: Hashable, Sendable {
    /// A telephone number, Indonesian or foreign (`PhoneNumber`).
    case phone
    /// A bank account: the bank (3-digit code or a short name, `BankCode`) and the account number,
    /// typed together ("BCA 123-456-7890", "014 1234567890").
    case bankAccount
    /// An e-wallet, known by the phone number it is registered to.
    case eWallet(EWallet)
    /// A social-media or chat account, known by its handle on that platform.
    case socialAccount(SocialPlatform)
    /// Nomor Induk Berusaha: the business number of a company (13 digits), e.g. a P3MI agency's.
    case businessNumber
    /// A P3MI agency's licence (Surat Izin Perusahaan Penempatan Pekerja Migran Indonesia, SIP3MI).
    case agencyLicence
    /// A company by its name (an employer abroad seldom has a number we can check).
    case companyName
    /// A vehicle's registration plate.
    case plate
    /// A boat or ship by its name.
    case vessel
    /// A passport number.
    case passport
    /// Nomor Induk Kependudukan: the 16-digit Indonesian identity number.
    case nationalIdentity
    /// A street address.
    case address

    /// The prefix of the key's string form (`IdentifierKey.description`).
    public var prefix: String {
        switch self {
        case .phone: "phone"
        case .bankAccount: "bank"
        case .eWallet(let w): "ewallet:\(w.rawValue)"
        case .socialAccount(let p): "social:\(p.rawValue)"
        case .businessNumber: "nib"
        case .agencyLicence: "sip3mi"
        case .companyName: "company"
        case .plate: "plate"
        case .vessel: "vessel"
        case .passport: "passport"
        case .nationalIdentity: "nik"
        case .address: "address"
        }
    }

    /// The kind of network node an identifier of this kind is.
    public var nodeKind: NodeKind {
        switch self {
        case .phone: .phone
        case .bankAccount: .bankAccount
        case .eWallet: .eWallet
        case .socialAccount: .socialAccount
        case .businessNumber, .agencyLicence: .agency
        case .companyName: .company
        case .plate: .vehicle
        case .vessel: .vessel
        case .passport, .nationalIdentity: .identityDocument
        case .address: .address
        }
    }

    /// Every kind, for reading a key's prefix back.
    public static var allKinds: [IdentifierKind] {
        [.phone, .bankAccount, .businessNumber, .agencyLicence, .companyName, .plate, .vessel, .passport,
         .nationalIdentity, .address] + EWallet.allCases.map { .eWallet($0) } + SocialPlatform.allCases.map { .socialAccount($0) }
    }
}
