/// The parts that tie the package together: what type each part is, and which part points at which.
enum PackageParts {
    static func contentTypes(sheetCount: Int) -> String {
        let sheets = (1...sheetCount).map {
            "<Override PartName=\"/xl/worksheets/sheet\($0).xml\" "
                + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        }
        return XMLPart.declaration
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" "
            + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
            + sheets.joined()
            + "<Override PartName=\"/xl/styles.xml\" "
            + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
            + "<Override PartName=\"/xl/sharedStrings.xml\" "
            + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
            + "<Override PartName=\"/docProps/core.xml\" "
            + "ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
            + "<Override PartName=\"/docProps/app.xml\" "
            + "ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
            + "</Types>"
    }

    static let rootRelationships = relationships([
        ("officeDocument", "xl/workbook.xml", officeDocumentRelationshipType("officeDocument")),
        ("core", "docProps/core.xml", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"),
        ("app", "docProps/app.xml", officeDocumentRelationshipType("extended-properties")),
    ])

    static func workbook(sheetNames: [String]) -> String {
        let sheets = sheetNames.enumerated().map { index, name in
            "<sheet name=\"\(XMLText.escaped(name))\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
        }
        return XMLPart.declaration
            + "<workbook xmlns=\"\(XMLPart.spreadsheetNamespace)\" xmlns:r=\"\(XMLPart.relationshipNamespace)\">"
            + "<bookViews><workbookView activeTab=\"0\"/></bookViews>"
            + "<sheets>\(sheets.joined())</sheets>"
            + "</workbook>"
    }

    /// Sheet N is rId N, so workbook.xml can name them without looking anything up.
    static func workbookRelationships(sheetCount: Int) -> String {
        let sheets = (1...sheetCount).map {
            ("rId\($0)", "worksheets/sheet\($0).xml", officeDocumentRelationshipType("worksheet"))
        }
        return relationships(sheets + [
            ("rId\(sheetCount + 1)", "styles.xml", officeDocumentRelationshipType("styles")),
            ("rId\(sheetCount + 2)", "sharedStrings.xml", officeDocumentRelationshipType("sharedStrings")),
        ])
    }

    private static func officeDocumentRelationshipType(_ name: String) -> String {
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/\(name)"
    }

    private static func relationships(_ targets: [(id: String, target: String, type: String)]) -> String {
        let entries = targets.map { "<Relationship Id=\"\($0.id)\" Type=\"\($0.type)\" Target=\"\($0.target)\"/>" }
        return XMLPart.declaration
            + "<Relationships xmlns=\"\(XMLPart.packageRelationshipNamespace)\">\(entries.joined())</Relationships>"
    }
}
