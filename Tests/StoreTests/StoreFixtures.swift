import Cases
import Foundation
import Security
@testable import Store

/// A migrated store on a fresh database of `backend`, with two agencies and a user in each.
struct Fixture {
    let store: SimpulStore
    let investigator: Viewer
    let outsider: Viewer
    let admin: Viewer

    static let key = try! FieldCipher(keyBytes: Array(repeating: 42, count: 32))

    static func with(_ backend: TestBackend, cipher: FieldCipher = key, _ body: (Fixture) async throws -> Void) async throws {
        try await backend.withDatabase { db in
            try await Migrations.migrate(db)
            let store = SimpulStore(db: db, cipher: cipher)
            for (id, code, kind) in [("ag-a", "POLDA-A", Agency.Kind.police), ("ag-b", "POLDA-B", .police), ("ag-gt", "GT", .taskForce)] {
                try await store.agencies.create(Agency(id: id, code: code, name: code, kind: kind, provinceCode: nil))
            }
            let a = try await store.users.create(username: "a", displayName: "A", agencyID: "ag-a", role: .investigator, email: nil, passwordHash: "x")
            let b = try await store.users.create(username: "b", displayName: "B", agencyID: "ag-b", role: .investigator, email: nil, passwordHash: "x")
            let g = try await store.users.create(username: "g", displayName: "G", agencyID: "ag-gt", role: .administrator, email: nil, passwordHash: "x")
            try await body(Fixture(store: store, investigator: a.viewer, outsider: b.viewer, admin: g.viewer))
        }
    }

    static let today = Date(timeIntervalSince1970: 1_795_000_000)

    func registerCase(by viewer: Viewer? = nil, province: String = "53", regency: String = "Kabupaten Kupang",
                      openedOn: String = "2026-10-01") async throws -> CaseRecord {
        let draft = CaseDraft(provinceCode: province, regency: regency, openedOn: openedOn, exploitationTypes: ["forced_labour"], summary: "s")
        return try await store.cases.register(try draft.validated(today: Self.today), by: viewer ?? investigator)
    }

    func addVictim(_ caseID: String, name: String = "Maria Goreti Seran") async throws -> CasePerson {
        let draft = PersonDraft(role: "victim", fullName: name, nik: "5303015508950123", birthDate: "1995-08-15", sex: "female")
        return try await store.cases.addPerson(try draft.validated(today: Self.today), toCase: caseID, by: investigator)
    }
}
