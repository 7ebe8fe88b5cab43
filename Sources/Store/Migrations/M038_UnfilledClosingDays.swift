/// The protection items whose closing day is still to be filled (M036), found without reading
/// the whole protection index: each server looks for them when it starts, and after the fill
/// this index is empty.
struct M038_UnfilledClosingDays: Migration {
    let id = 38
    let name = "protection items without their closing day"

    func statements(_ d: SQLDialect) -> [String] {
        ["CREATE INDEX coordination_unfilled_closing ON coordination_records(case_id, id) WHERE kind = 'protection' AND closed_on IS NULL"]
    }
}
