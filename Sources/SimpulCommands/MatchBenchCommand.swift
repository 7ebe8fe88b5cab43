import ArgumentParser
import Cases
import Foundation
import Linkage
import Store

/// `simpul match-bench`: how long the online person match takes against a store holding many
/// persons. Fills an empty store from a linkage CSV (holding some records out), estimates the
/// model, then looks each held-out record up through the store as a registration does: keyed
/// blocking keys, candidate identities opened, ranked.
struct MatchBenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "match-bench",
        abstract: "Time online person matching against a store filled from a linkage CSV (benchmark).",
        discussion: """
            On an empty store, loads every record of --input except the held-out ones as persons (three per case, in cases \
            of one benchmark agency), estimates the matching model, then times one lookup per held-out record. Writes \
            record_id,candidate_id,probability to --output for scoring against the generator's ground truth.
            """)

    @OptionGroup var store: StoreOptions
    @Option(help: "Linkage CSV (record_id,source,full_name,nik,dob,sex,pob,phone).") var input: String
    @Option(help: "Records held out and looked up.") var heldOut: Int = 1000
    @Option(help: "Where to write the candidates found (CSV).") var output: String?

    func validate() throws {
        guard heldOut > 0 else { throw ValidationError("--held-out must be positive") }
    }

    func run() async throws {
        let data = try LinkageCSV.read(contentsOf: URL(fileURLWithPath: input))
        let step = max(1, data.records.count / heldOut)
        var held: [PersonRecord] = [], rest: [PersonRecord] = []
        for (i, r) in data.records.enumerated() {
            if i % step == step / 2 && held.count < heldOut { held.append(r) } else { rest.append(r) }
        }
        let opened = try await store.open(logger: makeLogger())
        if try await opened.personMatchIndex.population() == 0 {
            let end = try await load(rest, into: opened)
            print(String(format: "matching keys written in %.1f s; model estimated from %d persons in %.1f s (beside the keys)",
                         end.keysWritten, rest.count, end.modelEstimated ?? 0))
        }
        let population = try await opened.personMatchIndex.population()
        var times: [Double] = [], compared = 0
        var out = "record_id,candidate_id,probability\n"
        // A few lookups first so that caches are warm, as on a running server.
        for r in held.prefix(20) { _ = try await opened.personMatches.candidates(for: r) }
        for r in held {
            let t0 = DispatchTime.now().uptimeNanoseconds
            let (ranked, n) = try await opened.personMatches.candidates(for: r)
            times.append(Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e6)
            compared += n
            for c in ranked { out += "\(r.recordID),\(c.recordID),\(String(format: "%.4f", c.probability))\n" }
        }
        if let output {
            try out.write(toFile: output, atomically: true, encoding: .utf8)
            try (held.map(\.recordID).joined(separator: "\n") + "\n").write(toFile: output + ".held", atomically: true, encoding: .utf8)
        }
        times.sort()
        func pct(_ p: Double) -> Double { times[min(times.count - 1, Int(Double(times.count) * p))] }
        print(String(format: "online lookups: %d against %d stored persons; p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms; %.0f persons opened per lookup",
                     times.count, population, pct(0.5), pct(0.9), pct(0.99), times.last ?? 0, Double(compared) / Double(max(times.count, 1))))
        try await opened.db.close()
    }

    func load(_ records: [PersonRecord], into store: SimpulStore) async throws -> BulkLoader.End {
        let agency = "ag-bench"
        if try await store.agencies.all().first(where: { $0.id == agency }) == nil {
            try await store.agencies.create(Agency(id: agency, code: "BENCH", name: "Benchmark", kind: .taskForce, provinceCode: nil))
        }
        let now = Timestamp.now(), started = Date()
        var loader = BulkLoader(store: store, note: "match benchmark")
        var batch: [BulkCase] = []
        var caseNumber = 0
        for start in stride(from: 0, to: records.count, by: 3) {
            caseNumber += 1
            let id = "bench-\(caseNumber)"
            let record = CaseRecord(id: id, number: "BENCH-\(caseNumber)", provinceCode: "31", regency: "Kota Jakarta Pusat",
                                    openedOn: "2026-01-01", incidentDate: nil, exploitationTypes: [.forcedLabour], status: .reported,
                                    summary: "", createdAt: now, updatedAt: now)
            let persons = records[start..<min(start + 3, records.count)].enumerated().map { i, r in
                let sex: CasePerson.Sex? = FieldNormalizer.sex(r.sex).map { $0 == .female ? .female : .male }
                return (person: CasePerson(id: r.recordID, caseID: id, role: .victim, code: "B-\(caseNumber)-\(i)", sex: sex, ageAtReport: nil,
                                           citizenship: nil, warnings: [], createdAt: now),
                        identity: PersonIdentity(fullName: r.fullName, nik: r.nik.isEmpty ? nil : r.nik,
                                                 birthDate: r.dob.isEmpty ? nil : r.dob, birthPlace: r.pob.isEmpty ? nil : r.pob,
                                                 phone: r.phone.isEmpty ? nil : r.phone))
            }
            batch.append(BulkCase(record: record, agencyIDs: [agency], persons: persons))
            if batch.count == 3000 || start + 3 >= records.count {
                try await loader.add(batch)
                batch.removeAll(keepingCapacity: true)
                print("loaded \(min(start + 3, records.count))/\(records.count) persons (\(Int(Date().timeIntervalSince(started)))s)")
            }
        }
        return try await loader.finish(forceModel: true)
    }
}
