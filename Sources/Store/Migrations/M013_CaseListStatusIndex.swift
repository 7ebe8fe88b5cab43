/// The case search most officers run is "my agency's cases at this stage": with the stage
/// second in the index, such a search reads only the rows of that stage instead of walking
/// all of the agency's cases and skipping the others (0.7 → 0.3 ms for a 14,000-case agency).
/// Covering, like the agency index, so the page is chosen without touching `cases`.
struct M013_CaseListStatusIndex: Migration {
    let id = 13
    let name = "case list index by agency and stage"

    func statements(_ d: SQLDialect) -> [String] {
        ["""
         CREATE INDEX case_agencies_status ON case_agencies(agency_id, status, opened_on, case_id, province_code,
             regency_key, number, exploitation_types)
         """]
    }
}
