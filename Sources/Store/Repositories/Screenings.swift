import Cases
import Foundation

/// A legal screening as a case keeps it: the facts and the answer as JSON, with the verdicts
/// pulled out for listing. The store does not read the law; it keeps what the engine said.
public struct StoredScreening: Sendable, Hashable {
    public let id: String
    public let caseID: String
    public let factsJSON: String
    public let resultJSON: String
    public let asOf: String
    public let palermoVerdict: String
    public let nationalVerdict: String
    public let articles: [String]
    public let createdBy: String?
    public let createdAt: String

    public init(id: String, caseID: String, factsJSON: String, resultJSON: String, asOf: String, palermoVerdict: String,
                nationalVerdict: String, articles: [String], createdBy: String?, createdAt: String) {
        self.id = id
        self.caseID = caseID
        self.factsJSON = factsJSON
        self.resultJSON = resultJSON
        self.asOf = asOf
        self.palermoVerdict = palermoVerdict
        self.nationalVerdict = nationalVerdict
        self.articles = articles
        self.createdBy = createdBy
        self.createdAt = createdAt
    }
}

public struct ScreeningRepository: Sendable {
    let db: any SQLDatabase
    let cases: CaseRepository

    /// Keeps a screening with its case; only those who may see the case may add to it.
    public func save(_ s: StoredScreening, by viewer: Viewer) async throws {
        let involved = Set(try await cases.involvedAgencies(caseID: s.caseID).map(\.id))
        guard !involved.isEmpty, AccessPolicy.maySeeCase(viewer, involvedAgencies: involved) else {
            throw StoreError.notFound("case \(s.caseID)")
        }
        try await db.transaction { tx in
            try await tx.execute("""
                INSERT INTO case_screenings (id, case_id, facts, result, as_of, palermo_verdict, national_verdict, articles, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, [.text(s.id), .text(s.caseID), .text(s.factsJSON), .text(s.resultJSON), .text(s.asOf), .text(s.palermoVerdict),
                      .text(s.nationalVerdict), .text(s.articles.joined(separator: "\n")), .optional(s.createdBy), .text(s.createdAt)])
            try await cases.audit.append(AuditEvent(actorUserID: viewer.userID, actorAgencyID: viewer.agencyID, action: "case.screening",
                                                    caseID: s.caseID, detail: "\(s.palermoVerdict)/\(s.nationalVerdict)"), in: tx)
        }
    }

    /// A case's screenings, newest first (the caller has checked the viewer may see the case).
    public func list(caseID: String) async throws -> [StoredScreening] {
        try await db.query("SELECT * FROM case_screenings WHERE case_id = ? ORDER BY created_at DESC", [.text(caseID)]).map(Self.screening)
    }

    public func find(id: String) async throws -> StoredScreening? {
        try await db.query("SELECT * FROM case_screenings WHERE id = ?", [.text(id)]).first.map(Self.screening)
    }

    static func screening(_ r: SQLRow) throws -> StoredScreening {
        StoredScreening(id: try r.text("id"), caseID: try r.text("case_id"), factsJSON: try r.text("facts"), resultJSON: try r.text("result"),
                        asOf: try r.text("as_of"), palermoVerdict: try r.text("palermo_verdict"),
                        nationalVerdict: try r.text("national_verdict"),
                        articles: try r.text("articles").split(separator: "\n").map(String.init),
                        createdBy: r.optionalText("created_by"), createdAt: try r.text("created_at"))
    }
}
