import Foundation

/// The part a person plays in a case.
public enum PersonRole: String, Sendable, Codable, CaseIterable {
    case victim
    case suspect
    case witness
    case reporter

    public var label: (id: String, en: String) {
        switch self {
        case .victim: return ("Korban", "Victim")
        case .suspect: return ("Tersangka", "Suspect")
        case .witness: return ("Saksi", "Witness")
        case .reporter: return ("Pelapor", "Reporter")
        }
    }

    /// Letter that opens the person's pseudonym code.
    var pseudonymLetter: String {
        switch self {
        case .victim: return "K"
        case .suspect: return "T"
        case .witness: return "S"
        case .reporter: return "P"
        }
    }

    /// Whose identity the law shields (UU 21/2007 Pasal 44; UU 13/2006 on LPSK).
    public var identityProtected: Bool { self != .suspect }
}

/// The fields that identify a person. Stored only encrypted; shown only to those with a need
/// to know, and every showing is audited.
public struct PersonIdentity: Sendable, Hashable, Codable {
    public var fullName: String
    public var nik: String?
    public var birthDate: String?
    /// Tempat lahir, as written (a kabupaten/kota or town).
    public var birthPlace: String?
    public var address: String?
    public var phone: String?
    /// A photo as base64-encoded JPEG or PNG.
    public var photo: String?

    public init(fullName: String, nik: String? = nil, birthDate: String? = nil, birthPlace: String? = nil, address: String? = nil,
                phone: String? = nil, photo: String? = nil) {
        self.fullName = fullName
        self.nik = nik
        self.birthDate = birthDate
        self.birthPlace = birthPlace
        self.address = address
        self.phone = phone
        self.photo = photo
    }
}

extension PersonIdentity {
    /// "Kupang, 1995-08-15", as Indonesian papers write "Tempat/Tgl Lahir"; nil when neither is known.
    public var placeAndDateOfBirth: String? {
        let parts = [birthPlace, birthDate].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }
}

/// A person in a case as everyone allowed to see the case sees it: no identity fields.
public struct CasePerson: Sendable, Hashable, Codable, Identifiable {
    public let id: String
    public let caseID: String
    public let role: PersonRole
    /// E.g. `K-2026-0031`: how the person is named to those who may not see the identity.
    public let code: String
    public let sex: Sex?
    public let ageAtReport: Int?
    /// ISO 3166-1 alpha-2.
    public let citizenship: String?
    /// Doubts found when the identity was entered (a NIK that fails its checks, say).
    public let warnings: [FieldWarning]
    public let createdAt: String

    public init(id: String, caseID: String, role: PersonRole, code: String, sex: Sex?, ageAtReport: Int?,
                citizenship: String?, warnings: [FieldWarning], createdAt: String) {
        self.id = id
        self.caseID = caseID
        self.role = role
        self.code = code
        self.sex = sex
        self.ageAtReport = ageAtReport
        self.citizenship = citizenship
        self.warnings = warnings
        self.createdAt = createdAt
    }

    /// "Korban K-2026-0031"
    public func pseudonym(_ language: MessageLanguage) -> String {
        "\(language == .indonesian ? role.label.id : role.label.en) \(code)"
    }

    public enum Sex: String, Sendable, Codable, CaseIterable {
        case female, male, unknown
        public var label: (id: String, en: String) {
            switch self {
            case .female: return ("Perempuan", "Female")
            case .male: return ("Laki-laki", "Male")
            case .unknown: return ("Tidak diketahui", "Unknown")
            }
        }
    }
}

public enum PersonCode {
    /// `K-2026-0031` from the role, the year and a per-year sequence number.
    public static func make(role: PersonRole, year: Int, sequence: Int) -> String {
        "\(role.pseudonymLetter)-\(year)-\(zeroPadded(sequence, 4))"
    }
}
