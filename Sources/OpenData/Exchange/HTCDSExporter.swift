import Cases

/// Whether an export carries the identities of the people in it. Withheld unless the caller
/// asks, and even then only the persons the viewer may see (AccessPolicy.maySeeIdentity).
public enum IdentityExport: Sendable, Hashable {
    case withheld
    case included(for: Viewer)
}

/// Writes exchange cases as HTCDS 2.0: JSON Lines (one case per line, its persons and support
/// nested) or three CSV files. One case at a time, so a million cases stream in constant memory.
public struct HTCDSExporter: Sendable {
    public let identities: IdentityExport

    public init(identities: IdentityExport = .withheld) {
        self.identities = identities
    }

    var writesIdentities: Bool { identities != .withheld }

    /// The rows of one case, by section.
    public func rows(_ c: ExchangeCase) -> [HTCDSSection: [HTCDSRow]] {
        var caseRow: HTCDSRow = [
            "cas_Id": .text(c.id), "cas_Status": .text(HTCDSCodes.status(c.status)), "ext_SimpulStatus": .text(c.status.rawValue),
            "cas_IncomingReferralDate": .text(c.openedOn.description), "ext_ProvinceCode": .text(c.provinceCode),
            "ext_SimpulExploitation": .list(c.exploitationTypes.map(\.rawValue)), "ext_SimpulMeans": .list(c.means.map(\.rawValue)),
        ]
        caseRow["ext_CaseNumber"] = c.number.map(HTCDSValue.text)
        if c.incidentOn != nil || c.exploitationCountry != nil {
            caseRow["hte_Type"] = .text("Exploitation")
            caseRow["hte_Date"] = c.incidentOn.map { .text($0.description) }
            caseRow["hte_Country"] = c.exploitationCountry.map(HTCDSValue.text)
        }
        let persons = c.persons.map { personRow($0, of: c) }
        let support = c.support.map { s -> HTCDSRow in
            var row: HTCDSRow = ["spl_Id": .text(s.id), "spl_PersonId": .text(s.personID),
                                 "spl_Type": .text(HTCDSCodes.support(s.service)), "ext_SimpulService": .text(s.service.rawValue)]
            row["spl_PlannedEndDate"] = s.plannedEnd.map { .text($0.description) }
            row["spl_ActualEndDate"] = s.actualEnd.map { .text($0.description) }
            return row
        }
        return [.cases: [caseRow.compacted], .persons: persons.map(\.compacted), .support: support.map(\.compacted)]
    }

    private func personRow(_ p: ExchangePerson, of c: ExchangeCase) -> HTCDSRow {
        var row: HTCDSRow = ["prs_Id": .text(p.id), "prs_CaseId": .text(c.id)]
        row["prs_Gender"] = p.sex.map { .text(HTCDSCodes.gender($0)) }
        row["prs_Citizenship"] = p.citizenship.map { .list([$0]) }
        if p.role == .victim {
            // Simpul's victims are identified by an agency, not yet by a court.
            row["vic_TraffickingStatus"] = .text("PossibleVictimOfTrafficking")
            row["vic_AgeWhenTrafficked"] = p.age.map(HTCDSValue.number)
            row["vic_TypeOfExploitation"] = .list(Array(Set(c.exploitationTypes.map(HTCDSCodes.exploitation))).sorted())
            if c.exploitationTypes.contains(.prostitution) { row["vic_TypeOfSexExploitation"] = .list(["Prostitution"]) }
            row["vic_MethodsOfControl"] = .list(Array(Set(c.means.map(HTCDSCodes.means))).sorted())
        } else {
            // Simpul records that a person is a suspect, not the part they played.
            row["per_RoleInProcess"] = .list(["Other"])
        }
        if case .included(let viewer) = identities, let identity = p.identity,
           AccessPolicy.maySeeIdentity(viewer, of: p.role, involvedAgencies: c.involvedAgencyIDs) {
            row["prs_FirstName"] = .text(identity.fullName)
            row["prs_Birthdate"] = identity.birthDate.map(HTCDSValue.text)
            row["prs_IdentityNumber"] = identity.nik.map(HTCDSValue.text)
            row["prs_MobilePhone"] = identity.phone.map(HTCDSValue.text)
            row["prs_MailingStreet"] = identity.address.map(HTCDSValue.text)
        }
        return row
    }

    /// One line of the JSON Lines file: the case's fields, with `persons` and `support` arrays.
    public func jsonLine(_ c: ExchangeCase) -> String {
        let rows = rows(c)
        return JSONLineWriter.line(case: rows[.cases]![0], persons: rows[.persons]!, support: rows[.support]!)
    }

    /// The header line of a section's CSV file.
    public func csvHeader(_ section: HTCDSSection) -> String {
        CSVText.line(section.columns(identities: writesIdentities))
    }

    /// The CSV lines of one case, by section.
    public func csvLines(_ c: ExchangeCase) -> [HTCDSSection: String] {
        let rows = rows(c)
        return Dictionary(uniqueKeysWithValues: HTCDSSection.allCases.map { ($0, lines(rows[$0]!, $0)) })
    }

    /// One section's lines of a case, for a download of that file alone.
    public func csvLines(_ c: ExchangeCase, section: HTCDSSection) -> String {
        lines(rows(c)[section]!, section)
    }

    private func lines(_ rows: [HTCDSRow], _ section: HTCDSSection) -> String {
        let columns = section.columns(identities: writesIdentities)
        return rows.map { row in CSVText.line(columns.map { row[$0]?.csv ?? "" }) }.joined()
    }
}

private extension Dictionary where Key == String, Value == HTCDSValue {
    var compacted: HTCDSRow { filter { !$0.value.isEmpty } }
}
