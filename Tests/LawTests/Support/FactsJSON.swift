import Foundation
@testable import Law

/// Writes a facts document as JSON, so every worked example goes through the strict decoder.
/// The baseline is a fully known case: an adult Indonesian woman recruited and transported
/// within Indonesia by deception into forced labour, acts in mid-2025, assessed in September 2025.
/// Each example changes only what makes it different.
struct FactsJSON: Sendable {
    var date: String? = "2025-06-01"
    var asOf: String? = "2025-09-01"
    var age: Int? = 30
    var citizenship: String? = "ID"
    var sex: String? = "female"
    var consented: Bool? = true
    var acts: [String]? = ["recruitment", "transportation"]
    var means: [String]? = ["deception"]
    var types: [String]? = ["forced_labour"]
    var status: String? = "occurred"
    var from: String? = "ID"
    var to: String? = "ID"
    var adoption: Bool? = false
    var harms: [String]? = []
    var official: Bool? = false
    var corporation: Bool? = false
    var group: Bool? = false
    var assisted: Bool?
    var usedVictim: Bool?
    var stage: String? = "completed"
    var compelled: Bool? = false

    static let baseline = FactsJSON()

    func with(_ change: (inout FactsJSON) -> Void) -> FactsJSON {
        var copy = self
        change(&copy)
        return copy
    }

    var json: String {
        func s(_ v: String?) -> String { v.map { "\"\($0)\"" } ?? "null" }
        func b(_ v: Bool?) -> String { v.map { $0 ? "true" : "false" } ?? "null" }
        func list(_ v: [String]?) -> String { v.map { "[" + $0.map { "\"\($0)\"" }.joined(separator: ",") + "]" } ?? "null" }
        var parts: [String] = []
        if let date { parts.append("\"date\":\(s(date))") }
        if let asOf { parts.append("\"asOf\":\(s(asOf))") }
        parts.append("\"victim\":{\"age\":\(age.map(String.init) ?? "null"),\"citizenship\":\(s(citizenship)),"
            + "\"sex\":\(s(sex)),\"consented\":\(b(consented))}")
        if acts != nil { parts.append("\"acts\":\(list(acts))") }
        if means != nil { parts.append("\"means\":\(list(means))") }
        parts.append("\"exploitation\":{\"types\":\(list(types)),\"status\":\(s(status))}")
        if let from, let to { parts.append("\"movement\":{\"from\":\"\(from)\",\"to\":\"\(to)\"}") }
        parts.append("\"adoption\":{\"promiseOrPayment\":\(b(adoption))}")
        if harms != nil { parts.append("\"harms\":\(list(harms))") }
        var p = "\"stateOfficialAbusingPower\":\(b(official)),\"corporation\":\(b(corporation)),\"organizedGroup\":\(b(group))"
        if let assisted { p += ",\"assisted\":\(b(assisted))" }
        if let usedVictim { p += ",\"usedVictim\":\(b(usedVictim))" }
        parts.append("\"perpetrator\":{\(p)}")
        if stage != nil { parts.append("\"stage\":\(s(stage))") }
        parts.append("\"victimCompelledToOffend\":\(b(compelled))")
        return "{" + parts.joined(separator: ",") + "}"
    }
}

/// The clock is pinned: "today" in every test is 29 November 2026.
enum Clock {
    static let today: Date = {
        var c = DateComponents()
        (c.year, c.month, c.day, c.hour) = (2026, 11, 29, 12)
        c.timeZone = TimeZone(identifier: "Asia/Jakarta")
        return Calendar(identifier: .gregorian).date(from: c)!
    }()
}

/// Decodes and screens a facts document.
func screen(_ json: String) throws -> ScreeningResult {
    Screening.screen(try CaseFacts.decode(Data(json.utf8)), today: Clock.today)
}

/// The screening as JSON, as the CLI and the API print it.
func encoded(_ r: ScreeningResult) throws -> [String: Any] {
    let data = try JSONEncoder().encode(r)
    return try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
}
