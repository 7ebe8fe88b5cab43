import Cases
import Law

/// The k-anonymous file in the column layout of CTDC's global k-anonymised victim dataset, so
/// that a partner's scripts for CTDC's download read Simpul's without change.
///
/// Column names follow CTDC's published dataset (IOM, CTDC Global K-anon Dataset, data
/// dictionary version 2021-08-25; CTDC Data Codebook v6, 2017): `yearOfRegistration`,
/// `Datasource`, `gender`, `ageBroad`, `majorityStatus`, `citizenship`, the binary
/// `meansOfControl…` and `is…Exploit` flags with their `…Concatenated` summaries, and `isAbduction`.
/// CTDC has no field below the country, so Simpul adds one, `provinceOfRegistration` (a BPS
/// province code, an island group, or `ID`). Only the generalised quasi-identifiers are written:
/// a column outside them (the country of exploitation, say) would let a class be split again.
public enum CTDCLayout {
    public static let columns = [
        "yearOfRegistration", "Datasource", "gender", "ageBroad", "majorityStatus", "citizenship", "provinceOfRegistration",
        "meansOfControlDebtBondage", "meansOfControlThreats", "meansOfControlPhysicalAbuse", "meansOfControlFalsePromises",
        "meansOfControlRestrictsMovement", "meansOfControlOther", "meansOfControlNotSpecified", "meansOfControlConcatenated",
        "isForcedLabour", "isSexualExploit", "isOtherExploit", "isSexAndLabour", "isOrganRemoval", "isSlaveryAndPractices",
        "typeOfExploitConcatenated", "isAbduction",
    ]

    /// CTDC's name for records from case files, as opposed to hotline calls.
    static let datasource = "Case Management"

    /// The whole file: a header, then one line per released row.
    public static func csv(_ table: KAnonymousTable) -> String {
        var out = CSVText.line(columns)
        for row in table.rows { out += CSVText.line(values(row, table.generalisation)) }
        return out
    }

    /// One row's cells; every cell is a function of the generalised key alone.
    static func values(_ key: [String], _ node: Generalisation) -> [String] {
        func token(_ field: QuasiIdentifier) -> String { key[field.rawValue] }
        let age = token(.ageGroup)
        let majority = age.isEmpty ? "" : (age == "0--8" || age == "9--17" || age == "0--17" ? "Minor" : "Adult")
        return [token(.year), datasource, token(.sex), age, majority, token(.citizenship), token(.province)]
            + meansCells(token(.meansOfControl), generalised: node.level(of: .meansOfControl) > 0)
            + exploitationCells(token(.exploitation), level: node.level(of: .exploitation))
            + [abductionCell(token(.meansOfControl), generalised: node.level(of: .meansOfControl) > 0)]
    }

    /// CTDC's means-of-control columns for Simpul's means (cara): several of UU 21/2007's means
    /// have no column of their own and count as "other".
    static let meansColumns: [(label: String, means: Set<CaseFacts.Means>)] = [
        ("DebtBondage", [.debtBondage]), ("Threats", [.threatOfForce]), ("PhysicalAbuse", [.useOfForce]),
        ("FalsePromises", [.deception]), ("RestrictsMovement", [.confinement]),
        ("Other", [.falsification, .abuseOfPower, .abuseOfVulnerability, .paymentToController, .otherCoercion]),
    ]

    private static func meansCells(_ token: String, generalised: Bool) -> [String] {
        if generalised { return Array(repeating: "", count: meansColumns.count + 2) }
        let means = Set(token.split(separator: ";").compactMap { CaseFacts.Means(rawValue: String($0)) })
        let flags = meansColumns.map { means.isDisjoint(with: $0.means) ? "0" : "1" }
        let named = meansColumns.filter { !means.isDisjoint(with: $0.means) }.map(\.label)
        return flags + [means.isEmpty ? "1" : "0", named.joined(separator: ";")]
    }

    private static func abductionCell(_ token: String, generalised: Bool) -> String {
        generalised ? "" : (token.split(separator: ";").contains("abduction") ? "1" : "0")
    }

    private static func exploitationCells(_ token: String, level: Int) -> [String] {
        let blank = Array(repeating: "", count: 7)
        if token.isEmpty || level >= 2 { return blank }
        let group: ExploitationGroup
        var organ = "", slavery = "", concatenated: String
        if level == 1 {
            guard let g = ExploitationGroup(rawValue: token) else { return blank }
            group = g
            concatenated = g.rawValue
        } else {
            let types = Set(token.split(separator: ";").compactMap { ExploitationType(rawValue: String($0)) })
            group = ExploitationGroup(types)
            organ = types.contains(.organRemoval) ? "1" : "0"
            slavery = types.contains(.slaveryOrSimilar) || types.contains(.servitude) ? "1" : "0"
            concatenated = token
        }
        func flag(_ on: Bool) -> String { on ? "1" : "0" }
        return [flag(group == .labour || group == .sexAndLabour), flag(group == .sexual || group == .sexAndLabour),
                flag(group == .other), flag(group == .sexAndLabour), organ, slavery, concatenated]
    }
}
