import Cases
import Foundation
import OpenData

/// The release workflow (M027): an administrator builds a draft over the registry, previews its
/// receipt and files, approves it and publishes it. Drafts live in the store, so any server may
/// take the next step; each step is audited. The ledger and the versions taken are read again
/// inside the transaction that publishes, so a cap lowered or a version used meanwhile still refuses.
extension OpenDataRepository {
    /// Keeps a draft built over the registry; answers its id. Its noise was drawn when it was built
    /// and is never drawn again for it.
    public func keep(_ draft: ReleaseDraft, by admin: Viewer) async throws -> String {
        let id = UUID().uuidString.lowercased()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let spec = String(decoding: try encoder.encode(draft.spec), as: UTF8.self)
        let receipt = String(decoding: try encoder.encode(draft.receipt), as: UTF8.self)
        try await db.transaction { tx in
            try await tx.execute("""
                INSERT INTO open_data_drafts (id, version, dataset, spec, receipt, prepared_by, prepared_at) VALUES (?, ?, ?, ?, ?, ?, ?)
                """, [.text(id), .text(draft.spec.version), .text(draft.spec.dataset), .text(spec), .text(receipt),
                      .text(admin.userID), .text(Timestamp.now())])
            for (position, file) in draft.files.enumerated() {
                try await tx.execute("INSERT INTO open_data_draft_files (draft_id, position, name, contents) VALUES (?, ?, ?, ?)",
                                     [.text(id), .int(position), .text(file.name), .bytes(file.contents)])
            }
            try await audit.openData("draft_prepared", "draft=\(id) version=\(draft.spec.version) k=\(draft.spec.k) "
                                         + "epsilon=\(draft.receipt.cost.epsilon) suppressed=\(draft.receipt.records.recordsSuppressed)",
                                     by: admin, in: tx)
        }
        return id
    }

    /// Every draft, newest first, without its files.
    public func drafts() async throws -> [StoredReleaseDraft] {
        try await db.query("SELECT * FROM open_data_drafts ORDER BY prepared_at DESC, id", []).map { try Self.draft($0, files: []) }
    }

    /// One draft with its files, nil when there is no such draft.
    public func draft(_ id: String) async throws -> StoredReleaseDraft? { try await Self.draft(id, in: db) }

    static func draft(_ id: String, in db: any SQLExecutor) async throws -> StoredReleaseDraft? {
        guard let row = try await db.query("SELECT * FROM open_data_drafts WHERE id = ?", [.text(id)]).first else { return nil }
        let files = try await db.query("SELECT name, contents FROM open_data_draft_files WHERE draft_id = ? ORDER BY position", [.text(id)])
            .map { ReleaseFile(name: try $0.text("name"), contents: Data($0.blob("contents") ?? [])) }
        return try draft(row, files: files)
    }

    /// Approves a draft for publication, refusing one already approved or published, or one whose
    /// cost no longer fits under the cap.
    public func approve(draftID: String, on day: CalendarDate, by admin: Viewer) async throws {
        try await inTurn { tx in
            guard let draft = try await Self.draft(draftID, in: tx) else { throw StoreError.notFound("open data draft \(draftID)") }
            if draft.publishedAt != nil { throw OpenDataError.alreadyPublished(draft.contents.spec.version) }
            if draft.contents.approval != nil { throw OpenDataError.alreadyApproved(draft.contents.spec.version) }
            try await Self.ledger(draft.contents.spec.dataset, in: tx).check(draft.contents.receipt.cost)
            try await tx.execute("""
                UPDATE open_data_drafts SET approved_by = ?, approved_on = ?, approved_at = ? WHERE id = ? AND approved_by IS NULL
                """, [.text(admin.userID), .text(day.description), .text(Timestamp.now()), .text(draftID)])
            try await audit.openData("draft_approved", "draft=\(draftID) version=\(draft.contents.spec.version)", by: admin, in: tx)
        }
    }

    /// Publishes an approved draft with the store's signing key (made now if there is none): its
    /// files as they were previewed, the manifest and its signature. Written once, never changed.
    public func publish(draftID: String, by admin: Viewer) async throws -> SignedRelease {
        try await inTurn { tx in
            guard let draft = try await Self.draft(draftID, in: tx) else { throw StoreError.notFound("open data draft \(draftID)") }
            if draft.publishedAt != nil { throw OpenDataError.alreadyPublished(draft.contents.spec.version) }
            let signer = try await Self.signer(in: tx, cipher: cipher, audit: audit, by: admin)
            let release = try await Self.publish(draft.contents, signer: signer, by: admin, in: tx, audit: audit)
            try await tx.execute("UPDATE open_data_drafts SET published_by = ?, published_at = ? WHERE id = ?",
                                 [.text(admin.userID), .text(Timestamp.now()), .text(draftID)])
            return release
        }
    }

    private static func draft(_ r: SQLRow, files: [ReleaseFile]) throws -> StoredReleaseDraft {
        let decoder = JSONDecoder()
        guard let spec = try? decoder.decode(ReleaseSpec.self, from: Data(try r.text("spec").utf8)),
              let receipt = try? decoder.decode(PrivacyReceipt.self, from: Data(try r.text("receipt").utf8))
        else { throw StoreError.corrupt("open_data_drafts \(try r.text("id"))") }
        let approval = try r.optionalText("approved_by").map { by in
            guard let on = r.optionalText("approved_on").flatMap(CalendarDate.init(iso:)) else { throw StoreError.corrupt("open_data_drafts.approved_on") }
            return ReleaseDraft.Approval(administratorID: by, on: on)
        }
        return StoredReleaseDraft(id: try r.text("id"), contents: DraftContents(spec: spec, receipt: receipt, files: files, approval: approval),
                                  preparedBy: try r.text("prepared_by"), preparedAt: try r.text("prepared_at"),
                                  publishedBy: r.optionalText("published_by"), publishedAt: r.optionalText("published_at"))
    }
}

/// A draft as the store keeps it, with who prepared it and whether it has been published.
public struct StoredReleaseDraft: Sendable, Hashable {
    public let id: String
    /// Its files are empty in a list of drafts.
    public let contents: DraftContents
    public let preparedBy: String
    public let preparedAt: String
    public let publishedBy: String?
    public let publishedAt: String?

    /// Where the draft stands: built, approved, or published.
    public enum Stage: Sendable, Hashable { case built, approved, published }

    public var stage: Stage { publishedAt != nil ? .published : contents.approval != nil ? .approved : .built }
}
