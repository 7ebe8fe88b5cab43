import Cases

/// Reads the questionnaire's form fields into answers, and says what is wrong with each field.
/// The same reader serves the public pages and the hotline operator's form, so a report filed
/// on behalf of a caller is held to the same rules.
public enum ReportForm {
    public static let narrativeLimit = 5_000
    public static let shortLimit = 80

    /// The form field for each answer.
    public enum Field {
        public static let danger = "danger", situation = "situation", narrative = "narrative"
        public static let relation = "relation", child = "child", victims = "victims"
        public static let whereabouts = "where", province = "province", regency = "regency", country = "country"
        public static let contact = "contact", phone = "phone", window = "window", codeWord = "codeword"
        /// Every answer field, for carrying the answers forward in hidden inputs.
        public static let all = [danger, situation, narrative, relation, child, victims, whereabouts,
                                 province, regency, country, contact, phone, window, codeWord]
    }

    /// Reads every answer present; unknown choices and over-long text are reported, not kept.
    public static func read(_ fields: [String: [String]]) -> (answers: ReportAnswers, errors: [FieldError]) {
        var a = ReportAnswers()
        var v = Validator()
        func one(_ name: String) -> String? {
            let s = fields[name]?.first?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            return s.isEmpty ? nil : s
        }
        func choice<T: RawRepresentable>(_ name: String, _ label: (id: String, en: String)) -> T? where T.RawValue == String {
            guard let raw = one(name) else { return nil }
            guard let value = T(rawValue: raw) else {
                v.fail(name, id: "\(label.id): pilihan \"\(raw.prefix(40))\" tidak dikenal",
                       en: "\(label.en): \"\(raw.prefix(40))\" is not one of the choices")
                return nil
            }
            return value
        }
        a.danger = choice(Field.danger, ("Bahaya", "Danger"))
        for raw in fields[Field.situation] ?? [] where !raw.isEmpty {
            if let s = Situation(rawValue: raw) { if !a.situations.contains(s) { a.situations.append(s) } }
            else { v.fail(Field.situation, id: "Kejadian: pilihan \"\(raw.prefix(40))\" tidak dikenal",
                          en: "What happened: \"\(raw.prefix(40))\" is not one of the choices") }
        }
        a.narrative = one(Field.narrative) ?? ""
        v.maxLength(a.narrative, narrativeLimit, Field.narrative, label: ("Cerita", "Your account"))
        a.relation = choice(Field.relation, ("Hubungan dengan korban", "Relation to the victim"))
        a.victimIsChild = choice(Field.child, ("Korban anak", "Victim a child"))
        a.victimCount = choice(Field.victims, ("Jumlah korban", "Number of victims"))
        a.whereabouts = choice(Field.whereabouts, ("Lokasi", "Where"))
        if let p = one(Field.province) {
            if Province.named(code: p) != nil { a.provinceCode = p }
            else { v.fail(Field.province, id: "Provinsi \"\(p.prefix(20))\" tidak dikenal", en: "Unknown province \"\(p.prefix(20))\"") }
        }
        a.regency = one(Field.regency)
        v.maxLength(a.regency, shortLimit, Field.regency, label: ("Kabupaten/kota", "Regency/city"))
        a.country = one(Field.country)
        v.maxLength(a.country, shortLimit, Field.country, label: ("Negara", "Country"))
        a.contact = choice(Field.contact, ("Cara menghubungi", "Contact"))
        if let raw = one(Field.phone) {
            if let phone = PhoneNumber.normalise(raw) { a.callbackPhone = phone }
            else { v.fail(Field.phone, id: "Nomor telepon \"\(raw.prefix(24))\" tidak dapat dibaca; tulis misalnya 0812 3456 7890",
                          en: "Cannot read the phone number \"\(raw.prefix(24))\"; write it like 0812 3456 7890") }
        }
        for raw in fields[Field.window] ?? [] where !raw.isEmpty {
            if let w = CallbackWindow(rawValue: raw) { if !a.callbackWindows.contains(w) { a.callbackWindows.append(w) } }
            else { v.fail(Field.window, id: "Waktu \"\(raw.prefix(20))\" tidak dikenal", en: "Unknown time \"\(raw.prefix(20))\"") }
        }
        a.codeWord = one(Field.codeWord)
        v.maxLength(a.codeWord, 40, Field.codeWord, label: ("Kata sandi", "Code word"))
        return (a, v.errors)
    }

    /// What a step needs before the questionnaire may go on.
    public static func missing(_ step: ReportStep, in a: ReportAnswers) -> [FieldError] {
        switch step {
        case .danger where a.danger == nil:
            return [FieldError(field: Field.danger, id: "Pilih ya, tidak, atau tidak tahu", en: "Choose yes, no, or I don't know")]
        case .what where a.situations.isEmpty && a.narrative.isEmpty:
            return [FieldError(field: Field.situation, id: "Pilih paling sedikit satu kejadian, atau ceritakan dengan kata-kata Anda",
                               en: "Choose at least one, or tell us in your own words")]
        case .contact where a.contact == nil:
            return [FieldError(field: Field.contact, id: "Pilih bagaimana kami boleh menghubungi Anda",
                               en: "Choose how we may contact you")]
        case .callback where a.contact == .callback:
            var errors: [FieldError] = []
            if a.callbackPhone == nil { errors.append(FieldError(field: Field.phone, id: "Tulis nomor telepon yang aman", en: "Enter a safe phone number")) }
            if a.callbackWindows.isEmpty { errors.append(FieldError(field: Field.window, id: "Pilih paling sedikit satu waktu yang aman", en: "Choose at least one safe time")) }
            if (a.codeWord?.count ?? 0) < 3 {
                errors.append(FieldError(field: Field.codeWord, id: "Tulis kata sandi, paling sedikit 3 huruf", en: "Enter a code word of at least 3 letters"))
            }
            return errors
        default:
            return []
        }
    }

    /// Reads and checks everything up to and including `step`: the answers, or every problem.
    public static func validate(_ fields: [String: [String]], through step: ReportStep) -> (answers: ReportAnswers, errors: [FieldError]) {
        var (answers, errors) = read(fields)
        for s in step.before + [step] { errors += missing(s, in: answers) }
        if answers.contact != .callback {
            // Call-back details without a call-back are dropped, not kept by accident.
            answers.callbackPhone = nil; answers.callbackWindows = []; answers.codeWord = nil
        }
        return (answers, errors)
    }
}
