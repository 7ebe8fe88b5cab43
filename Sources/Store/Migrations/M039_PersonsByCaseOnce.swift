/// `case_persons_case` (M003) indexes the first column of `case_persons_exchange` (M037), which
/// serves every lookup of a case's persons as well: each person written paid for both, 2.7
/// million index entries in a million-case import for nothing.
struct M039_PersonsByCaseOnce: Migration {
    let id = 39
    let name = "persons found by case through one index"

    func statements(_ d: SQLDialect) -> [String] {
        ["DROP INDEX IF EXISTS case_persons_case"]
    }
}
