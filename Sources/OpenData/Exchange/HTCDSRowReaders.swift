import Cases
import Coordination
import Law

/// The forms of exploitation and the means of a case as its rows state them: Simpul's own codes
/// where the file carries them (`ext_`), else what the victims' HTCDS codes map to.
struct CaseCodes {
    var simpulTypes: [ExploitationType]?
    var simpulMeans: [CaseFacts.Means]?
    var htcdsTypes: Set<ExploitationType> = []
    var htcdsMeans: Set<CaseFacts.Means> = []

    mutating func merge(_ other: CaseCodes) {
        htcdsTypes.formUnion(other.htcdsTypes)
        htcdsMeans.formUnion(other.htcdsMeans)
    }

    var exploitationTypes: [ExploitationType] { simpulTypes ?? Array(htcdsTypes) }
    var means: [CaseFacts.Means] { simpulMeans ?? Array(htcdsMeans) }
}

enum HTCDSCaseRow {
    static func read(_ check: inout RowCheck, defaultProvinceCode: String?, agencyID: String) -> (ExchangeCase, CaseCodes)? {
        let id = check.text("cas_Id", required: true)
        let htcdsStatus = check.code("cas_Status", required: true, HTCDSCodes.status(htcds:))
        var status = htcdsStatus
        if let own = check.code("ext_SimpulStatus", CaseStatus.init(rawValue:)) {
            // Simpul's own stage is kept only where it agrees with the HTCDS status beside it.
            if let raw = check.text("cas_Status"), HTCDSCodes.status(own) != raw {
                check.fail("ext_SimpulStatus", own.rawValue, id: "tidak sesuai dengan cas_Status", en: "disagrees with cas_Status")
            }
            status = own
        }
        let openedOn = check.date("cas_IncomingReferralDate", required: true)
        var province = check.code("ext_ProvinceCode") { Province.named(code: $0)?.code }
        if province == nil, check.text("ext_ProvinceCode") == nil {
            province = defaultProvinceCode
            if province == nil { check.fail("ext_ProvinceCode", "", id: "wajib diisi", en: "is required") }
        }
        if let type = check.text("hte_Type"), type != "Exploitation" {
            check.fail("hte_Type", type, id: "hanya peristiwa eksploitasi yang dibaca", en: "only the exploitation event is read")
        }
        let incidentOn = check.date("hte_Date")
        let country = check.countryCode("hte_Country")
        var codes = CaseCodes()
        codes.simpulTypes = check.codes("ext_SimpulExploitation", ExploitationType.init(rawValue:))
        codes.simpulMeans = check.codes("ext_SimpulMeans", CaseFacts.Means.init(rawValue:))
        guard let id, let status, let openedOn, let province else { return nil }
        let c = ExchangeCase(id: id, number: check.text("ext_CaseNumber"), status: status, provinceCode: province,
                             openedOn: openedOn, incidentOn: incidentOn, exploitationCountry: country, exploitationTypes: [],
                             means: [], persons: [], support: [], involvedAgencyIDs: [agencyID])
        return (c, codes)
    }
}

enum HTCDSPersonRow {
    static let sexTypes: Set<String> = ["Prostitution", "Pornography", "RemoteInteractiveServices", "PrivateSexualServices"]
    static let perpetratorRoles: Set<String> = [
        "TravellingPartner", "Transporter", "RecruiterOrIntermediary", "BrokerTravelAgent", "TransferredIndividual",
        "HarbouredIndividual", "SoldIndividual", "BoughtIndividual", "ReceivedIndividual", "ControlledIndividual", "Smuggler",
        "Abuser", "Kidnapper", "Exploiter", "Other",
    ]

    static func read(_ check: inout RowCheck) -> (caseID: String, person: ExchangePerson, codes: CaseCodes)? {
        let id = check.text("prs_Id", required: true)
        let caseID = check.text("prs_CaseId", required: true)
        let sex = check.code("prs_Gender", HTCDSCodes.gender(htcds:))
        // Simpul holds one citizenship; a second one in the file is the partner's to keep.
        let citizenship = check.codes("prs_Citizenship") { s in s.count == 2 && s.allSatisfy { $0.isASCII && $0.isUppercase } ? s : nil }?.first
        let victimStatus = check.text("vic_TraffickingStatus")
        let isSuspect = check.codes("per_RoleInProcess") { Self.perpetratorRoles.contains($0) ? $0 : nil } != nil
        var role: PersonRole?
        switch (victimStatus, isSuspect) {
        case ("PossibleVictimOfTrafficking"?, false), ("ActualVictimOfTrafficking"?, false): role = .victim
        case (nil, true): role = .suspect
        case (let s?, false):
            check.fail("vic_TraffickingStatus", s, id: "bukan korban: Simpul hanya mencatat korban", en: "not a victim: Simpul records victims only")
        case (_?, true):
            check.fail("per_RoleInProcess", "", id: "korban sekaligus pelaku dalam satu baris", en: "both victim and perpetrator in one row")
        case (nil, false):
            check.fail("vic_TraffickingStatus", "", id: "isi status korban atau peran pelaku", en: "give a victim status or a perpetrator role")
        }
        var codes = CaseCodes()
        var age: Int?
        if role == .victim {
            age = check.number("vic_AgeWhenTrafficked", in: 0...120)
            let sexTypes = check.codes("vic_TypeOfSexExploitation") { Self.sexTypes.contains($0) ? $0 : nil } ?? []
            let types = check.codes("vic_TypeOfExploitation", HTCDSCodes.exploitation(htcds:)) ?? []
            codes.htcdsTypes = Set(types.map { $0 == .sexualExploitation && sexTypes.contains("Prostitution") ? .prostitution : $0 })
            codes.htcdsMeans = Set(check.codes("vic_MethodsOfControl", HTCDSCodes.means(htcds:)) ?? [])
        }
        let identity = readIdentity(&check)
        guard let id, let caseID, let role else { return nil }
        return (caseID, ExchangePerson(id: id, role: role, sex: sex, age: age, citizenship: citizenship, identity: identity), codes)
    }

    private static func readIdentity(_ check: inout RowCheck) -> PersonIdentity? {
        let first = check.text("prs_FirstName"), second = check.text("prs_SecondName")
        let birthDate = check.date("prs_Birthdate"), nik = check.text("prs_IdentityNumber")
        let phone = check.text("prs_MobilePhone"), address = check.text("prs_MailingStreet")
        let name = [first, second].compactMap { $0 }.joined(separator: " ")
        if name.isEmpty {
            if birthDate != nil || nik != nil || phone != nil || address != nil {
                check.fail("prs_FirstName", "", id: "identitas tanpa nama", en: "identity without a name")
            }
            return nil
        }
        return PersonIdentity(fullName: name, nik: nik, birthDate: birthDate?.description, address: address, phone: phone)
    }
}

enum HTCDSSupportRow {
    static func read(_ check: inout RowCheck) -> ExchangeSupport? {
        let id = check.text("spl_Id", required: true)
        let personID = check.text("spl_PersonId", required: true)
        var service = check.code("spl_Type", required: true, HTCDSCodes.support(htcds:))
        if let own = check.code("ext_SimpulService", ProtectionService.init(rawValue:)) {
            if let raw = check.text("spl_Type"), HTCDSCodes.support(own) != raw {
                check.fail("ext_SimpulService", own.rawValue, id: "tidak sesuai dengan spl_Type", en: "disagrees with spl_Type")
            }
            service = own
        }
        let planned = check.date("spl_PlannedEndDate"), actual = check.date("spl_ActualEndDate")
        guard let id, let personID, let service else { return nil }
        return ExchangeSupport(id: id, personID: personID, service: service, plannedEnd: planned, actualEnd: actual)
    }
}
