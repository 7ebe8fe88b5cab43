import Foundation

/// The register's columns and the header names accepted for each, in Indonesian or English.
/// Headers are compared in lower case with spaces, dots and dashes read as underscores.
enum AgencyColumn: String, CaseIterable {
    case name, nib
    case licenceNumber = "licence_number"
    case issued
    case validUntil = "valid_until"
    case status
    case headOffice = "head_office"
    case branches

    static let required: [AgencyColumn] = [.name, .licenceNumber, .status]

    var headers: [String] {
        switch self {
        case .name: ["name", "company_name", "nama", "nama_perusahaan", "nama_p3mi"]
        case .nib: ["nib", "nomor_induk_berusaha"]
        case .licenceNumber: ["licence_number", "license_number", "licence", "license", "sip3mi", "nomor_sip3mi", "no_sip3mi", "nomor_izin"]
        case .issued: ["issued", "issued_on", "date_issued", "tanggal_terbit", "tanggal_izin", "diterbitkan"]
        case .validUntil: ["valid_until", "expires", "expiry", "berlaku_sampai", "berlaku_hingga", "masa_berlaku"]
        case .status: ["status", "status_izin"]
        case .headOffice: ["head_office", "address", "alamat", "kantor_pusat", "alamat_kantor_pusat"]
        case .branches: ["branches", "branch_offices", "cabang", "kantor_cabang"]
        }
    }

    static func canonicalHeader(_ raw: String) -> String {
        let lowered = raw.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        let mapped = lowered.unicodeScalars.map { " .-/".unicodeScalars.contains($0) ? "_" : Character($0) }
        return String(mapped).split(separator: "_").joined(separator: "_")
    }

    static func column(forHeader raw: String) -> AgencyColumn? {
        let h = canonicalHeader(raw)
        return allCases.first { $0.headers.contains(h) }
    }
}

/// The status words of the register, in either language.
extension LicenceStatus {
    init?(registerWord raw: String) {
        switch raw.trimmingCharacters(in: .whitespacesAndNewlines).lowercased() {
        case "active", "aktif", "berlaku": self = .active
        case "suspended", "dibekukan", "beku", "pembekuan": self = .suspended
        case "revoked", "dicabut", "cabut", "pencabutan": self = .revoked
        default: return nil
        }
    }
}

extension CalendarDay {
    /// `YYYY-MM-DD`, or the Indonesian `DD/MM/YYYY` and `DD-MM-YYYY`.
    init?(registerDate raw: String) {
        let s = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        if let d = CalendarDay(iso: s) { self = d; return }
        let parts = s.split(omittingEmptySubsequences: false) { $0 == "/" || $0 == "-" }
        guard parts.count == 3, parts[0].count <= 2, parts[1].count <= 2, parts[2].count == 4,
              let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }
}
