import Cases

/// What the reader narrowed the figures to. Victim filters (sex, age group) apply to victims;
/// for indicators counted in cases, tracks or services they keep the records of cases with at
/// least one such victim ("cases with a child victim"). The "how this is counted" page says so.
public struct MonitoringFilter: Sendable, Hashable {
    public var period: Period
    public var provinceCode: String?
    public var agencyID: String?
    public var form: FormGroup?
    public var sex: SexGroup?
    public var ageGroup: AgeGroup?

    public init(period: Period, provinceCode: String? = nil, agencyID: String? = nil, form: FormGroup? = nil,
                sex: SexGroup? = nil, ageGroup: AgeGroup? = nil) {
        self.period = period
        self.provinceCode = provinceCode
        self.agencyID = agencyID
        self.form = form
        self.sex = sex
        self.ageGroup = ageGroup
    }

    /// The parameters as they appear in URLs, in a fixed order, without the defaults.
    public var parameters: [(String, String)] {
        var p = [("periode", period.description)]
        if let provinceCode { p.append(("provinsi", provinceCode)) }
        if let agencyID { p.append(("instansi", agencyID)) }
        if let form { p.append(("bentuk", form.rawValue)) }
        if let sex { p.append(("jenis_kelamin", sex.rawValue)) }
        if let ageGroup { p.append(("usia", ageGroup.rawValue)) }
        return p
    }

    /// Reads the URL parameters. Unknown values are refused with the parameter and the allowed
    /// values named; `agencyIDs` are the agencies the store knows.
    public static func parse(_ query: [String: String], agencyIDs: Set<String>, defaultPeriod: Period) throws(MonitoringError) -> MonitoringFilter {
        let known: Set = ["periode", "provinsi", "instansi", "bentuk", "jenis_kelamin", "usia", "rincian", "indikator", "format"]
        for key in query.keys.sorted() where !known.contains(key) {
            throw .unknownParameter(key, allowed: known.sorted())
        }
        func blank(_ key: String) -> String? {
            guard let v = query[key]?.trimmingCharacters(in: .whitespaces), !v.isEmpty else { return nil }
            return v
        }
        var filter = MonitoringFilter(period: defaultPeriod)
        if let text = blank("periode") {
            guard let period = Period(text) else { throw .badValue("periode", text, allowed: [Period.allowedForms]) }
            filter.period = period
        }
        if let code = blank("provinsi") {
            guard Province.named(code: code) != nil else {
                throw .badValue("provinsi", code, allowed: Province.all.map(\.code))
            }
            filter.provinceCode = code
        }
        if let id = blank("instansi") {
            guard agencyIDs.contains(id) else { throw .badValue("instansi", id, allowed: ["semua"] + agencyIDs.sorted()) }
            filter.agencyID = id
        }
        filter.form = try dimension("bentuk", blank("bentuk"))
        filter.sex = try dimension("jenis_kelamin", blank("jenis_kelamin"))
        filter.ageGroup = try dimension("usia", blank("usia"))
        return filter
    }

    static func dimension<D: Dimension>(_ name: String, _ text: String?) throws(MonitoringError) -> D? {
        guard let text else { return nil }
        guard let value = D(rawValue: text.lowercased()) else {
            throw .badValue(name, text, allowed: D.allCases.map(\.rawValue))
        }
        return value
    }
}

public enum MonitoringError: Error, Sendable, Equatable {
    case unknownParameter(String, allowed: [String])
    case badValue(String, String, allowed: [String])
    case unknownIndicator(String, allowed: [String])
    case unknownBreakdown(String, allowed: [String])
    case thresholdTooLow(Int)

    /// The parameter at fault.
    public var parameter: String {
        switch self {
        case .unknownParameter(let p, _), .badValue(let p, _, _): return p
        case .unknownIndicator: return "indikator"
        case .unknownBreakdown: return "rincian"
        case .thresholdTooLow: return "k"
        }
    }

    public var message: (id: String, en: String) {
        func list(_ a: [String]) -> String { a.prefix(40).joined(separator: ", ") }
        switch self {
        case .unknownParameter(let p, let allowed):
            return ("Parameter tidak dikenal: \(p). Yang dikenal: \(list(allowed))", "Unknown parameter: \(p). Known: \(list(allowed))")
        case .badValue(let p, let v, let allowed):
            let shown = String(v.prefix(40))
            return ("Nilai \(p) tidak dikenal: \"\(shown)\". Nilai yang boleh: \(list(allowed))",
                    "Unknown value for \(p): \"\(shown)\". Allowed: \(list(allowed))")
        case .unknownIndicator(let v, let allowed):
            return ("Indikator tidak dikenal: \"\(v.prefix(40))\". Yang ada: \(list(allowed))",
                    "Unknown indicator: \"\(v.prefix(40))\". Available: \(list(allowed))")
        case .unknownBreakdown(let v, let allowed):
            return ("Rincian tidak dikenal: \"\(v.prefix(40))\". Yang boleh: \(list(allowed))",
                    "Unknown breakdown: \"\(v.prefix(40))\". Allowed: \(list(allowed))")
        case .thresholdTooLow(let k):
            return ("Ambang k = \(k) terlalu kecil: paling sedikit \(DisclosureRule.minimumThreshold)",
                    "Threshold k = \(k) is too low: at least \(DisclosureRule.minimumThreshold)")
        }
    }
}
