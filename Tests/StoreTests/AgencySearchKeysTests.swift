import Testing
@testable import Store

@Suite("Search keys by agency held by a bulk load")
struct AgencySearchKeysTests {
    @Test
    func partsMadeApartSortIntoTheTablesKeyOrder() {
        // Set-up: two parts made apart (as the load's cores make them), sharing some texts.
        var first = AgencySearchKeys(), second = AgencySearchKeys()
        first.add(keys: [7, -3], personID: "c2-p0", caseID: "c2", agencyIDs: ["ag-polda", "ag-kemensos"], openedOn: "2026-02-01")
        second.add(keys: [7], personID: "c1-p1", caseID: "c1", agencyIDs: ["ag-kemensos"], openedOn: "2026-02-01")
        second.add(keys: [7, 9], personID: "c1-p0", caseID: "c1", agencyIDs: ["ag-kemensos", "ag-bp2mi"], openedOn: "2025-12-30")

        // The one thing under test: joined, then sorted.
        first.append(contentsOf: second)
        let (texts, rows) = first.sorted()

        // What must hold: every row once, in order of key, agency, day, case, person.
        let read = rows.map { r in [String(r.key)] + [r.agency, r.openedOn, r.caseID, r.personID].map { texts[Int($0)] } }
        #expect(read == [
            ["-3", "ag-kemensos", "2026-02-01", "c2", "c2-p0"],
            ["-3", "ag-polda", "2026-02-01", "c2", "c2-p0"],
            ["7", "ag-bp2mi", "2025-12-30", "c1", "c1-p0"],
            ["7", "ag-kemensos", "2025-12-30", "c1", "c1-p0"],
            ["7", "ag-kemensos", "2026-02-01", "c1", "c1-p1"],
            ["7", "ag-kemensos", "2026-02-01", "c2", "c2-p0"],
            ["7", "ag-polda", "2026-02-01", "c2", "c2-p0"],
            ["9", "ag-bp2mi", "2025-12-30", "c1", "c1-p0"],
            ["9", "ag-kemensos", "2025-12-30", "c1", "c1-p0"],
        ])
    }
}
