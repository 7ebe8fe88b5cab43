import Spreadsheet

/// A small indicator table like the monitoring pages export: a title, a note, a header and rows
/// with counts, a suppressed count, a percentage and a rate.
enum SampleTables {
    static let victims = Sheet(
        name: "Korban 2024",
        title: "Korban TPPO per provinsi",
        note: "Sumber: Simpul; jumlah di bawah 11 disembunyikan",
        header: ["Provinsi", "Tahun", "Korban", "Perempuan", "Per 100.000"],
        rows: [
            ["Jawa Barat", 2024, 132, .percent(0.61), 0.27],
            ["Papua", 2024, "<11", "–", .empty],
        ])

    static func workbook(_ sheets: Sheet...) -> Workbook {
        Workbook(title: "Korban TPPO", sheets: sheets.isEmpty ? [victims] : sheets)
    }

    /// A sheet with only a header and the given rows, for tests about cells.
    static func plain(_ rows: [[Cell]], name: String = "Data") -> Sheet {
        Sheet(name: name, header: ["A", "B", "C"], rows: rows)
    }
}
