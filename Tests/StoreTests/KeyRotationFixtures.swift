import Cases
import Coordination
import Foundation
import Reporting
import Security
import Testing
@testable import Store

/// A store with a value in every sealed column, and a way to read them all back.
extension Fixture {
    /// The fixture's key as key 0 and a new key 1, which does not seal yet.
    static func keyringWithNewKey() throws -> Keyring {
        var keyring = key.keyring
        _ = keyring.addKey(Array(repeating: 43, count: 32))
        return keyring
    }

    /// Writes one or more values into every sealed column, `n` decides how many persons and reports.
    func fillEverySealedColumn(_ n: Int = 3) async throws {
        let caseA = try await registerCase()
        let caseB = try await registerCase(by: outsider)
        for i in 0..<n { _ = try await addVictim(caseA.id, name: "Korban Nomor \(i)") }
        try await store.openData.makeSigningKey(by: admin)
        let a = try await addVictim(caseA.id, name: "Siti Aminah")
        let draft = PersonDraft(role: "victim", fullName: "Siti Aminah", nik: "5303015508950123", birthDate: "1995-08-15", sex: "female")
        let b = try await store.cases.addPerson(try draft.validated(today: Self.today), toCase: caseB.id, by: outsider)
        _ = try await store.personMatches.decide(personID: b.id, candidateID: a.id, action: .confirm, expectedVersion: 0,
                                                 note: "NIK sama, KK sama", by: outsider)
        try await store.users.setSecondFactor(userID: investigator.userID, totp: TOTP(secret: Array("12345678901234567890".utf8)), acceptedStep: 1)
        for i in 0..<n {
            _ = try await store.reportIntake.submit(Self.report(i))
            try await store.reports.addReporterMessage(reportID: "r-\(i)", body: "pesan \(i)",
                                                       attachments: [.init(id: "att-m-\(i)", kind: .pdf, bytes: Array("%PDF-1.4 m\(i)".utf8))])
        }
        let today = CalendarDate(Date())
        let task = try CoordinationTask.create(id: UUID().uuidString.lowercased(), caseID: caseA.id, title: "Periksa rumah di Jl. Melati 7",
                                               by: "ag-a", on: today, assignee: TaskAssignee(agencyID: "ag-a"), dueOn: today.addingDays(3),
                                               supervisor: TaskAssignee(agencyID: "ag-a"))
        try await store.coordination.insert(task, by: investigator)
        // An entity in each case whose names share words, and a decision on them with a note.
        let recruiter = { (name: String) in try EntityDraft(type: "person", value: name, role: "recruiter").validated(today: Self.today) }
        _ = try await store.networks.add(try recruiter("Yohanes Bria"), toCase: caseA.id, by: investigator)
        let mine = try await store.networks.add(try recruiter("Yohanes Bria Seran"), toCase: caseB.id, by: outsider).mentions[0]
        let other = try #require(try await store.networks.entities(caseID: caseB.id, viewer: outsider).suggestions.first).otherID
        _ = try await store.networks.decideName(mentionID: mine.id, otherID: other, action: .confirm, expectedVersion: 0,
                                                note: "sama, dikonfirmasi", by: outsider)
    }

    static func report(_ i: Int) -> ReportSubmission {
        var answers = ReportAnswers()
        answers.situations = [.forcedWork]
        answers.narrative = "laporan \(i)"
        return ReportSubmission(id: "r-\(i)", receiptHash: "hash-\(i)", receiptKDF: "test", channel: .web, filedByUserID: nil,
                                filedByAgencyID: nil, answers: answers, route: .init(agencyID: "ag-a", ruleID: nil, alertAgencyIDs: []),
                                attachments: [.init(id: "att-\(i)", kind: .pdf, bytes: Array("%PDF-1.4 \(i)".utf8))])
    }

    /// Every sealed value, opened: column → context → (plaintext, key id).
    func sealedValues() async throws -> [String: [String: (plaintext: Data, keyID: UInt32)]] {
        var all: [String: [String: (plaintext: Data, keyID: UInt32)]] = [:]
        for column in SealedColumn.all {
            let rows = try await store.db.query("SELECT * FROM \(column.table) WHERE \(column.column) IS NOT NULL", [])
            for row in rows {
                let context = try column.context(row)
                guard let box = try column.box(row[column.column], context: context) else { continue }
                all[column.name, default: [:]][context] = try store.cipher.openNamingKey(box, context: context)
            }
        }
        return all
    }
}
