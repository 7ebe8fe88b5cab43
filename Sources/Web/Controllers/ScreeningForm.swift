import Cases
import Foundation
import Law

/// Turns the screening form into the case-facts JSON, so that the form, the API and the CLI read
/// facts through one decoder and give the same answer. Form fields are named by their path in
/// the facts document (`victim.age`, `means`), so the decoder's messages land beside the right field.
enum ScreeningForm {
    static let lists = ["acts", "means", "exploitation.types", "harms"]
    static let booleans = ["victim.consented", "adoption.promiseOrPayment", "perpetrator.stateOfficialAbusingPower",
                           "perpetrator.corporation", "perpetrator.organizedGroup", "victimCompelledToOffend"]
    static let texts = ["date", "asOf", "victim.citizenship", "victim.sex", "exploitation.status", "stage"]

    /// The facts JSON for the form's answers. Blank answers are left out: unknown, not "no".
    static func json(_ form: FormData) -> Data {
        var root: [String: Any] = [:]
        func set(_ path: String, _ value: Any) {
            let parts = path.split(separator: ".").map(String.init)
            if parts.count == 1 { root[parts[0]] = value; return }
            var inner = root[parts[0]] as? [String: Any] ?? [:]
            inner[parts[1]] = value
            root[parts[0]] = inner
        }
        for name in texts { if let v = form.value(name) { set(name, v) } }
        if let age = form.value("victim.age") { set("victim.age", Int(age).map { $0 as Any } ?? age) }
        for name in booleans {
            switch form.value(name) {
            case "ya": set(name, true)
            case "tidak": set(name, false)
            default: break
            }
        }
        for name in lists {
            let values = form.all(name).filter { !$0.isEmpty }
            if values.contains("none") { set(name, [String]()) } else if !values.isEmpty { set(name, values) }
        }
        if let from = form.value("movement.from"), let to = form.value("movement.to") {
            root["movement"] = ["from": from.uppercased(), "to": to.uppercased()]
        } else if form.value("movement.from") != nil || form.value("movement.to") != nil {
            root["movement"] = ["from": form.value("movement.from") ?? "", "to": form.value("movement.to") ?? ""]
        }
        if root["victim"] == nil { root["victim"] = [String: Any]() }
        return (try? JSONSerialization.data(withJSONObject: root, options: [.sortedKeys])) ?? Data("{}".utf8)
    }

    /// The answers a case already gives, so the officer does not type them again: the date of the
    /// acts (the incident, else the opening), the forms of exploitation and, for a case abroad, the
    /// movement from Indonesia to that country. Nothing about its persons is read: the screening
    /// page neither opens nor audits identities.
    static func prefill(from record: CaseRecord) -> FormData {
        var form = FormData("")
        form = form.setting("date", to: record.incidentDate ?? record.openedOn)
        let types = record.exploitationTypes.map(\.rawValue).filter { CaseFacts.ExploitationType(rawValue: $0) != nil }
        if !types.isEmpty { form = form.setting("exploitation.types", to: types) }
        if let country = record.exploitationCountry?.uppercased(), country != "ID", country.count == 2 {
            form = form.setting("movement.from", to: "ID").setting("movement.to", to: country)
        }
        return form
    }

    /// Decodes facts outside async code: typed throws inside an async function crashes this
    /// compiler (Swift 6.3), so the answer comes back as a Result.
    static func decode(_ data: Data) -> Result<CaseFacts, FactsError> {
        do { return .success(try CaseFacts.decode(data)) } catch { return .failure(error) }
    }

    /// The form field a facts path belongs to: `means[1]` → `means`.
    static func field(for path: String) -> String {
        if let bracket = path.firstIndex(of: "[") { return String(path[..<bracket]) }
        return path
    }
}
