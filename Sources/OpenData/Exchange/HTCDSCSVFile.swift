/// One section's CSV file read a record at a time: its first record names the fields.
struct HTCDSCSVFile: Sendable {
    /// A row's own id and the id of the row it hangs from (a person's case, a support item's
    /// person), as their cells hold them; nil for an empty cell or a missing column.
    struct Keys: Sendable {
        var id: String?
        var parent: String?
    }

    enum Item: Sendable {
        case row(SourceRow, Keys)
        /// A line with the wrong number of cells.
        case reject(ImportReject)
    }

    let file: String
    private var records: CSVRecordReader
    /// Nil until the header is read.
    private var columns: [String]?
    private let keyFields: (id: String?, parent: String?)
    private var keyPositions: (id: Int?, parent: Int?) = (nil, nil)
    /// Reads nothing but the key columns, and gives rows without fields (a first pass).
    private let keysOnly: Bool

    init(file: String, records: CSVRecordReader, section: HTCDSSection? = nil, keysOnly: Bool = false) {
        self.file = file
        self.records = records
        keyFields = section.map(Self.keyFields) ?? (nil, nil)
        self.keysOnly = keysOnly
    }

    static func keyFields(of section: HTCDSSection) -> (id: String?, parent: String?) {
        switch section {
        case .cases: return ("cas_Id", nil)
        case .persons: return ("prs_Id", "prs_CaseId")
        case .support: return (nil, "spl_PersonId")
        }
    }

    mutating func next() throws -> Item? {
        if columns == nil {
            guard let header = try records.next() else { return nil }
            let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces) }
            columns = names
            keyPositions = (keyFields.id.flatMap(names.firstIndex), keyFields.parent.flatMap(names.firstIndex))
            if keysOnly { records.keep = names.map { $0 == keyFields.id || $0 == keyFields.parent } }
        }
        let columns = columns!
        while let record = try records.next() {
            if record.fields == [""] { continue }
            guard record.fields.count == columns.count else {
                return .reject(ImportReject(file: file, line: record.line, field: "*", value: "\(record.fields.count)",
                                            reason: ("jumlah kolom \(record.fields.count), bukan \(columns.count)",
                                                     "\(record.fields.count) cells, not \(columns.count)")))
            }
            func cell(_ position: Int?) -> String? {
                guard let position, !record.fields[position].isEmpty else { return nil }
                return record.fields[position]
            }
            let keys = Keys(id: cell(keyPositions.id), parent: cell(keyPositions.parent))
            var fields: HTCDSRow = [:], errors: [(String, String)] = []
            if !keysOnly {
                for (field, cell) in zip(columns, record.fields) where !cell.isEmpty {
                    guard let value = HTCDSSource.value(field, csv: cell) else {
                        errors.append((field, cell))
                        continue
                    }
                    if !value.isEmpty { fields[field] = value }
                }
            }
            return .row(SourceRow(file: file, line: record.line, path: "", fields: fields, typeErrors: errors), keys)
        }
        return nil
    }
}
