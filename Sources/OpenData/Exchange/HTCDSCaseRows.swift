import Cases

/// The HTCDS rows of one case, each an array in its section's column order (nil or empty: the
/// field is left out of JSON and blank in CSV).
struct HTCDSCaseRows {
    let caseRow: [HTCDSValue?]
    let persons: [[HTCDSValue?]]
    let support: [[HTCDSValue?]]
    /// The persons' columns: with the identity columns when identities are asked for.
    let personLayout: HTCDSRowLayout

    init(_ c: ExchangeCase, identities: IdentityExport) {
        let personLayout: HTCDSRowLayout = identities == .withheld ? .persons : .personsWithIdentities
        self.personLayout = personLayout
        let cl = HTCDSRowLayout.cases
        var row = cl.row()
        row[Self.caseID] = .text(c.id)
        row[Self.caseNumber] = c.number.map(HTCDSValue.text)
        row[Self.caseStatus] = .text(HTCDSCodes.status(c.status))
        row[Self.simpulStatus] = .text(c.status.rawValue)
        row[Self.referralDate] = .text(c.openedOn.description)
        row[Self.province] = .text(c.provinceCode)
        if c.incidentOn != nil || c.exploitationCountry != nil {
            row[Self.eventType] = .text("Exploitation")
            row[Self.eventDate] = c.incidentOn.map { .text($0.description) }
            row[Self.eventCountry] = c.exploitationCountry.map(HTCDSValue.text)
        }
        row[Self.simpulExploitation] = .list(c.exploitationTypes.map(\.rawValue))
        row[Self.simpulMeans] = .list(c.means.map(\.rawValue))
        caseRow = row
        // The same for every victim of the case: worked out once.
        let victimFields = c.persons.contains { $0.role == .victim } ? VictimFields(c) : nil
        persons = c.persons.map { Self.personRow($0, of: c, victim: victimFields, identities: identities, layout: personLayout) }
        support = c.support.map { s in
            var row = HTCDSRowLayout.support.row()
            row[Self.supportID] = .text(s.id)
            row[Self.supportPerson] = .text(s.personID)
            row[Self.supportType] = .text(HTCDSCodes.support(s.service))
            row[Self.simpulService] = .text(s.service.rawValue)
            row[Self.plannedEnd] = s.plannedEnd.map { .text($0.description) }
            row[Self.actualEnd] = s.actualEnd.map { .text($0.description) }
            return row
        }
    }

    private struct VictimFields {
        let exploitation: HTCDSValue, sexExploitation: HTCDSValue?, control: HTCDSValue

        init(_ c: ExchangeCase) {
            exploitation = .list(Array(Set(c.exploitationTypes.map(HTCDSCodes.exploitation))).sorted())
            sexExploitation = c.exploitationTypes.contains(.prostitution) ? .list(["Prostitution"]) : nil
            control = .list(Array(Set(c.means.map(HTCDSCodes.means))).sorted())
        }
    }

    private static func personRow(_ p: ExchangePerson, of c: ExchangeCase, victim: VictimFields?, identities: IdentityExport,
                                  layout: HTCDSRowLayout) -> [HTCDSValue?] {
        var row = layout.row()
        row[personID] = .text(p.id)
        row[personCase] = .text(c.id)
        row[gender] = p.sex.map { .text(HTCDSCodes.gender($0)) }
        row[citizenship] = p.citizenship.map { .list([$0]) }
        if p.role == .victim, let victim {
            // Simpul's victims are identified by an agency, not yet by a court.
            row[traffickingStatus] = .text("PossibleVictimOfTrafficking")
            row[age] = p.age.map(HTCDSValue.number)
            row[exploitation] = victim.exploitation
            row[sexExploitation] = victim.sexExploitation
            row[control] = victim.control
        } else {
            // Simpul records that a person is a suspect, not the part they played.
            row[role] = .list(["Other"])
        }
        if case .included(let viewer) = identities, let identity = p.identity,
           AccessPolicy.maySeeIdentity(viewer, of: p.role, involvedAgencies: c.involvedAgencyIDs) {
            row[firstName] = .text(identity.fullName)
            row[birthdate] = identity.birthDate.map(HTCDSValue.text)
            row[identityNumber] = identity.nik.map(HTCDSValue.text)
            row[phone] = identity.phone.map(HTCDSValue.text)
            row[street] = identity.address.map(HTCDSValue.text)
        }
        return row
    }

    /// This case's lines of one section's CSV file.
    func writeCSV(_ section: HTCDSSection, into out: inout [UInt8]) {
        switch section {
        case .cases: Self.csvLine(caseRow, into: &out)
        case .persons: for row in persons { Self.csvLine(row, into: &out) }
        case .support: for row in support { Self.csvLine(row, into: &out) }
        }
    }

    /// A row as `CSVText.line` writes it: lists joined by `;`, a missing value blank.
    private static func csvLine(_ row: [HTCDSValue?], into out: inout [UInt8]) {
        for (i, value) in row.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            switch value {
            case nil: break
            case .text(let s)?: CSVText.field(s, into: &out)
            case .number(let n)?: out.append(contentsOf: String(n).utf8)
            case .list(let l)?:
                guard l.allSatisfy(CSVText.isPlain) else { CSVText.field(l.joined(separator: ";"), into: &out); break }
                for (j, s) in l.enumerated() {
                    if j > 0 { out.append(UInt8(ascii: ";")) }
                    out.append(contentsOf: s.utf8)
                }
            }
        }
        out.append(contentsOf: [UInt8(ascii: "\r"), UInt8(ascii: "\n")])
    }

    private static let caseID = HTCDSRowLayout.cases.position("cas_Id")
    private static let caseNumber = HTCDSRowLayout.cases.position("ext_CaseNumber")
    private static let caseStatus = HTCDSRowLayout.cases.position("cas_Status")
    private static let simpulStatus = HTCDSRowLayout.cases.position("ext_SimpulStatus")
    private static let referralDate = HTCDSRowLayout.cases.position("cas_IncomingReferralDate")
    private static let province = HTCDSRowLayout.cases.position("ext_ProvinceCode")
    private static let eventType = HTCDSRowLayout.cases.position("hte_Type")
    private static let eventDate = HTCDSRowLayout.cases.position("hte_Date")
    private static let eventCountry = HTCDSRowLayout.cases.position("hte_Country")
    private static let simpulExploitation = HTCDSRowLayout.cases.position("ext_SimpulExploitation")
    private static let simpulMeans = HTCDSRowLayout.cases.position("ext_SimpulMeans")
    private static let personID = HTCDSRowLayout.persons.position("prs_Id")
    private static let personCase = HTCDSRowLayout.persons.position("prs_CaseId")
    private static let gender = HTCDSRowLayout.persons.position("prs_Gender")
    private static let citizenship = HTCDSRowLayout.persons.position("prs_Citizenship")
    private static let traffickingStatus = HTCDSRowLayout.persons.position("vic_TraffickingStatus")
    private static let age = HTCDSRowLayout.persons.position("vic_AgeWhenTrafficked")
    private static let exploitation = HTCDSRowLayout.persons.position("vic_TypeOfExploitation")
    private static let sexExploitation = HTCDSRowLayout.persons.position("vic_TypeOfSexExploitation")
    private static let control = HTCDSRowLayout.persons.position("vic_MethodsOfControl")
    private static let role = HTCDSRowLayout.persons.position("per_RoleInProcess")
    private static let firstName = HTCDSRowLayout.personsWithIdentities.position("prs_FirstName")
    private static let birthdate = HTCDSRowLayout.personsWithIdentities.position("prs_Birthdate")
    private static let identityNumber = HTCDSRowLayout.personsWithIdentities.position("prs_IdentityNumber")
    private static let phone = HTCDSRowLayout.personsWithIdentities.position("prs_MobilePhone")
    private static let street = HTCDSRowLayout.personsWithIdentities.position("prs_MailingStreet")
    private static let supportID = HTCDSRowLayout.support.position("spl_Id")
    private static let supportPerson = HTCDSRowLayout.support.position("spl_PersonId")
    private static let supportType = HTCDSRowLayout.support.position("spl_Type")
    private static let simpulService = HTCDSRowLayout.support.position("ext_SimpulService")
    private static let plannedEnd = HTCDSRowLayout.support.position("spl_PlannedEndDate")
    private static let actualEnd = HTCDSRowLayout.support.position("spl_ActualEndDate")
}
