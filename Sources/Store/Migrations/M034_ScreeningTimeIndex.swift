/// The newest screening is read off an index: the court-practice page keeps the verdicts it
/// read while no track, case or screening has changed, and asks for the newest of each on every
/// view.
struct M034_ScreeningTimeIndex: Migration {
    let id = 34
    let name = "screening time index"

    func statements(_ d: SQLDialect) -> [String] {
        ["CREATE INDEX case_screenings_created ON case_screenings(created_at)"]
    }
}
