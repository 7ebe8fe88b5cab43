import Foundation

/// Reads the register of licensed P3MI from CSV: a header row naming the columns (Indonesian or
/// English, any order), then one agency per row; branches are separated by `;` in one field.
/// Required columns: name, licence number, status.
public enum AgencyCSV {
    /// Every good row, and every bad row as a reject with its line; throws only when the header
    /// makes the file unreadable.
    public static func read(_ text: String) throws(AgencyCSVError) -> AgencyImport {
        let csv = CSVRecords(text)
        guard let header = csv.records.first else {
            throw AgencyCSVError(message: OfferText(id: "Berkas kosong: tidak ada baris judul kolom.", en: "The file is empty: there is no header row."))
        }
        let (columns, ignored) = try Self.columns(header.fields)
        var agencies: [LicensedAgency] = []
        var rejects: [AgencyReject] = []
        var firstLine: [String: Int] = [:]
        for record in csv.records.dropFirst() {
            guard record.fields.count == header.fields.count else {
                rejects.append(AgencyReject(line: record.line, reasons: [AgencyRejectReason(
                    code: .wrongFieldCount, column: nil, value: String(record.fields.count), message: OfferText(
                        id: "Baris berisi \(record.fields.count) kolom, judul berisi \(header.fields.count).",
                        en: "The row has \(record.fields.count) fields, the header \(header.fields.count)."))]))
                continue
            }
            var row = AgencyRow(fields: record.fields, columns: columns)
            guard let agency = row.agency(), row.reasons.isEmpty else {
                rejects.append(AgencyReject(line: record.line, reasons: row.reasons))
                continue
            }
            let key = LicenceNumber.normalised(agency.licenceNumber)
            if let first = firstLine[key] {
                rejects.append(AgencyReject(line: record.line, reasons: [AgencyRejectReason(
                    code: .duplicateLicence, column: AgencyColumn.licenceNumber.rawValue, value: agency.licenceNumber, message: OfferText(
                        id: "Nomor SIP3MI \(agency.licenceNumber) sudah ada di baris \(first).",
                        en: "SIP3MI number \(agency.licenceNumber) is already on line \(first)."))]))
                continue
            }
            firstLine[key] = record.line
            agencies.append(agency)
        }
        if let line = csv.unterminatedAt {
            rejects.append(AgencyReject(line: line, reasons: [AgencyRejectReason(
                code: .unterminatedQuote, column: nil, value: nil, message: OfferText(
                    id: "Tanda kutip yang dibuka di baris ini tidak pernah ditutup; sisa berkas tidak dibaca.",
                    en: "A quote opened on this line never closes; the rest of the file was not read."))]))
        }
        return AgencyImport(agencies: agencies, rejects: rejects, ignoredColumns: ignored)
    }

    /// Which field holds which column. A required column missing, or a column given twice, stops the import.
    private static func columns(_ headers: [String]) throws(AgencyCSVError) -> ([AgencyColumn: Int], [String]) {
        var columns: [AgencyColumn: Int] = [:]
        var ignored: [String] = []
        for (i, h) in headers.enumerated() {
            guard let c = AgencyColumn.column(forHeader: h) else { ignored.append(h); continue }
            if columns[c] != nil {
                throw AgencyCSVError(message: OfferText(id: "Kolom \(c.rawValue) muncul dua kali di judul.",
                                                        en: "Column \(c.rawValue) appears twice in the header."))
            }
            columns[c] = i
        }
        let missing = AgencyColumn.required.filter { columns[$0] == nil }
        if !missing.isEmpty {
            let names = missing.map { $0.headers.joined(separator: "/") }
            throw AgencyCSVError(message: OfferText(
                id: "Kolom wajib tidak ada: \(missing.map(\.rawValue).joined(separator: ", ")) (judul yang diterima: \(names.joined(separator: "; "))).",
                en: "Required columns are missing: \(missing.map(\.rawValue).joined(separator: ", ")) (accepted headers: \(names.joined(separator: "; ")))."))
        }
        return (columns, ignored)
    }
}
