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
