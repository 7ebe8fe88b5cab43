import Cases
import Foundation
import Hummingbird
import Store

/// `/admin/audit`: the audit log with filters, a page at a time, and the check of its hash chain.
struct AuditLogController {
    let store: SimpulStore

    static let pageSize = 100

    func register(_ router: Router<SimpulContext>) {
        router.get(SiteRoute.adminAudit().pattern) { req, ctx in try await page(req, ctx, verified: nil) }
        router.post(SiteRoute.adminAuditVerify.pattern) { req, ctx in
            let s = try ctx.requireAdministrator()
            let report = try await store.audit.verify()
            try await store.audit.record(AuditEvent(actorUserID: s.user.id, actorAgencyID: s.user.agencyID, action: "audit.verified",
                                                    detail: "checked \(report.checked), problems \(report.problems.count)"))
            return try await page(req, ctx, verified: report)
        }
    }

    func page(_ req: Request, _ ctx: SimpulContext, verified: AuditReport?) async throws -> Response {
        let s = try ctx.requireAdministrator()
        let q = req.uri.queryParameters
        var errors: [FieldError] = []
        var filter = AuditFilter()
        func text(_ name: String) -> String? {
            q.get(name).map { $0.trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : String($0.prefix(100)) }
        }
        if let username = text("pengguna") {
            if let user = try await store.users.find(username: username) { filter.actorUserID = user.id }
            else { errors.append(FieldError(field: "pengguna", id: "Tidak ada pengguna \"\(username)\".", en: "No user \"\(username)\".")) }
        }
        filter.actionPrefix = text("tindakan")
        filter.caseID = text("kasus")
        for (name, keyPath) in [("dari", \AuditFilter.fromDay), ("sampai", \AuditFilter.toDay)] {
            guard let day = text(name) else { continue }
            if CalendarDate(iso: day) == nil {
                errors.append(FieldError(field: name, id: "\"\(day.prefix(20))\" bukan tanggal (TTTT-BB-HH)", en: "\"\(day.prefix(20))\" is not a date (YYYY-MM-DD)"))
            } else {
                filter[keyPath: keyPath] = day
            }
        }
        if let before = text("sebelum") { filter.beforeSeq = Int64(before) }
        let entries = errors.isEmpty ? try await store.audit.search(filter, limit: Self.pageSize) : []
        var query: [String: String] = [:]
        for name in ["pengguna", "tindakan", "kasus", "dari", "sampai"] { if let v = text(name) { query[name] = v } }
        let next = entries.count == Self.pageSize ? entries.last.map { query.merging(["sebelum": String($0.seq)]) { $1 } } : nil
        let users = Dictionary(try await store.users.all().map { ($0.id, $0.username) }, uniquingKeysWith: { a, _ in a })
        let html = AuditLogView.render(ctx.chrome(for: s, path: SiteRoute.adminAudit().path), entries: entries, users: users,
                                       query: query, next: next, errors: errors, verified: verified)
        return Layout.response(html, status: errors.isEmpty ? .ok : .unprocessableContent)
    }
}
