import Foundation

/// A person as a user enters them into a case: the role, the non-identifying facts, and the
/// identity that will be encrypted.
public struct PersonDraft: Sendable, Hashable, Codable {
    public var role: String
    public var fullName: String
    public var nik: String?
    public var birthDate: String?
    public var birthPlace: String?
    public var sex: String?
    public var ageAtReport: Int?
    public var citizenship: String?
    public var address: String?
    public var phone: String?
    public var photo: String?

    public init(role: String, fullName: String, nik: String? = nil, birthDate: String? = nil, birthPlace: String? = nil, sex: String? = nil,
                ageAtReport: Int? = nil, citizenship: String? = nil, address: String? = nil, phone: String? = nil,
                photo: String? = nil) {
        self.role = role
        self.fullName = fullName
        self.nik = nik
        self.birthDate = birthDate
        self.birthPlace = birthPlace
        self.sex = sex
        self.ageAtReport = ageAtReport
        self.citizenship = citizenship
        self.address = address
        self.phone = phone
        self.photo = photo
    }

    /// Checks every field. Hard errors block saving; a doubtful NIK is kept with a warning.
    public func validated(today: Date) throws -> ValidPerson {
        var v = Validator()
        let role = PersonRole(rawValue: role)
        if role == nil {
            let allowed = PersonRole.allCases.map(\.rawValue).joined(separator: ", ")
            v.fail("role", id: "Peran '\(self.role)' tidak dikenal; pilihan: \(allowed)",
                   en: "Unknown role '\(self.role)'; allowed: \(allowed)")
        }
        let name = v.required(fullName, "fullName", label: ("Nama lengkap", "Full name"))
        v.maxLength(name, 200, "fullName", label: ("Nama lengkap", "Full name"))
        let birth = CalendarDate.validate(birthDate, field: "birthDate", label: ("Tanggal lahir", "Birth date"),
                                          required: false, notAfter: today, into: &v)
        var sexValue: CasePerson.Sex?
        if let sex, !sex.isEmpty {
            sexValue = CasePerson.Sex(rawValue: sex)
            if sexValue == nil {
                v.fail("sex", id: "Jenis kelamin harus female, male atau unknown", en: "Sex must be female, male or unknown")
            }
        }
        if let age = ageAtReport, !(0...120).contains(age) {
            v.fail("ageAtReport", id: "Usia harus 0–120 tahun", en: "Age must be 0–120 years")
        }
        let citizenship = citizenship?.trimmingCharacters(in: .whitespaces).uppercased()
        if let c = citizenship, !c.isEmpty, !(c.count == 2 && c.allSatisfy { $0.isASCII && $0.isLetter }) {
            v.fail("citizenship", id: "Kewarganegaraan harus kode negara 2 huruf (mis. ID)",
                   en: "Citizenship must be a 2-letter country code (e.g. ID)")
        }
        v.maxLength(address, 500, "address", label: ("Alamat", "Address"))
        v.maxLength(birthPlace, 100, "birthPlace", label: ("Tempat lahir", "Place of birth"))
        let phone = phone.flatMap(PhoneNumber.normalise)
        if let raw = self.phone, !raw.trimmingCharacters(in: .whitespaces).isEmpty, phone == nil {
            v.fail("phone", id: "Nomor telepon tidak sah: '\(raw)'", en: "Phone number is not valid: '\(raw)'")
        }
        if let photo, photo.count > 2_000_000 {
            v.fail("photo", id: "Foto terlalu besar (maks. 1,5 MB)", en: "Photo is too large (max 1.5 MB)")
        }
        try v.finish()

        var warnings: [FieldWarning] = []
        var nikValue: String?
        if let raw = nik, !NIK.clean(raw).isEmpty {
            nikValue = NIK.clean(raw)
            warnings += NIKCheck.warnings(nik: raw, birthDate: birth, sex: sexValue)
        }
        let identity = PersonIdentity(fullName: name!, nik: nikValue, birthDate: birth?.description,
                                      birthPlace: birthPlace?.trimmingCharacters(in: .whitespacesAndNewlines).nilIfEmpty,
                                      address: address?.trimmingCharacters(in: .whitespacesAndNewlines).nilIfEmpty,
                                      phone: phone, photo: photo?.nilIfEmpty)
        return ValidPerson(role: role!, identity: identity, sex: sexValue, ageAtReport: ageAtReport,
                           citizenship: citizenship?.nilIfEmpty, warnings: warnings)
    }
}

/// A person draft that passed validation, with the doubts found in it.
public struct ValidPerson: Sendable, Hashable {
    public let role: PersonRole
    public let identity: PersonIdentity
    public let sex: CasePerson.Sex?
    public let ageAtReport: Int?
    public let citizenship: String?
    public let warnings: [FieldWarning]
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
