import Foundation
import ZIPFoundation

/// An Excel workbook: sheets in tab order, written as the bytes of an .xlsx file that Excel,
/// LibreOffice and openpyxl open.
///
/// ```swift
/// let sheet = Sheet(name: "Korban 2024", title: "Korban TPPO per provinsi",
///                   note: "Sumber: Simpul; sel di bawah 11 disembunyikan.",
///                   header: ["Provinsi", "Tahun", "Korban", "Perempuan"],
///                   rows: [["Jawa Barat", 2024, 132, .percent(0.61)],
///                          ["Papua", 2024, "<11", "–"]])
/// let bytes = try Workbook(title: "Korban TPPO", sheets: [sheet]).xlsx()
/// ```
public struct Workbook: Sendable, Equatable {
    /// Used when no creation time is given, so the same workbook always gives the same bytes.
    public static let fixedCreationTime = Date(timeIntervalSince1970: 946_684_800) // 2000-01-01T00:00:00Z

    public var title: String?
    /// Written into the document properties and onto every entry of the zip.
    public var created: Date
    public var sheets: [Sheet]

    public init(title: String? = nil, created: Date = Workbook.fixedCreationTime, sheets: [Sheet]) {
        self.title = title
        self.created = created
        self.sheets = sheets
    }

    /// The .xlsx bytes. Throws `SpreadsheetError` for a bad sheet name, a text too long for a
    /// cell or a number that is not finite, naming where it is; or ZIPFoundation's error.
    public func xlsx() throws -> Data {
        guard !sheets.isEmpty else { throw SpreadsheetError.noSheets }
        let names = sheets.map(\.name)
        try SheetName.validate(names)
        var strings = SharedStrings()
        var worksheets: [String] = []
        for (index, sheet) in sheets.enumerated() {
            worksheets.append(try WorksheetXML.xml(for: sheet, selected: index == 0, strings: &strings))
        }
        // [Content_Types].xml first, as Excel writes it: some readers sniff it at the start.
        let parts: [(path: String, xml: String)] = [
            ("[Content_Types].xml", PackageParts.contentTypes(sheetCount: sheets.count)),
            ("_rels/.rels", PackageParts.rootRelationships),
            ("docProps/core.xml", DocumentProperties.core(title: title, created: created)),
            ("docProps/app.xml", DocumentProperties.app(sheetNames: names)),
            ("xl/workbook.xml", PackageParts.workbook(sheetNames: names)),
            ("xl/_rels/workbook.xml.rels", PackageParts.workbookRelationships(sheetCount: sheets.count)),
            ("xl/styles.xml", CellStyle.stylesXML),
            ("xl/sharedStrings.xml", strings.xml()),
        ] + worksheets.enumerated().map { ("xl/worksheets/sheet\($0.offset + 1).xml", $0.element) }
        return try ZipPackage.data(parts: parts, modified: created)
    }
}
