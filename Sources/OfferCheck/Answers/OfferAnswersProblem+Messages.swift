/// The messages, one per reason, so every field says a problem the same way.
extension OfferAnswersProblem {
    static func malformed(_ detail: String) -> Self {
        Self(field: "(document)", value: nil, reason: .malformedJSON, message: OfferText(
            id: "Isi bukan JSON yang sah: \(detail)", en: "The body is not valid JSON: \(detail)"))
    }

    static func wrongType(_ field: String, found: String, expected: OfferText) -> Self {
        Self(field: field, value: found, reason: .wrongType, allowed: [expected.en], message: OfferText(
            id: "\(field): jenis nilai salah (berisi \(found)); yang diharapkan: \(expected.id)",
            en: "\(field): wrong type (found \(found)); expected: \(expected.en)"))
    }

    static func unknownField(_ field: String, allowed: [String]) -> Self {
        Self(field: field, value: nil, reason: .unknownField, allowed: allowed, message: OfferText(
            id: "\(field): kolom tidak dikenal; kolom yang diizinkan: \(allowed.joined(separator: ", "))",
            en: "\(field): unknown field; allowed fields: \(allowed.joined(separator: ", "))"))
    }

    static func unknownValue(_ field: String, _ value: String, allowed: [String]) -> Self {
        Self(field: field, value: value, reason: .unknownValue, allowed: allowed, message: OfferText(
            id: "\(field): nilai \"\(value)\" tidak dikenal; yang diizinkan: \(allowed.joined(separator: ", "))",
            en: "\(field): unknown value \"\(value)\"; allowed: \(allowed.joined(separator: ", "))"))
    }

    static func duplicate(_ field: String, _ value: String) -> Self {
        Self(field: field, value: value, reason: .duplicate, message: OfferText(
            id: "\(field): \"\(value)\" disebut lebih dari sekali", en: "\(field): \"\(value)\" is given more than once"))
    }

    static func outOfRange(_ field: String, _ value: Int, _ range: ClosedRange<Int>, unit: OfferText) -> Self {
        Self(field: field, value: String(value), reason: .outOfRange, allowed: ["\(range.lowerBound)…\(range.upperBound)"],
             message: OfferText(
                id: "\(field): \(value) di luar batas; harus antara \(range.lowerBound) dan \(range.upperBound) \(unit.id)",
                en: "\(field): \(value) is out of range; it must be between \(range.lowerBound) and \(range.upperBound) \(unit.en)"))
    }

    static func tooLong(_ field: String, _ value: String, max: Int) -> Self {
        Self(field: field, value: value, reason: .tooLong, allowed: ["≤ \(max)"], message: OfferText(
            id: "\(field): terlalu panjang (\(value.count) karakter); paling banyak \(max) karakter",
            en: "\(field): too long (\(value.count) characters); at most \(max) characters"))
    }

    static func notACountry(_ field: String, _ value: String) -> Self {
        Self(field: field, value: value, reason: .notACountry, allowed: ["ISO 3166-1 alpha-2"], message: OfferText(
            id: "\(field): \"\(value)\" bukan kode negara ISO 3166-1 alpha-2 (dua huruf besar, mis. SA, MY, KH)",
            en: "\(field): \"\(value)\" is not an ISO 3166-1 alpha-2 country code (two capital letters, e.g. SA, MY, KH)"))
    }

    static func notAbroad(_ field: String, _ value: String) -> Self {
        Self(field: field, value: value, reason: .notAbroad, message: OfferText(
            id: "\(field): negara tujuan harus di luar Indonesia; pemeriksa ini untuk tawaran kerja ke luar negeri",
            en: "\(field): the destination must be outside Indonesia; this checker is for offers of work abroad"))
    }

    static func notAPhone(_ field: String, _ value: String) -> Self {
        Self(field: field, value: value, reason: .notAPhone, allowed: ["0812 3456 7890", "+966 50 123 4567"], message: OfferText(
            id: "\(field): \"\(value)\" tidak terbaca sebagai nomor telepon; tulis misalnya 0812 3456 7890 atau +966 50 123 4567",
            en: "\(field): \"\(value)\" cannot be read as a phone number; write it like 0812 3456 7890 or +966 50 123 4567"))
    }

    static func negative(_ field: String, _ value: Int) -> Self {
        Self(field: field, value: String(value), reason: .negativeAmount, allowed: ["≥ 0"], message: OfferText(
            id: "\(field): jumlah tidak boleh negatif (\(value))", en: "\(field): the amount cannot be negative (\(value))"))
    }

    static func contradiction(_ field: String, _ value: String?, because: OfferText) -> Self {
        Self(field: field, value: value, reason: .contradiction, message: OfferText(
            id: "\(field): bertentangan dengan jawaban lain — \(because.id)",
            en: "\(field): contradicts another answer — \(because.en)"))
    }
}
