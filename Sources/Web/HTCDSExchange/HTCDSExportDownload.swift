import Cases
import Hummingbird
import OpenData
import Store

/// The files an agency's cases download as: one JSON Lines file, or one of the three CSV files.
enum HTCDSExportFile: String, CaseIterable, Sendable {
    case jsonl, cases, persons, support

    var fileName: String { self == .jsonl ? "htcds.jsonl" : "\(rawValue).csv" }
    var contentType: String { self == .jsonl ? "application/jsonl; charset=utf-8" : "text/csv; charset=utf-8" }
    /// The CSV section, nil for JSON Lines.
    var section: HTCDSSection? { HTCDSSection(rawValue: rawValue) }
    /// Only persons carry identities; the other CSV files never read one.
    var carriesIdentities: Bool { self == .jsonl || self == .persons }

    var label: (id: String, en: String) {
        switch self {
        case .jsonl: return ("JSON Lines: satu berkas, kasus dengan orang dan layanannya", "JSON Lines: one file, cases with their persons and support")
        case .cases: return ("CSV: kasus (cases.csv)", "CSV: cases (cases.csv)")
        case .persons: return ("CSV: korban dan tersangka (persons.csv)", "CSV: victims and suspects (persons.csv)")
        case .support: return ("CSV: layanan (support.csv)", "CSV: support (support.csv)")
        }
    }
}

/// `GET /kasus/htcds/unduh?berkas=…[&identitas=1]`: the cases the viewer's agency works, streamed
/// a page at a time. Identities are written only when asked and only for a role that may see
/// them; each one read is audited by the store as every identity reading is.
struct HTCDSExportDownload {
    let store: SimpulStore
    static let pageSize = 500

    func response(_ req: Request, _ ctx: SimpulContext) async throws -> Response {
        let s = try ctx.requireUser()
        guard s.viewer.role.mayReadCases else { throw AccessDenied() }
        let query = req.uri.queryParameters
        let allowed = HTCDSExportFile.allCases.map(\.rawValue).joined(separator: ", ")
        guard let file = query["berkas"].flatMap({ HTCDSExportFile(rawValue: String($0)) }) else {
            return ErrorPage.response(.badRequest, ctx.lang("Kolom berkas harus salah satu dari: \(allowed).",
                                                         "The field berkas must be one of: \(allowed)."), lang: ctx.lang)
        }
        let asked = query["identitas"].map(String.init)
        guard asked == nil || asked == "1" else {
            return ErrorPage.response(.badRequest, ctx.lang("Kolom identitas hanya boleh 1 atau tidak diisi.",
                                                         "The field identitas may only be 1 or left out."), lang: ctx.lang)
        }
        // Asked by a role that may not see identities: the file is written without them, as the page says.
        let identities = asked == "1" && s.viewer.role.mayNeedIdentities
        try await store.audit.record(AuditEvent(actorUserID: s.viewer.userID, actorAgencyID: s.viewer.agencyID, action: "htcds.export",
                                                detail: "\(file.fileName)\(identities ? ", identities" : "")"))
        let exporter = HTCDSExporter(identities: identities ? .included(for: s.viewer) : .withheld)
        let reader = identities && file.carriesIdentities ? s.viewer : nil
        let store = self.store, viewer = s.viewer
        let body = ResponseBody { writer in
            if let section = file.section { try await writer.write(ByteBuffer(string: exporter.csvHeader(section))) }
            var after: String?
            while case let page = try await store.openDataSources.exchangePage(after: after, limit: Self.pageSize, agencyID: viewer.agencyID,
                                                                              identitiesFor: reader), !page.cases.isEmpty {
                var bytes: [UInt8] = []
                for c in page.cases {
                    if let section = file.section { exporter.writeCSVLines(c, section: section, into: &bytes) } else { exporter.writeJSONLine(c, into: &bytes) }
                }
                try await writer.write(ByteBuffer(bytes: bytes))
                after = page.next
            }
            try await writer.finish(nil)
        }
        return Response(status: .ok, headers: [.contentType: file.contentType, .contentDisposition: "attachment; filename=\"\(file.fileName)\"",
                                               .cacheControl: "no-store"], body: body)
    }
}
