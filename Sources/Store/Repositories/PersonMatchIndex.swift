import Cases
import Foundation
import Linkage
import Security

/// What the store keeps so that a new person can be matched against every stored one without
/// a plaintext index: per person, keyed digests of its blocking keys; per value (name token,
/// whole name, birth date, phone), a count of the persons holding it; and the model.
public struct PersonMatchIndex: Sendable {
    let db: any SQLDatabase
    let cipher: FieldCipher
    /// Where every change made here is recorded, in the same transaction.
    let audit: AuditLog

    static let keyPurpose = "simpul person match keys v1"
    static let populationTerm = "population"
    static let modelSetting = "person_match_model"
    /// Below this many persons the store ranks with `LinkageModel.starting`: EM needs pairs.
    public static let minimumTrainingPopulation = 2_000
    static let trainingSample = 50_000

    var digest: KeyedDigest { KeyedDigest(cipher: cipher, purpose: Self.keyPurpose) }

    /// A person's identity as the linkage library reads it.
    public static func record(id: String, identity: PersonIdentity, sex: CasePerson.Sex?) -> PersonRecord {
        PersonRecord(recordID: id, fullName: identity.fullName, nik: identity.nik ?? "", dob: identity.birthDate ?? "",
                     sex: sex == .female ? "P" : (sex == .male ? "L" : ""), pob: identity.birthPlace ?? "", phone: identity.phone ?? "")
    }

    /// Key and term rows of some persons, ready to write.
    struct Rows: Sendable {
        struct Key: Sendable { let digest: Int64; let personID: String }
        var keys: [Key] = []
        var terms: [Int64: Int] = [:]

        mutating func add(_ record: PersonRecord, matcher: PersonMatcher, digest: KeyedDigest) {
            let (keyTexts, termTexts) = matcher.indexTexts(record)
            let digests = digest.int64s(keyTexts + termTexts + [PersonMatchIndex.populationTerm])
            for d in digests.prefix(keyTexts.count) { keys.append(Key(digest: d, personID: record.recordID)) }
            for d in digests.dropFirst(keyTexts.count) { terms[d, default: 0] += 1 }
        }

        var isEmpty: Bool { keys.isEmpty && terms.isEmpty }

        mutating func merge(_ other: Rows) {
            keys += other.keys
            terms.merge(other.terms, uniquingKeysWith: +)
        }

        /// Rows per INSERT statement: one statement per row was a third of a bulk load's writing.
        static let rowsPerStatement = 256

        func write(in tx: any SQLExecutor) async throws {
            // In key order: the index is then written page after page, not at random.
            let sorted = keys.sorted { ($0.digest, $0.personID) < ($1.digest, $1.personID) }
            let full = sorted.count / Self.rowsPerStatement * Self.rowsPerStatement
            func insert(_ n: Int) -> String {
                "INSERT INTO person_match_keys (match_key, person_id) VALUES "
                    + Array(repeating: "(?, ?)", count: n).joined(separator: ", ") + " ON CONFLICT DO NOTHING"
            }
            func binds(_ part: ArraySlice<Key>) -> [SQLValue] { part.flatMap { [SQLValue.int($0.digest), .text($0.personID)] } }
            if full > 0 {
                try await tx.executeBatch(insert(Self.rowsPerStatement), stride(from: 0, to: full, by: Self.rowsPerStatement).map {
                    binds(sorted[$0..<($0 + Self.rowsPerStatement)])
                })
            }
            if full < sorted.count { try await tx.executeBatch(insert(sorted.count - full), [binds(sorted[full...])]) }
            guard !terms.isEmpty else { return }
            try await tx.executeBatch("""
                INSERT INTO person_match_terms (term, n) VALUES (?, ?)
                ON CONFLICT (term) DO UPDATE SET n = person_match_terms.n + excluded.n
                """, terms.sorted { $0.key < $1.key }.map { [.int($0.key), .int($0.value)] })
        }
    }

    /// The rows for persons being added (inside the caller's transaction).
    func rows(for persons: [(id: String, identity: PersonIdentity, sex: CasePerson.Sex?)]) -> Rows {
        // Keys and terms depend on the record alone, not on the model.
        let matcher = PersonMatcher(model: .initial)
        let digest = self.digest
        // Parsing names and hashing keys is most of a bulk load's work: one part per core.
        let parts = parallelChunks(persons.count, minimumChunk: 500) { range -> Rows in
            var rows = Rows()
            for p in persons[range] { rows.add(Self.record(id: p.id, identity: p.identity, sex: p.sex), matcher: matcher, digest: digest) }
            return rows
        }
        var all = Rows()
        for r in parts { all.merge(r) }
        return all
    }

    /// How many persons the index holds.
    public func population() async throws -> Int {
        try await db.query("SELECT n FROM person_match_terms WHERE term = ?", [.int(digest.int64(Self.populationTerm))]).first?.optionalInt("n") ?? 0
    }

    /// A model estimated from the store's persons, with the population it was estimated on.
    struct StoredModel: Codable {
        /// The persons the model was estimated on (the prior is scaled from this number).
        var population: Int
        /// The persons in the store at the time (for deciding when to estimate again).
        var storePopulation: Int?
        var model: LinkageModel
        var trainedAt: String
    }

    func storedModel() async throws -> StoredModel? {
        guard let blob = try await SettingsRepository(db: db).blob(Self.modelSetting) else { return nil }
        return try? JSONDecoder().decode(StoredModel.self, from: Data(blob))
    }

    /// The model to rank with for the current population, and whether it was estimated from
    /// the store (false: the starting model).
    func model(population: Int) async throws -> (model: LinkageModel, estimated: Bool) {
        guard let stored = try await storedModel() else { return (.starting(population: population), false) }
        return (stored.model.scaled(from: stored.population, to: population), true)
    }

    /// Estimates the model from all stored persons when there are enough of them and none was
    /// estimated yet, or the population has grown by half since. Opens every identity to do so
    /// (in the server, never shown), which the audit log records. Answers whether it trained.
    @discardableResult
    public func refreshModel(force: Bool = false) async throws -> Bool {
        let population = try await population()
        guard population >= Self.minimumTrainingPopulation else { return false }
        if !force, let stored = try await storedModel(),
           Double(population) < Double(stored.storePopulation ?? stored.population) * 1.5 { return false }
        // EM needs tens of thousands of records, not millions: beyond that a sample spread over
        // the whole store estimates the same model (the prior is then scaled to the population).
        let every = max(1, population / Self.trainingSample)
        var records: [PersonRecord] = []
        records.reserveCapacity(min(population, Self.trainingSample + 1))
        var seen = 0
        var after = ""
        while true {
            let rows = try await db.query("SELECT id, sex, identity FROM case_persons WHERE id > ? ORDER BY id LIMIT 5000", [.text(after)])
            guard let last = rows.last else { break }
            for r in rows {
                seen += 1
                guard seen % every == 0 else { continue }
                let id = try r.text("id")
                guard let sealed = r.blob("identity") else { continue }
                let identity = try cipher.open(json: PersonIdentity.self, sealed, context: "person:\(id)")
                records.append(Self.record(id: id, identity: identity, sex: r.optionalText("sex").flatMap(CasePerson.Sex.init(rawValue:))))
            }
            after = try last.text("id")
        }
        let model = PersonMatcher.estimateModel(records)
        let stored = StoredModel(population: records.count, storePopulation: population, model: model, trainedAt: Timestamp.now())
        // `population` in the stored model is the sample's size: `model(population:)` scales the
        // prior from there to the store's.
        try await SettingsRepository(db: db).setBlob(Self.modelSetting, [UInt8](try JSONEncoder().encode(stored)))
        try await audit.record(AuditEvent(actorUserID: nil, actorAgencyID: nil, action: "person.match.train",
                                          detail: "model estimated from \(records.count) of \(population) persons"))
        return true
    }
}
