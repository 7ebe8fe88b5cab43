/// The agency's case-list index carries every filter column, so a search walks the index alone,
/// newest first, without reading a table row for each case it passes over.
struct M008_CaseListCoveringIndex: Migration {
    let id = 8
    let name = "covering index for the agency case list"

    func statements(_ d: SQLDialect) -> [String] {
        ["DROP INDEX case_agencies_agency",
         """
         CREATE INDEX case_agencies_agency ON case_agencies(agency_id, opened_on, case_id, status, province_code,
             regency_key, number, exploitation_types)
         """]
    }
}
