/// What an officer records in a case file as part of a perpetrator network, in the words
/// investigators use. Persons, agencies and companies are known by name (names only suggest a
/// match); every other type is an identifier, normalised and matched exactly (`Identifier`).
public enum EntityType: String, CaseIterable, Hashable, Sendable, Codable {
    /// A person of interest: sponsor/calo, recruiter, employer, transporter, guard.
    case person
    /// A P3MI placement agency, by name, with its NIB and SIP3MI as identifiers of their own.
    case agency
    /// Any other company: an employer abroad, a transport or travel firm.
    case company
    case phone
    case bankAccount = "bank"
    case eWallet = "ewallet"
    case socialAccount = "social"
    case address
    case vehicle
    case vessel
    case passport
    case nationalIdentity = "nik"
    /// A NIB (Nomor Induk Berusaha) recorded on its own or with an agency or company.
    case businessNumber = "nib"
    /// A SIP3MI licence recorded on its own or with an agency.
    case agencyLicence = "sip3mi"

    /// Known by a name, not by an identifier.
    public var isNamed: Bool { self == .person || self == .agency || self == .company }

    /// Whether the identifier needs a provider: the e-wallet, or the platform of a handle.
    public var needsProvider: Bool { self == .eWallet || self == .socialAccount }

    /// The providers to choose from, for the types that need one.
    public var providers: [String] {
        switch self {
        case .eWallet: EWallet.allCases.map(\.rawValue)
        case .socialAccount: SocialPlatform.allCases.map(\.rawValue)
        default: []
        }
    }

    /// How the value is normalised, nil for named types or when the provider is unknown.
    public func identifierKind(provider: String?) -> IdentifierKind? {
        switch self {
        case .person, .agency, .company: nil
        case .phone: .phone
        case .bankAccount: .bankAccount
        case .eWallet: provider.flatMap(EWallet.init(name:)).map { .eWallet($0) }
        case .socialAccount: provider.flatMap(SocialPlatform.init(name:)).map { .socialAccount($0) }
        case .address: .address
        case .vehicle: .plate
        case .vessel: .vessel
        case .passport: .passport
        case .nationalIdentity: .nationalIdentity
        case .businessNumber: .businessNumber
        case .agencyLicence: .agencyLicence
        }
    }

    /// The kind of network node an entity of this type is.
    public var nodeKind: NodeKind {
        switch self {
        case .person: .person
        case .agency, .businessNumber, .agencyLicence: .agency
        case .company: .company
        case .phone: .phone
        case .bankAccount: .bankAccount
        case .eWallet: .eWallet
        case .socialAccount: .socialAccount
        case .address: .address
        case .vehicle: .vehicle
        case .vessel: .vessel
        case .passport, .nationalIdentity: .identityDocument
        }
    }
}

extension EntityType {
    /// The type's name in Indonesian and English, as the pages and notices say it.
    public var label: (id: String, en: String) {
        switch self {
        case .person: ("Orang yang diduga terlibat", "Person of interest")
        case .agency: ("P3MI (perusahaan penempatan)", "P3MI placement agency")
        case .company: ("Perusahaan atau majikan", "Company or employer")
        case .phone: ("Nomor telepon", "Phone number")
        case .bankAccount: ("Rekening bank", "Bank account")
        case .eWallet: ("Dompet elektronik", "E-wallet")
        case .socialAccount: ("Akun media sosial atau obrolan", "Social-media or chat account")
        case .address: ("Alamat (penampungan, mes, transit)", "Address (holding place, mess, transit)")
        case .vehicle: ("Kendaraan (pelat nomor)", "Vehicle (plate)")
        case .vessel: ("Kapal atau perahu", "Ship or boat")
        case .passport: ("Nomor paspor", "Passport number")
        case .nationalIdentity: ("NIK", "NIK (identity number)")
        case .businessNumber: ("NIB (nomor induk berusaha)", "NIB (business number)")
        case .agencyLicence: ("SIP3MI (izin P3MI)", "SIP3MI (P3MI licence)")
        }
    }
}

extension PersonRole {
    /// The role's name in Indonesian and English.
    public var label: (id: String, en: String) {
        switch self {
        case .sponsor: ("Sponsor/calo", "Sponsor/calo")
        case .recruiter: ("Perekrut", "Recruiter")
        case .employer: ("Majikan/pemberi kerja", "Employer")
        case .transporter: ("Pengangkut", "Transporter")
        case .guard: ("Penjaga/penampung", "Guard")
        case .other: ("Lainnya", "Other")
        }
    }
}
