/// The cell formats of xl/styles.xml; a cell's `s` attribute is the raw value (0 is left out).
enum CellStyle: Int {
    case plain = 0, header, percent, title, note

    /// One custom number format: percentages with one decimal, "12.5%". Ids from 164 up are
    /// free for custom formats; lower ids are Excel's built-in ones.
    static let percentFormatID = 164

    static let stylesXML: String = {
        let fonts = [
            "<font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>",
            "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>",
            "<font><b/><sz val=\"14\"/><name val=\"Calibri\"/><family val=\"2\"/></font>",
            "<font><i/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>",
        ]
        // In the order of the cases: plain, header (bold), percent, title (bold, larger), note (italic).
        let formats = [
            "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>",
            "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>",
            "<xf numFmtId=\"\(percentFormatID)\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>",
            "<xf numFmtId=\"0\" fontId=\"2\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>",
            "<xf numFmtId=\"0\" fontId=\"3\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>",
        ]
        // Excel expects the first two fills to be "none" and "gray125" whatever the cells use.
        return XMLPart.declaration
            + "<styleSheet xmlns=\"\(XMLPart.spreadsheetNamespace)\">"
            + "<numFmts count=\"1\"><numFmt numFmtId=\"\(percentFormatID)\" formatCode=\"0.0%\"/></numFmts>"
            + "<fonts count=\"\(fonts.count)\">\(fonts.joined())</fonts>"
            + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
            + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
            + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"\(formats.count)\">\(formats.joined())</cellXfs>"
            + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
            + "</styleSheet>"
    }()
}
