import Cases
import Foundation
import Security
import Store

/// A store with something of everything a backup must carry: agencies, a user, cases with a
/// victim whose identity is sealed, and the audit entries all of that wrote.
enum StoreSample {
    static let cipher = try! FieldCipher(keyBytes: Array(repeating: 42, count: 32))
    static let today = Date(timeIntervalSince1970: 1_795_000_000)

    /// A migrated store on `db`, filled with `cases` cases.
    static func fill(_ db: any SQLDatabase, cases: Int = 3) async throws -> SimpulStore {
        try await Migrations.migrate(db)
        let store = SimpulStore(db: db, cipher: cipher)
        try await store.settings.setBlob("key_check", try cipher.makeKeyCheck())
        try await store.agencies.create(Agency(id: "ag-a", code: "POLDA-A", name: "Polda A", kind: .police, provinceCode: "53"))
        let officer = try await store.users.create(username: "a", displayName: "A", agencyID: "ag-a", role: .investigator,
                                                   email: nil, passwordHash: "x").viewer
        for n in 0..<cases {
            let draft = CaseDraft(provinceCode: "53", regency: "Kabupaten Kupang", openedOn: "2026-10-01",
                                  exploitationTypes: ["forced_labour"], summary: "case \(n)")
            let record = try await store.cases.register(try draft.validated(today: today), by: officer)
            let victim = PersonDraft(role: "victim", fullName: "Maria Goreti Seran \(n)", nik: "5303015508950123",
                                     birthDate: "1995-08-15", sex: "female")
            _ = try await store.cases.addPerson(try victim.validated(today: today), toCase: record.id, by: officer)
        }
        return store
    }

    /// The SQLite store `DIR/simpul.sqlite`, created and filled.
    static func sqliteStore(in dataDirectory: String, cases: Int = 3) async throws -> SQLiteDatabase {
        try FileManager.default.createDirectory(atPath: dataDirectory, withIntermediateDirectories: true)
        let db = try SQLiteDatabase.open(path: (dataDirectory as NSString).appendingPathComponent("simpul.sqlite"))
        _ = try await fill(db, cases: cases)
        return db
    }
}
