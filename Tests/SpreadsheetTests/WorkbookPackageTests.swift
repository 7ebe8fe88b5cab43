import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import ZIPFoundation
@testable import Spreadsheet

@Suite struct WorkbookPackageTests {
    @Test func thePackageHoldsEveryPartExcelLooksFor() throws {
        let workbook = SampleTables.workbook(SampleTables.victims, SampleTables.plain([[1]], name: "Catatan"))

        let package = try UnzippedPackage(workbook.xlsx())

        #expect(package.paths == [
            "[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml",
            "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/sharedStrings.xml",
            "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml",
        ])
        let types = try #require(package["[Content_Types].xml"])
        #expect(types.contains("<Override PartName=\"/xl/worksheets/sheet2.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"))
        #expect(types.contains("PartName=\"/xl/sharedStrings.xml\""))
        #expect(try #require(package["_rels/.rels"]).contains("Target=\"xl/workbook.xml\""))
        let book = try #require(package["xl/workbook.xml"])
        #expect(book.contains("<sheet name=\"Korban 2024\" sheetId=\"1\" r:id=\"rId1\"/><sheet name=\"Catatan\" sheetId=\"2\" r:id=\"rId2\"/>"))
        let bookRelationships = try #require(package["xl/_rels/workbook.xml.rels"])
        #expect(bookRelationships.contains("Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet2.xml\""))
        #expect(bookRelationships.contains("Id=\"rId4\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\""))
    }

    @Test func documentPropertiesNameSimpulTheTitleAndTheFixedTime() throws {
        let package = try UnzippedPackage(SampleTables.workbook().xlsx())

        let core = try #require(package["docProps/core.xml"])
        #expect(core.contains("<dc:title>Korban TPPO</dc:title><dc:creator>Simpul</dc:creator>"))
        #expect(core.contains("<dcterms:created xsi:type=\"dcterms:W3CDTF\">2000-01-01T00:00:00Z</dcterms:created>"))
        let app = try #require(package["docProps/app.xml"])
        #expect(app.contains("<Application>Simpul</Application>"))
        #expect(app.contains("<vt:vector size=\"1\" baseType=\"lpstr\"><vt:lpstr>Korban 2024</vt:lpstr></vt:vector>"))
    }

    @Test func aGivenCreationTimeGoesIntoTheDocumentAndOntoEveryEntry() throws {
        let created = try Date("2025-03-14T09:26:54Z", strategy: .iso8601)
        var workbook = SampleTables.workbook()
        workbook.created = created

        let package = try UnzippedPackage(workbook.xlsx())

        #expect(try #require(package["docProps/core.xml"]).contains(">2025-03-14T09:26:54Z</dcterms:created>"))
        // A zip stores times to the even second, so the test time is on an even second.
        #expect(package.entries.allSatisfy { $0.fileAttributes[.modificationDate] as? Date == created })
    }

    @Test func everyPartIsWellFormedXML() throws {
        let package = try UnzippedPackage(SampleTables.workbook(SampleTables.victims, SampleTables.plain([["<&>\"'"]])).xlsx())

        for path in package.paths {
            let parser = XMLParser(data: Data(try #require(package[path]).utf8))
            #expect(parser.parse(), "\(path): \(String(describing: parser.parserError))")
        }
    }
}
