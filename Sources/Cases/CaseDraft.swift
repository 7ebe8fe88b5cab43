import Foundation

/// What a user submits to register a case, before it has a number. Validation names each
/// field that is wrong, in both languages.
public struct CaseDraft: Sendable, Hashable, Codable {
    public var provinceCode: String
    public var regency: String
    public var openedOn: String
    public var incidentDate: String?
    public var exploitationTypes: [String]
    /// ISO 3166-1 alpha-2 code of the country of exploitation, "ID" for Indonesia.
    public var exploitationCountry: String?
    public var summary: String
    /// Other agencies to involve besides the registering user's own.
    public var agencyIDs: [String]

    public init(provinceCode: String, regency: String, openedOn: String, incidentDate: String? = nil,
                exploitationTypes: [String], summary: String, agencyIDs: [String] = [], exploitationCountry: String? = nil) {
        self.provinceCode = provinceCode
        self.regency = regency
        self.openedOn = openedOn
        self.incidentDate = incidentDate
        self.exploitationTypes = exploitationTypes
        self.exploitationCountry = exploitationCountry
        self.summary = summary
        self.agencyIDs = agencyIDs
    }

    private enum CodingKeys: String, CodingKey {
        case provinceCode, regency, openedOn, incidentDate, exploitationTypes, exploitationCountry, summary, agencyIDs
    }

    /// Optional lists and the summary may be left out of a JSON body.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        provinceCode = try c.decode(String.self, forKey: .provinceCode)
        regency = try c.decode(String.self, forKey: .regency)
        openedOn = try c.decode(String.self, forKey: .openedOn)
        incidentDate = try c.decodeIfPresent(String.self, forKey: .incidentDate)
        exploitationTypes = try c.decodeIfPresent([String].self, forKey: .exploitationTypes) ?? []
        exploitationCountry = try c.decodeIfPresent(String.self, forKey: .exploitationCountry)
        summary = try c.decodeIfPresent(String.self, forKey: .summary) ?? ""
        agencyIDs = try c.decodeIfPresent([String].self, forKey: .agencyIDs) ?? []
    }

    /// The draft as the registry stores it, or every problem found.
    public func validated(today: Date) throws -> ValidCase {
        var v = Validator()
        let province = v.required(provinceCode, "provinceCode", label: ("Provinsi", "Province"))
        if let province, Province.named(code: province) == nil {
            v.fail("provinceCode", id: "Provinsi \(province) tidak dikenal", en: "Province \(province) is unknown")
        }
        let regency = v.required(regency, "regency", label: ("Kabupaten/kota", "Kabupaten/kota"))
        v.maxLength(regency, 80, "regency", label: ("Kabupaten/kota", "Kabupaten/kota"))
        let opened = CalendarDate.validate(openedOn, field: "openedOn", label: ("Tanggal laporan", "Date reported"),
                                           required: true, notAfter: today, into: &v)
        let incident = CalendarDate.validate(incidentDate, field: "incidentDate",
                                             label: ("Tanggal kejadian", "Date of the acts"),
                                             required: false, notAfter: today, into: &v)
        if let o = opened, let i = incident, i > o {
            v.fail("incidentDate", id: "Tanggal kejadian tidak boleh setelah tanggal laporan",
                   en: "The date of the acts cannot be after the date reported")
        }
        var types: [ExploitationType] = []
        for (i, raw) in exploitationTypes.enumerated() {
            if let t = ExploitationType(rawValue: raw) {
                if !types.contains(t) { types.append(t) }
            } else {
                let allowed = ExploitationType.allCases.map(\.rawValue).joined(separator: ", ")
                v.fail("exploitationTypes[\(i)]", id: "Jenis eksploitasi '\(raw)' tidak dikenal; pilihan: \(allowed)",
                       en: "Unknown exploitation type '\(raw)'; allowed: \(allowed)")
            }
        }
        var country: String?
        if let given = exploitationCountry?.trimmingCharacters(in: .whitespaces), !given.isEmpty {
            if let known = Country.named(code: given) {
                country = known.code
            } else {
                v.fail("exploitationCountry", id: "Negara '\(given.prefix(20))' tidak ada dalam daftar; pilih dari daftar negara",
                       en: "Country '\(given.prefix(20))' is not in the list; choose from the list of countries")
            }
        }
        let summary = summary.trimmingCharacters(in: .whitespacesAndNewlines)
        v.maxLength(summary, 2000, "summary", label: ("Ringkasan", "Summary"))
        try v.finish()
        return ValidCase(provinceCode: province!, regency: regency!, openedOn: opened!, incidentDate: incident,
                         exploitationTypes: types, summary: summary, agencyIDs: agencyIDs, exploitationCountry: country)
    }
}

/// A case draft that passed validation.
public struct ValidCase: Sendable, Hashable {
    public let provinceCode: String
    public let regency: String
    public let openedOn: CalendarDate
    public let incidentDate: CalendarDate?
    public let exploitationTypes: [ExploitationType]
    public let summary: String
    public let agencyIDs: [String]
    public var exploitationCountry: String? = nil
}
