import Cases
import Foundation
import Hummingbird
import Reporting
import Store

/// The administrator's table of where reports go, who is alerted when someone is in danger,
/// and how long closed reports are kept.
struct ReportSettingsController {
    let store: SimpulStore

    func register(_ router: Router<SimpulContext>) {
        router.get(SiteRoute.reportSettings.pattern) { req, ctx in try await page(ctx, errors: []) }
        router.post(SiteRoute.reportRule.pattern) { req, ctx in
            let s = try Self.admin(ctx)
            let form = ctx.form ?? FormData("")
            var errors: [FieldError] = []
            let target = form.value("target").flatMap(RoutingTarget.init(code:))
            if target == nil { errors.append(FieldError(field: "target", id: "Pilih tujuan", en: "Choose where it goes")) }
            let position = Int(form.value("position") ?? "")
            if position == nil { errors.append(FieldError(field: "position", id: "Urutan harus berupa angka", en: "Order must be a number")) }
            func tri(_ name: String) -> Bool? { form.value(name).map { $0 == "yes" } }
            let exploitation = form.value("exploitation").flatMap(ExploitationType.init(rawValue:))
            if form.value("exploitation") != nil && exploitation == nil {
                errors.append(FieldError(field: "exploitation", id: "Jenis eksploitasi tidak dikenal", en: "Unknown exploitation type"))
            }
            let province = form.value("province")
            if let p = province, Province.named(code: p) == nil {
                errors.append(FieldError(field: "province", id: "Provinsi tidak dikenal", en: "Unknown province"))
            }
            guard errors.isEmpty, let target, let position else { return try await page(ctx, errors: errors) }
            let rule = RoutingRule(id: form.value("id") ?? "rule-" + UUID().uuidString.prefix(8).lowercased(), position: position,
                                   exploitation: exploitation, provinceCode: province, child: tri("child"), abroad: tri("abroad"), target: target)
            try await store.reports.saveRule(rule, by: s.viewer)
            return Response.redirect(to: SiteRoute.reportSettings.path, type: .normal)
        }
        router.post(SiteRoute.reportRuleDelete(SiteRoute.idParameter).pattern) { req, ctx in
            let s = try Self.admin(ctx)
            try await store.reports.deleteRule(id: try ctx.parameters.require("id"), by: s.viewer)
            return Response.redirect(to: SiteRoute.reportSettings.path, type: .normal)
        }
        router.post(SiteRoute.reportDuty.pattern) { req, ctx in
            let s = try Self.admin(ctx)
            let known = Set(try await store.agencies.all().map(\.id))
            let chosen = (ctx.form ?? FormData("")).all("duty").filter(known.contains)
            try await store.reports.setDutyAgencies(chosen, by: s.viewer)
            return Response.redirect(to: SiteRoute.reportSettings.path, type: .normal)
        }
        router.post(SiteRoute.reportRetention.pattern) { req, ctx in
            let s = try Self.admin(ctx)
            let form = ctx.form ?? FormData("")
            var errors: [FieldError] = []
            for reason in ClosureReason.allCases {
                guard let raw = form.value("days.\(reason.rawValue)") else { continue }
                guard let days = Int(raw), RetentionPolicy.range.contains(days) else {
                    errors.append(FieldError(field: "days.\(reason.rawValue)", id: "\(reason.label.id): isi 1–3650 hari, bukan \"\(raw.prefix(12))\"",
                                             en: "\(reason.label.en): enter 1–3650 days, not \"\(raw.prefix(12))\""))
                    continue
                }
                try await store.reports.setRetention(reason, days: days, by: s.viewer)
            }
            if !errors.isEmpty { return try await page(ctx, errors: errors) }
            return Response.redirect(to: SiteRoute.reportSettings.path, type: .normal)
        }
    }

    func page(_ ctx: SimpulContext, errors: [FieldError]) async throws -> Response {
        let s = try Self.admin(ctx)
        let html = ReportSettingsView.render(ctx.chrome(for: s, path: SiteRoute.reportSettings.path),
                                             rules: try await store.reports.rules(), agencies: try await store.agencies.all(),
                                             duty: Set(try await store.reports.dutyAgencyIDs()), retention: try await store.reports.retention(),
                                             errors: errors)
        return Layout.response(html, status: errors.isEmpty ? .ok : .unprocessableContent)
    }

    static func admin(_ ctx: SimpulContext) throws -> SignedIn { try ctx.requireAdministrator() }
}
