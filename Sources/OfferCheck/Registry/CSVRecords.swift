/// Splits CSV text (RFC 4180: comma-separated, fields in double quotes may hold commas, line
/// breaks and `""`) into records, each with the line it starts on, so a reject can name it.
struct CSVRecords {
    struct Record: Equatable {
        let line: Int
        let fields: [String]
    }

    private(set) var records: [Record] = []
    /// The line of a record whose quote never closes; the rest of the file belongs to it.
    private(set) var unterminatedAt: Int?

    init(_ text: String) {
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }  // a byte-order mark from Excel
        var field = String.UnicodeScalarView()
        var fields: [String] = []
        var quoted = false, fieldStarted = false
        var line = 1, recordLine = 1
        var i = 0
        func endField() {
            fields.append(String(field))
            field = .init()
            fieldStarted = false
        }
        func endRecord() {
            endField()
            // A blank line is no record.
            if !(fields.count == 1 && fields[0].isEmpty) { records.append(Record(line: recordLine, fields: fields)) }
            fields = []
        }
        while i < scalars.count {
            let c = scalars[i]
            if quoted {
                if c == "\"" {
                    if i + 1 < scalars.count, scalars[i + 1] == "\"" { field.append("\""); i += 1 } else { quoted = false }
                } else if c == "\r", i + 1 < scalars.count, scalars[i + 1] == "\n" {
                    // A line break inside a field is "\n" whatever the file's line ends.
                    field.append("\n")
                    line += 1
                    i += 1
                } else {
                    if c == "\n" || c == "\r" { line += 1 }
                    field.append(c)
                }
            } else if c == "\"" && !fieldStarted {
                quoted = true
                fieldStarted = true
            } else if c == "," {
                endField()
            } else if c == "\n" || c == "\r" {
                if c == "\r", i + 1 < scalars.count, scalars[i + 1] == "\n" { i += 1 }
                endRecord()
                line += 1
                recordLine = line
            } else {
                field.append(c)
                fieldStarted = true
            }
            i += 1
        }
        if quoted { unterminatedAt = recordLine } else if fieldStarted || !fields.isEmpty || !field.isEmpty { endRecord() }
    }
}
