import Cases
import Foundation
import Hummingbird
import Networks
import Store

/// `/kasus/{id}/bukti`: call-detail records or a bank or e-wallet statement for a case, from a
/// CSV file; the good rows load, each bad one is reported with its line and reason.
struct EvidenceImportController {
    let store: SimpulStore

    func register(_ router: Router<SimpulContext>) {
        router.get(SiteRoute.evidenceImport(SiteRoute.idParameter).pattern) { _, ctx in
            try await page(ctx, id: try ctx.parameters.require("id"), form: nil, result: nil, errors: [])
        }
        router.post(SiteRoute.evidenceImport(SiteRoute.idParameter).pattern) { _, ctx in try await load(ctx) }
    }

    func page(_ ctx: SimpulContext, id: String, form: FormData?, result: EvidenceImported?, errors: [FieldError]) async throws -> Response {
        let s = try ctx.requireUser()
        let record = try await store.cases.record(id: id, viewer: s.viewer)
        let involved = Set(try await store.cases.involvedAgencies(caseID: id).map(\.id))
        guard AccessPolicy.mayAddPerson(s.viewer, involvedAgencies: involved) else { throw AccessDenied() }
        let html = EvidenceImportView.render(ctx.chrome(for: s, path: SiteRoute.evidenceImport(id).path), record: record, form: form,
                                             result: result, errors: errors)
        return Layout.response(html, status: errors.isEmpty ? .ok : .unprocessableContent)
    }

    func load(_ ctx: SimpulContext) async throws -> Response {
        let s = try ctx.requireUser()
        let id = try ctx.parameters.require("id")
        let form = ctx.form ?? FormData("")
        do {
            guard let kind = EvidenceKind(code: form["kind"] ?? "", provider: form.value("provider")) else {
                throw ValidationFailure([FieldError(field: "kind", id: "Jenis bukti '\(form["kind"] ?? "")' tidak dikenal atau dompetnya tidak dipilih.",
                                                    en: "Evidence kind '\(form["kind"] ?? "")' is unknown, or its e-wallet is not chosen.")])
            }
            guard let file = ctx.uploads.first(where: { $0.field == "file" }), !file.bytes.isEmpty else {
                throw ValidationFailure([FieldError(field: "file", id: "Pilih berkas CSV.", en: "Choose a CSV file.")])
            }
            let input: EvidenceCSV.Input
            do { input = try EvidenceCSV.parse(file.bytes, kind: kind.identifierKind) } catch {
                throw ValidationFailure([FieldError(field: "file", id: "\(file.filename): \(error.indonesian)", en: "\(file.filename): \(error)")])
            }
            let result = try await store.networks.importEvidence(input, kind: kind, toCase: id, by: s.viewer)
            return try await page(ctx, id: id, form: form, result: result, errors: [])
        } catch let failure as ValidationFailure {
            return try await page(ctx, id: id, form: form, result: nil, errors: failure.errors)
        }
    }
}
