import Cases
import Demo
import Foundation
import Law
import OpenData
import Security
import Store
import Testing
@testable import SimpulCommands

/// HTCDS 2.0 through the store, on both backends: an agency's demo cases (victims, suspects,
/// services, screened means) go out, into a fresh store as another agency's, and out again byte
/// for byte, with and without identities, as JSON Lines and as CSV; a second import adds
/// nothing; a partner's faulty file loads its valid rows and names the rest.
@Suite("HTCDS exchange through the store")
struct HTCDSExchangeStoreTests {
    static let cipher = try! FieldCipher(keyBytes: Array(repeating: 9, count: 32))
    /// Where a partner file's cases land in the tests: an agency that works none of the demo's cases.
    static let partner = "ag-mitra"

    static func store(_ db: any SQLDatabase) async throws -> SimpulStore {
        try await Migrations.migrate(db)
        let store = SimpulStore(db: db, cipher: cipher)
        for agency in DemoAgencies.all { try await store.agencies.create(agency) }
        try await store.agencies.create(Agency(id: partner, code: "MITRA", name: "Mitra", kind: .ngo, provinceCode: nil))
        return store
    }

    static func officer(of agencyID: String, in store: SimpulStore) async throws -> Viewer {
        try await store.users.create(username: "officer-\(agencyID)", displayName: "Officer", agencyID: agencyID, role: .investigator,
                                     email: nil, passwordHash: "x").viewer
    }

    /// Demo cases, and an officer of the agency that works most of them, who screened five of them.
    static func demo(_ db: any SQLDatabase) async throws -> (SimpulStore, Viewer) {
        let store = try await store(db)
        var clock = PhaseClock(label: "demo", enabled: false)
        _ = try await DemoLoader.loadCases(into: store, count: 60, seed: 11, progress: false, clock: &clock)
        let agency = try #require(try await db.query("""
            SELECT agency_id, COUNT(*) AS n FROM case_agencies GROUP BY agency_id ORDER BY n DESC, agency_id LIMIT 1
            """, []).first).text("agency_id")
        let officer = try await officer(of: agency, in: store)
        let screened = try await db.query("SELECT case_id FROM case_agencies WHERE agency_id = ? ORDER BY case_id LIMIT 5", [.text(agency)])
        for (i, row) in screened.enumerated() {
            let facts = CaseFacts(means: i % 2 == 0 ? [.debtBondage, .deception] : [.abduction])
            try await store.screenings.save(StoredScreening(id: "scr-\(i)", caseID: try row.text("case_id"),
                                                            factsJSON: String(decoding: try JSONEncoder().encode(facts), as: UTF8.self),
                                                            resultJSON: "{}", asOf: "2026-10-02", palermoVerdict: "x", nationalVerdict: "x",
                                                            articles: [], createdBy: nil, createdAt: Timestamp.now()), by: officer)
        }
        return (store, officer)
    }

    /// The agency's cases as JSON Lines, or its three CSV files joined by a record separator, read seven cases a page.
    static func export(_ store: SimpulStore, agencyID: String, identitiesFor viewer: Viewer?, csv: Bool) async throws -> String {
        let exporter = HTCDSExporter(identities: viewer.map { .included(for: $0) } ?? .withheld)
        var cases: [ExchangeCase] = [], after: String?
        while case let page = try await store.openDataSources.exchangePage(after: after, limit: 7, agencyID: agencyID, identitiesFor: viewer),
              !page.cases.isEmpty {
            cases += page.cases
            after = page.next
        }
        guard csv else { return cases.map(exporter.jsonLine).joined() }
        return HTCDSSection.allCases.map { s in exporter.csvHeader(s) + cases.map { exporter.csvLines($0)[s]! }.joined() }.joined(separator: "\u{1E}")
    }

    /// Loads the text as the command does: JSON Lines a thousand bytes at a time, CSV as the run reads it; nine cases a batch.
    static func load(_ text: String, csv: Bool, into store: SimpulStore, agencyID: String,
                     province: String? = nil, batchesPerTransaction: Int = 1) async throws -> HTCDSImportRun {
        var run = HTCDSImportRun(store: store, agencyID: agencyID, defaultProvinceCode: province, actor: nil, batchSize: 9,
                                 batchesPerTransaction: batchesPerTransaction)
        if csv {
            let parts = text.components(separatedBy: "\u{1E}")
            let files = zip(["cases.csv", "persons.csv", "support.csv"], parts).map { HTCDSCSVSource.bytes(Array($1.utf8), file: $0) }
            try await run.loadCSV(cases: files[0], persons: files[1], support: files[2])
        } else {
            let bytes = Array(text.utf8)
            for start in stride(from: 0, to: bytes.count, by: 1000) {
                try await run.addJSONLines(bytes[start..<min(start + 1000, bytes.count)], file: "partner.jsonl")
            }
            try await run.finishJSONLines()
        }
        try await run.finish()
        return run
    }

    static func caseCount(_ store: SimpulStore) async throws -> Int { try await store.cases.count() }

    @Test(arguments: TestBackend.available)
    func exportImportExportIsIdenticalByteForByte(_ backend: TestBackend) async throws {
        try await backend.withDatabase { db in
            let (source, officer) = try await Self.demo(db)
            for (csv, named) in [(false, false), (false, true), (true, false), (true, true)] {
                // Set-up: the agency's cases out of the first store.
                let first = try await Self.export(source, agencyID: officer.agencyID, identitiesFor: named ? officer : nil, csv: csv)
                #expect(first.contains("prs_FirstName") == named, "identities only when asked")
                #expect(first.contains("per_RoleInProcess") && first.contains("spl_") && first.contains("DebtBondage") && first.contains("abduction"),
                        "the file has suspects, support and screened means")
                try await backend.withDatabase { db2 in
                    let target = try await Self.store(db2)
                    let reader = try await Self.officer(of: Self.partner, in: target)
                    // The one thing under test: into a fresh store as IOM's cases, and out again.
                    // Named files several batches to a transaction, as the command writes them.
                    let run = try await Self.load(first, csv: csv, into: target, agencyID: Self.partner, batchesPerTransaction: named ? 3 : 1)
                    let again = try await Self.export(target, agencyID: Self.partner, identitiesFor: named ? reader : nil, csv: csv)

                    let stored = try await Self.caseCount(target)
                    #expect(run.rejects.isEmpty)
                    #expect(run.loaded.cases == stored && run.loaded.cases > 10 && run.loaded.skipped == 0)
                    #expect(again == first, "csv \(csv), identities \(named)")
                }
            }
        }
    }

    @Test(arguments: TestBackend.available)
    func csvFilesWhoseRowsAreNotGroupedByCaseLoadTheSameCasesReadWhole(_ backend: TestBackend) async throws {
        try await backend.withDatabase { db in
            let (source, officer) = try await Self.demo(db)
            let first = try await Self.export(source, agencyID: officer.agencyID, identitiesFor: nil, csv: true)
            // The cases file upside down: no person row follows its case's order any more.
            var files = first.components(separatedBy: "\u{1E}")
            var cases = files[0].components(separatedBy: "\r\n").filter { !$0.isEmpty }
            cases = [cases[0]] + cases.dropFirst().reversed()
            files[0] = cases.map { $0 + "\r\n" }.joined()
            let sources = zip(["cases.csv", "persons.csv", "support.csv"], files).map { HTCDSCSVSource.bytes(Array($1.utf8), file: $0) }
            #expect(try !HTCDSCSVGroups.areGroupedByCase(cases: sources[0], persons: sources[1], support: sources[2]))
            try await backend.withDatabase { db2 in
                let target = try await Self.store(db2)
                let run = try await Self.load(files.joined(separator: "\u{1E}"), csv: true, into: target, agencyID: Self.partner)
                let again = try await Self.export(target, agencyID: Self.partner, identitiesFor: nil, csv: true)
                #expect(run.rejects.isEmpty && run.loaded.cases == cases.count - 1)
                // The same rows come back, in the order the cases were loaded.
                for (a, b) in zip(again.components(separatedBy: "\u{1E}"), first.components(separatedBy: "\u{1E}")) {
                    #expect(a.components(separatedBy: "\r\n").sorted() == b.components(separatedBy: "\r\n").sorted())
                }
            }
        }
    }

    @Test(arguments: TestBackend.available)
    func aSecondImportAddsNothingAndAnAgencysOwnCasesAreNotCopied(_ backend: TestBackend) async throws {
        try await backend.withDatabase { db in
            let (store, officer) = try await Self.demo(db)
            let file = try await Self.export(store, agencyID: officer.agencyID, identitiesFor: nil, csv: false)
            let lines = file.split(separator: "\n").count, before = try await Self.caseCount(store)

            // Into the same store for the partner agency: every case anew, under new registry ids.
            let first = try await Self.load(file, csv: false, into: store, agencyID: Self.partner)
            let afterFirst = try await Self.caseCount(store)
            #expect(first.loaded.cases == lines && afterFirst == before + lines)
            let iom = try await Self.export(store, agencyID: Self.partner, identitiesFor: nil, csv: false)
            #expect(iom.split(separator: "\n").sorted() == file.split(separator: "\n").sorted(), "the partner's keys come back")

            // The same file again, and the agency's own export coming back: skipped, counted, nothing written.
            let second = try await Self.load(file, csv: false, into: store, agencyID: Self.partner)
            let own = try await Self.load(file, csv: false, into: store, agencyID: officer.agencyID)
            #expect(second.loaded.cases == 0 && second.loaded.skipped == lines && second.rejects.isEmpty)
            #expect(own.loaded.cases == 0 && own.loaded.skipped == lines)
            #expect(try await Self.caseCount(store) == before + lines)
        }
    }

    @Test(arguments: TestBackend.available)
    func batchesSealedBeforeTheOneAheadIsWrittenAreNumberedWithoutGapsAndSkipWhatItLoaded(_ backend: TestBackend) async throws {
        try await backend.withDatabase { db in
            let (source, officer) = try await Self.demo(db)
            let file = try await Self.export(source, agencyID: officer.agencyID, identitiesFor: nil, csv: false)
            let cases = HTCDSImporter(agencyID: Self.partner).importJSONLines(file, file: "f.jsonl").cases
            try #require(cases.count >= 8)
            try await backend.withDatabase { db2 in
                let target = try await Self.store(db2)
                // Two batches sharing two cases, both sealed before either is written (as the
                // import's stages run). The second is written after the first has loaded the
                // two: it must find that in its transaction, and plan itself again there.
                let a = Array(cases[0..<5]), b = Array(cases[3..<8])
                let first = try await target.htcdsImports.prepare(a, agencyID: Self.partner, file: "f.jsonl", by: nil)
                let second = try await target.htcdsImports.prepare(b, agencyID: Self.partner, file: "f.jsonl", by: nil)
                let loadedA = try await target.htcdsImports.write(first)
                let loadedB = try await target.htcdsImports.write(second)
                #expect(loadedA.cases == 5 && loadedA.skipped == 0)
                #expect(loadedB.cases == 3 && loadedB.skipped == 2)

                // Every case and person numbered once, each year's and role's numbers without a gap.
                let numbers = try await db2.query("SELECT number FROM cases", []).map { try $0.text("number") }
                let codes = try await db2.query("SELECT code FROM case_persons", []).map { try $0.text("code") }
                #expect(numbers.count == 8 && Set(numbers).count == 8 && !numbers.contains(""))
                #expect(codes.count == loadedA.persons + loadedB.persons && Set(codes).count == codes.count && !codes.contains(""))
                for series in [numbers, codes] {
                    let byPrefix = Dictionary(grouping: series) { $0.split(separator: "-").dropLast().joined(separator: "-") }
                    for (prefix, members) in byPrefix {
                        let sequence = members.compactMap { $0.split(separator: "-").last.flatMap { Int($0) } }.sorted()
                        #expect(sequence == Array(1...members.count), "\(prefix): \(sequence)")
                    }
                }
                let listed = try await db2.query("SELECT number FROM case_agencies WHERE agency_id = ?", [.text(Self.partner)]).map { try $0.text("number") }
                #expect(Set(listed) == Set(numbers), "the case list's copy of the number is the case's")

                // And the eight come out as they went in.
                let again = try await Self.export(target, agencyID: Self.partner, identitiesFor: nil, csv: false)
                let wanted = Set(cases[0..<8].map(\.id))
                let sent = file.split(separator: "\n").filter { line in wanted.contains { line.contains("\"cas_Id\":\"\($0)\"") } }
                #expect(again.split(separator: "\n").sorted() == sent.sorted())
            }
        }
    }

    @Test(arguments: TestBackend.available)
    func severalBatchesToATransactionSeeEachOtherAndAFailedWriteCountsOnlyWhatCommitted(_ backend: TestBackend) async throws {
        try await backend.withDatabase { db in
            let (source, officer) = try await Self.demo(db)
            let file = try await Self.export(source, agencyID: officer.agencyID, identitiesFor: nil, csv: false)
            let lines = file.split(separator: "\n").map { String($0) + "\n" }
            try #require(lines.count >= 20)
            func run(_ lines: [String], into store: SimpulStore) async -> (HTCDSImportRun, ProgressLog, (any Error)?) {
                var run = HTCDSImportRun(store: store, agencyID: Self.partner, defaultProvinceCode: nil, actor: nil, batchSize: 4,
                                         batchesPerTransaction: 3)
                let told = ProgressLog()
                run.afterBatch = { await told.add($0.cases) }
                do {
                    try await run.addJSONLines(Array(lines.joined().utf8), file: "p.jsonl")
                    try await run.finishJSONLines()
                } catch {
                    await run.drain()
                    return (run, told, error)
                }
                return (run, told, nil)
            }
            try await backend.withDatabase { db2 in
                let target = try await Self.store(db2)
                // Four lines a batch, three batches a transaction. The third case comes again as
                // line 7, in the second batch: the first batch's cases, not yet committed, are
                // seen in the transaction, and it is skipped.
                let (done, told, error) = await run(Array(lines[0..<6]) + [lines[2]] + Array(lines[6..<20]), into: target)
                #expect(error == nil && done.loaded.cases == 20 && done.loaded.skipped == 1)
                #expect(try await Self.caseCount(target) == 20)
                // Told after each commit: 11 cases in the first 12 lines, then the other 9.
                let progress = await told.values
                #expect(progress == [11, 20])
            }
            try await backend.withDatabase { db2 in
                let target = try await Self.store(db2)
                // The store refuses the case of line 15, in the fourth batch: the transaction of
                // batches four and five rolls back; the first three batches stay, and are all that is counted.
                let refused = try #require(HTCDSImporter(agencyID: Self.partner).importJSONLines(lines[14], file: "p").cases.first).id
                try await Self.refuseCase(refused, in: db2)
                let (stopped, told, error) = await run(Array(lines[0..<20]), into: target)
                #expect(error != nil)
                let progress = await told.values
                #expect(stopped.loaded.cases == 12 && progress == [12])
                #expect(try await Self.caseCount(target) == 12)
                let persons = try await db2.query("SELECT COUNT(*) AS n FROM case_persons", []).first?.int("n")
                let rows = try await db2.query("SELECT COUNT(DISTINCT case_id) AS n FROM htcds_rows", []).first?.int("n")
                #expect(persons ?? 0 > 0 && rows == 12, "no row of the rolled-back batches stays")
            }
        }
    }

    /// Makes the store refuse to register the case whose partner id is `id`: a trigger, as a disk
    /// or a constraint could fail a write in the middle of an import.
    static func refuseCase(_ id: String, in db: any SQLDatabase) async throws {
        switch db.dialect {
        case .sqlite:
            _ = try await db.execute("""
                CREATE TRIGGER refuse_case BEFORE INSERT ON htcds_cases WHEN NEW.partner_id = '\(id)'
                BEGIN SELECT RAISE(ABORT, 'refused'); END
                """, [])
        case .postgres:
            _ = try await db.execute("""
                CREATE FUNCTION refuse_case() RETURNS trigger AS $$ BEGIN
                IF NEW.partner_id = '\(id)' THEN RAISE EXCEPTION 'refused'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql
                """, [])
            _ = try await db.execute("CREATE TRIGGER refuse_case BEFORE INSERT ON htcds_cases FOR EACH ROW EXECUTE FUNCTION refuse_case()", [])
        }
    }

    static let faulty = """
        {"cas_Id":"P-1","cas_Status":"Active","cas_IncomingReferralDate":"2025-03-01","persons":[{"prs_Id":"P-1-V","prs_Gender":"Feminine","vic_TraffickingStatus":"ActualVictimOfTrafficking","vic_AgeWhenTrafficked":16,"vic_TypeOfExploitation":["ForcedLabour"],"vic_MethodsOfControl":["DebtBondage","TakesEarnings"],"prs_Citizenship":["ID"],"prs_FirstName":"Siti Aminah"},{"prs_Id":"P-1-S","per_RoleInProcess":["RecruiterOrIntermediary"],"prs_Gender":"Masculine"}],"support":[{"spl_Id":"P-1-H","spl_PersonId":"P-1-V","spl_Type":"Health","spl_PlannedEndDate":"2025-03-10"}]}
        {"cas_Id":"P-2","cas_Status":"Pending","cas_IncomingReferralDate":"2025-04-01","persons":[{"prs_Id":"P-2-V","vic_TraffickingStatus":"PossibleVictimOfTrafficking"}]}
        {"cas_Id":"P-3","cas_Status":"Closed","cas_IncomingReferralDate":"2025-05-01","ext_ProvinceCode":"35","persons":[{"prs_Id":"P-3-V","vic_TraffickingStatus":"PossibleVictimOfTrafficking","vic_AgeWhenTrafficked":"twelve"},{"vic_TraffickingStatus":"PossibleVictimOfTrafficking"},{"prs_Id":"P-3-W","vic_TraffickingStatus":"PossibleVictimOfTrafficking","prs_Gender":"Feminine","prs_Birthdate":"1990-02-30","prs_FirstName":"Rina"}]}
        this is not json
        {"cas_Id":"P-4","cas_Status":"Active","cas_IncomingReferralDate":"2025-06-01","persons":[{"prs_Id":"P-4-V","vic_TraffickingStatus":"PossibleVictimOfTrafficking","prs_Gender":"Feminine"}]}

        """

    @Test(arguments: TestBackend.available)
    func aPartnersFaultyFileLoadsItsValidRowsAndNamesEveryOtherField(_ backend: TestBackend) async throws {
        try await backend.withDatabase { db in
            let store = try await Self.store(db)
            let reader = try await Self.officer(of: Self.partner, in: store)

            let run = try await Self.load(Self.faulty, csv: false, into: store, agencyID: Self.partner, province: "53")

            let rejects = Set(run.rejects.map { "\($0.line) \($0.field) \($0.value)" })
            #expect(rejects.isSuperset(of: ["2 cas_Status Pending", "3 persons[0].vic_AgeWhenTrafficked twelve", "3 persons[1].prs_Id ",
                                            "3 persons[2].prs_Birthdate 1990-02-30"]), "\(rejects)")
            #expect(run.rejects.contains { $0.line == 4 && $0.field == "*" } && run.rejects.allSatisfy { $0.file == "partner.jsonl" })
            #expect(run.loaded.cases == 3 && run.loaded.persons == 3 && run.loaded.support == 1, "P-1 with its two persons and service, P-3, P-4")

            // What the store now holds, as IOM's officer exports it with identities.
            let out = try await Self.export(store, agencyID: Self.partner, identitiesFor: reader, csv: false)
            let p1 = try #require(out.split(separator: "\n").first { $0.contains("\"cas_Id\":\"P-1\"") })
            #expect(p1.contains("\"ext_ProvinceCode\":\"53\"") && p1.contains("\"spl_PlannedEndDate\":\"2025-03-10\"")
                    && p1.contains("\"prs_FirstName\":\"Siti Aminah\"") && p1.contains("\"ext_SimpulMeans\":[\"debt_bondage\",\"other_coercion\"]"))
            #expect(!out.contains("P-2") && !out.contains("Rina"))
            let victims = try await store.openDataSources.victimRecords()
            #expect(victims.contains { $0.means == [.debtBondage, .otherCoercion] && $0.age == 16 }, "the file's means count in releases")
        }
    }
}

/// What an import's progress callback was told, in order.
actor ProgressLog {
    private(set) var values: [Int] = []
    func add(_ value: Int) { values.append(value) }
}
