/// Copies the list's filter columns into `case_agencies`, so an agency's case list and its
/// searches read one index range of one table instead of looking up every case it involves.
/// The copies are kept in step by `CaseRepository` wherever a case changes.
struct M007_CaseListIndex: Migration {
    let id = 7
    let name = "case list filters beside the involved agency"

    func statements(_ d: SQLDialect) -> [String] {
        let columns = ["number", "province_code", "regency_key", "status", "exploitation_types"]
        return columns.map { "ALTER TABLE case_agencies ADD COLUMN \($0) TEXT NOT NULL DEFAULT ''" }
            + ["UPDATE case_agencies SET " + columns.map { "\($0) = (SELECT c.\($0) FROM cases c WHERE c.id = case_agencies.case_id)" }
                .joined(separator: ", "),
               "DROP INDEX case_agencies_agency",
               "CREATE INDEX case_agencies_agency ON case_agencies(agency_id, opened_on, case_id)"]
    }
}
