import Foundation

/// One data row of the register, read field by field; every problem is kept as a reason.
struct AgencyRow {
    let fields: [String]
    let columns: [AgencyColumn: Int]
    private(set) var reasons: [AgencyRejectReason] = []

    init(fields: [String], columns: [AgencyColumn: Int]) {
        self.fields = fields
        self.columns = columns
    }

    /// The value of a column, trimmed; nil when the column is absent or the field empty.
    func value(_ c: AgencyColumn) -> String? {
        guard let i = columns[c] else { return nil }
        let v = fields[i].trimmingCharacters(in: .whitespacesAndNewlines)
        return v.isEmpty ? nil : v
    }

    mutating func reject(_ code: AgencyRejectReason.Code, _ c: AgencyColumn?, _ value: String?, _ id: String, _ en: String) {
        reasons.append(AgencyRejectReason(code: code, column: c?.rawValue, value: value, message: OfferText(id: id, en: en)))
    }

    mutating func agency() -> LicensedAgency? {
        let name = value(.name)
        if name == nil { reject(.missingName, .name, nil, "Nama perusahaan kosong.", "The company name is empty.") }
        let licence = value(.licenceNumber)
        if let l = licence, !LicenceNumber.isWellFormed(l) {
            reject(.malformedLicence, .licenceNumber, l,
                   "Nomor SIP3MI \"\(l)\" tidak berbentuk nomor izin (3–40 huruf, angka, titik, garis miring, tanda hubung; minimal satu angka).",
                   "SIP3MI number \"\(l)\" is not shaped like a licence number (3–40 letters, digits, dots, slashes, dashes; at least one digit).")
        } else if licence == nil {
            reject(.missingLicence, .licenceNumber, nil, "Nomor SIP3MI kosong.", "The SIP3MI number is empty.")
        }
        if let n = value(.nib), !NIB.isWellFormed(n) {
            reject(.malformedNIB, .nib, n, "NIB \"\(n)\" harus 13 angka.", "NIB \"\(n)\" must be 13 digits.")
        }
        let issued = date(.issued), validUntil = date(.validUntil)
        if let i = issued, let u = validUntil, u < i {
            reject(.datesOutOfOrder, .validUntil, u.description, "Berlaku sampai \(u) lebih awal dari tanggal terbit \(i).",
                   "Valid until \(u) is before the issue date \(i).")
        }
        let statusWord = value(.status)
        let status = statusWord.flatMap(LicenceStatus.init(registerWord:))
        if status == nil {
            reject(.unknownStatus, .status, statusWord, "Status \"\(statusWord ?? "")\" tidak dikenal; yang diterima: aktif/active, dibekukan/suspended, dicabut/revoked.",
                   "Status \"\(statusWord ?? "")\" is unknown; accepted: aktif/active, dibekukan/suspended, dicabut/revoked.")
        }
        guard reasons.isEmpty, let name, let licence, let status else { return nil }
        let branches = (value(.branches) ?? "").split(separator: ";")
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        return LicensedAgency(name: name, nib: value(.nib), licenceNumber: licence, issued: issued, validUntil: validUntil,
                              status: status, headOffice: value(.headOffice), branches: branches)
    }

    private mutating func date(_ c: AgencyColumn) -> CalendarDay? {
        guard let v = value(c) else { return nil }
        guard let d = CalendarDay(registerDate: v) else {
            reject(.badDate, c, v, "Tanggal \"\(v)\" tidak sah (YYYY-MM-DD atau DD/MM/YYYY).", "Date \"\(v)\" is not valid (YYYY-MM-DD or DD/MM/YYYY).")
            return nil
        }
        return d
    }
}
