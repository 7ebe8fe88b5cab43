/// Identifiers named in public reports and job-offer checks (issue 18 item 4), kept only as the
/// keyed hash under which case files match them (`network_mentions.match_key`), so investigators
/// can be told "this number was named in N reports and checks".
///
/// A check is anonymous: it adds one to its identifier's count for the day, and no row of its
/// own is written, so not even the order of checks within a day (a row id, a row's place in the
/// table) is kept. A report already keeps its own sealed text; its rows carry its id so that the
/// count follows it (erased by retention, its rows go with it) and one report counts once.
struct M025_PublicSightings: Migration {
    let id = 25
    let name = "identifiers named in public reports and job-offer checks, as keyed hashes"

    func statements(_ d: SQLDialect) -> [String] {
        let withoutRowID = d == .sqlite ? " WITHOUT ROWID" : ""
        return [
            """
            CREATE TABLE public_check_counts (
                match_key \(d.integer) NOT NULL,
                identifier_type TEXT NOT NULL,
                day TEXT NOT NULL,
                n \(d.integer) NOT NULL,
                PRIMARY KEY (match_key, identifier_type, day))
            """ + withoutRowID,
            """
            CREATE TABLE public_report_mentions (
                report_id TEXT NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
                match_key \(d.integer) NOT NULL,
                identifier_type TEXT NOT NULL,
                day TEXT NOT NULL,
                PRIMARY KEY (report_id, match_key))
            """ + withoutRowID,
            // The count for one identifier is read straight off this index.
            "CREATE INDEX public_report_mentions_key ON public_report_mentions(match_key)",
        ]
    }
}
