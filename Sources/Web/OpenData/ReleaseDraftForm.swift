import Cases
import OpenData

/// The administrator's request for a new release draft, as typed: checked field by field into a
/// `ReleaseSpec`, with each refusal named for its field in both languages.
struct ReleaseDraftForm {
    var version = ""
    var k = String(KAnonymiser.defaultK)
    var epsilon = "1/2"
    var firstYear = "2019"

    init() {}

    init(_ form: FormData) {
        version = (form.value("version") ?? "").trimmingCharacters(in: .whitespaces)
        k = (form.value("k") ?? "").trimmingCharacters(in: .whitespaces)
        epsilon = (form.value("epsilon") ?? "").trimmingCharacters(in: .whitespaces)
        firstYear = (form.value("firstYear") ?? "").trimmingCharacters(in: .whitespaces)
    }

    /// The spec of a release dated `day`, or the errors to show. The version becomes part of the
    /// files' addresses, so it is kept to letters, digits, dots, hyphens and underscores.
    func spec(on day: CalendarDate) -> Result<ReleaseSpec, ValidationFailure> {
        var errors: [FieldError] = []
        let versionOK = (1...40).contains(version.count) && version.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "._-".contains($0)) }
            && version.first.map { $0.isLetter || $0.isNumber } == true
        if !versionOK {
            errors.append(FieldError(field: "version", id: "Versi harus 1–40 huruf, angka, titik, tanda hubung atau garis bawah, seperti 2026.1.",
                                     en: "The version must be 1–40 letters, digits, dots, hyphens or underscores, such as 2026.1."))
        }
        let kValue = Int(k).flatMap { (1...10_000).contains($0) ? $0 : nil }
        if kValue == nil {
            errors.append(FieldError(field: "k", id: "k harus bilangan bulat dari 1 sampai 10000, seperti 11.",
                                     en: "k must be a whole number from 1 to 10000, such as 11."))
        }
        let epsilonValue = Fraction(text: epsilon).flatMap { $0 == .zero ? nil : $0 }
        if epsilonValue == nil {
            errors.append(FieldError(field: "epsilon", id: "ε per tabel harus bilangan positif seperti 0.5 atau 1/3.",
                                     en: "ε per table must be a positive number such as 0.5 or 1/3."))
        }
        let first = Int(firstYear).flatMap { (1990...day.year).contains($0) ? $0 : nil }
        if first == nil {
            errors.append(FieldError(field: "firstYear", id: "Tahun awal harus dari 1990 sampai \(day.year).",
                                     en: "The first year must be from 1990 to \(day.year)."))
        }
        guard errors.isEmpty, let kValue, let epsilonValue, let first else { return .failure(ValidationFailure(errors)) }
        return .success(ReleaseSpec(version: version, date: day, k: kValue, tables: ReleaseSpec.standardTables(epsilon: epsilonValue),
                                    years: first...day.year))
    }

    /// A refusal of the domain, beside the field the administrator would change (or `field`).
    static func error(_ refusal: OpenDataError, field: String? = nil) -> FieldError {
        let named: String
        switch refusal {
        case .kTooLow: named = "k"
        case .budgetExceeded, .parameterOutOfRange, .deltaRequired: named = "epsilon"
        default: named = "version"
        }
        return FieldError(field: field ?? named, id: refusal.indonesian + ".",
                          en: refusal.english.prefix(1).uppercased() + refusal.english.dropFirst() + ".")
    }
}
