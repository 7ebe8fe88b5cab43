/// Compares a NIK with the other fields of the same person and says what does not fit.
public enum NIKCheck {
    public static func warnings(nik raw: String, birthDate: CalendarDate?, sex: CasePerson.Sex?) -> [FieldWarning] {
        switch NIK.validate(raw) {
        case .failure(let found):
            return found.problems.map {
                FieldWarning(field: "nik", id: "NIK diragukan: \($0.message(.indonesian))",
                             en: "Doubtful NIK: \($0.message(.english))")
            }
        case .success(let decoded):
            var out: [FieldWarning] = []
            if let b = birthDate,
               b.day != decoded.birthDay || b.month != decoded.birthMonth || b.year % 100 != decoded.birthYearTwoDigits {
                out.append(FieldWarning(
                    field: "nik",
                    id: "Tanggal lahir pada NIK (\(decoded.birthDay)-\(decoded.birthMonth)-..\(decoded.birthYearTwoDigits)) berbeda dengan tanggal lahir \(b)",
                    en: "The NIK's birth date (\(decoded.birthDay)-\(decoded.birthMonth)-..\(decoded.birthYearTwoDigits)) differs from the birth date \(b)"))
            }
            if let sex, sex != .unknown, (sex == .female) != (decoded.sex == .female) {
                out.append(FieldWarning(
                    field: "nik",
                    id: "NIK menunjukkan jenis kelamin \(decoded.sex == .female ? "perempuan" : "laki-laki"), berbeda dengan isian",
                    en: "The NIK indicates \(decoded.sex == .female ? "female" : "male"), unlike the sex entered"))
            }
            return out
        }
    }
}
