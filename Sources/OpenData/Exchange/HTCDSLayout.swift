/// The HTCDS 2.0 fields Simpul writes and reads, by section, in file order.
///
/// HTCDS names no key fields (it was drawn from case-management systems that have their own
/// record ids), so `cas_Id`, `prs_Id`, `prs_CaseId`, `spl_Id` and `spl_PersonId` link the
/// sections. Fields Simpul adds carry the prefix `ext_`; a partner's system may ignore them.
public enum HTCDSSection: String, Sendable, CaseIterable {
    case cases, persons, support

    /// The columns of this section's CSV file (identity columns only when identities are written).
    public func columns(identities: Bool) -> [String] {
        switch self {
        case .cases:
            return ["cas_Id", "ext_CaseNumber", "cas_Status", "ext_SimpulStatus", "cas_IncomingReferralDate", "ext_ProvinceCode",
                    "hte_Type", "hte_Date", "hte_Country", "ext_SimpulExploitation", "ext_SimpulMeans"]
        case .persons:
            return ["prs_Id", "prs_CaseId", "prs_Gender", "prs_Citizenship", "vic_TraffickingStatus", "vic_AgeWhenTrafficked",
                    "vic_TypeOfExploitation", "vic_TypeOfSexExploitation", "vic_MethodsOfControl", "per_RoleInProcess"]
                + (identities ? Self.identityColumns : [])
        case .support:
            return ["spl_Id", "spl_PersonId", "spl_Type", "ext_SimpulService", "spl_PlannedEndDate", "spl_ActualEndDate"]
        }
    }

    /// The fields that name a person: written only on request, for a user allowed to see them.
    public static let identityColumns = ["prs_FirstName", "prs_SecondName", "prs_Birthdate", "prs_IdentityNumber",
                                         "prs_MobilePhone", "prs_MailingStreet"]

    /// Fields that hold several picklist values: a JSON array, or `;`-separated in CSV.
    static let multiValued: Set<String> = ["prs_Citizenship", "vic_TypeOfExploitation", "vic_TypeOfSexExploitation",
                                           "vic_MethodsOfControl", "per_RoleInProcess", "ext_SimpulExploitation", "ext_SimpulMeans"]
    /// Fields that hold a whole number: a JSON number.
    static let numeric: Set<String> = ["vic_AgeWhenTrafficked"]

    /// The JSON key under which a case's persons and support rows sit.
    package var jsonKey: String { rawValue }
}

/// A field's value in an HTCDS row.
public enum HTCDSValue: Sendable, Hashable {
    case text(String)
    case number(Int)
    case list([String])

    var isEmpty: Bool {
        switch self {
        case .text(let s): return s.isEmpty
        case .number: return false
        case .list(let l): return l.isEmpty
        }
    }

    /// As a CSV cell.
    var csv: String {
        switch self {
        case .text(let s): return s
        case .number(let n): return String(n)
        case .list(let l): return l.joined(separator: ";")
        }
    }
}

/// One row of one section: field name to value, empty values left out.
public typealias HTCDSRow = [String: HTCDSValue]
