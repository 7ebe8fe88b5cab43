/// Search by a person's name or NIK reads, for an officer, only her agency's cases: the keys of
/// M019 again, one row per agency involved in the person's case, with the case's opening day. A
/// search is then one range of this table's key, newest first, instead of a lookup of the
/// agency's involvement for every person nationally holding the name ("Sri Santoso" is held by
/// two thousand persons, sixty of them in one Polda's cases). The agencies of a case are fixed
/// when it is registered, so the rows are written with the person's keys and never change.
///
/// And a change number for perpetrator networks (as M014's): it grows with every change to the
/// entities of case files and to the decisions that names are the same, so that a server keeps
/// the national network overview while it stands and sees another server's change at once.
struct M028_AgencySearchKeysAndNetworkChanges: Migration {
    let id = 28
    let name = "person search keys by agency; network change counter"

    func statements(_ d: SQLDialect) -> [String] {
        [
            """
            CREATE TABLE person_search_agency_keys (
                search_key \(d.integer) NOT NULL,
                agency_id TEXT NOT NULL,
                opened_on TEXT NOT NULL,
                case_id TEXT NOT NULL,
                person_id TEXT NOT NULL,
                PRIMARY KEY (search_key, agency_id, opened_on, case_id, person_id))
            """ + (d == .sqlite ? " WITHOUT ROWID" : ""),
            "INSERT INTO person_search_agency_keys (search_key, agency_id, opened_on, case_id, person_id) " + PersonSearchIndex.byAgencySelect,
            "INSERT INTO change_counters (name, value) VALUES ('networks', 0)",
        ] + M014_ChangeCounters.triggers(counting: "networks", on: ["network_mentions", "network_name_links"], d)
    }
}
