import Foundation

/// docProps/core.xml and app.xml: the title, author and date that File ▸ Properties shows.
enum DocumentProperties {
    static func core(title: String?, created: Date) -> String {
        let when = created.ISO8601Format()
        let titleElement = title.map { "<dc:title>\(XMLText.escaped(XMLText.cleaned($0)))</dc:title>" } ?? ""
        return XMLPart.declaration
            + "<cp:coreProperties"
            + " xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
            + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
            + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
            + titleElement
            + "<dc:creator>Simpul</dc:creator>"
            + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">\(when)</dcterms:created>"
            + "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">\(when)</dcterms:modified>"
            + "</cp:coreProperties>"
    }

    static func app(sheetNames: [String]) -> String {
        let names = sheetNames.map { "<vt:lpstr>\(XMLText.escaped($0))</vt:lpstr>" }.joined()
        return XMLPart.declaration
            + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\""
            + " xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">"
            + "<Application>Simpul</Application>"
            + "<HeadingPairs><vt:vector size=\"2\" baseType=\"variant\">"
            + "<vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant>"
            + "<vt:variant><vt:i4>\(sheetNames.count)</vt:i4></vt:variant>"
            + "</vt:vector></HeadingPairs>"
            + "<TitlesOfParts><vt:vector size=\"\(sheetNames.count)\" baseType=\"lpstr\">\(names)</vt:vector></TitlesOfParts>"
            + "</Properties>"
    }
}
