import Foundation

/// RFC 4180 text: fields quoted only when they must be, lines ended by CRLF.
public enum CSVText {
    /// The value as one CSV field. The test is on bytes, not `Character`s: "\r\n", or a comma
    /// followed by a combining accent, is one `Character` equal to none of the specials, and a
    /// value holding one went out unquoted and split its row.
    public static func field(_ value: String) -> String {
        guard !isPlain(value) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static func line(_ values: [String]) -> String {
        values.map(field).joined(separator: ",") + "\r\n"
    }

    /// Whether `field` leaves the value as it is: no comma, quote or line break in it.
    static func isPlain(_ value: String) -> Bool {
        !value.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }
    }

    /// `field(value)` appended as UTF-8; a plain value is copied without making a string.
    static func field(_ value: String, into out: inout [UInt8]) {
        if isPlain(value) { out.append(contentsOf: value.utf8) } else { out.append(contentsOf: field(value).utf8) }
    }
}

/// The records of a CSV text, each with the line it starts on, so an import can name the line
/// of every reject. Quoted fields may hold commas, quotes and line breaks.
struct CSVRecords: Sequence {
    let text: String

    struct Record {
        let line: Int
        let fields: [String]
    }

    func makeIterator() -> AnyIterator<Record> {
        var scalars = text.unicodeScalars.makeIterator()
        var line = 1
        var pending: Unicode.Scalar? = nil
        var finished = false
        return AnyIterator {
            guard !finished else { return nil }
            var fields: [String] = [], field = String.UnicodeScalarView()
            var quoted = false, started = false
            let startLine = line
            while true {
                let next = pending ?? scalars.next()
                pending = nil
                guard let c = next else {
                    finished = true
                    if !started && fields.isEmpty { return nil }
                    fields.append(String(field))
                    return Record(line: startLine, fields: fields)
                }
                started = true
                if quoted {
                    if c == "\"" {
                        let after = scalars.next()
                        if after == "\"" { field.append("\"") } else { quoted = false; pending = after }
                    } else {
                        if c == "\n" { line += 1 }
                        field.append(c)
                    }
                } else if c == "\"" && field.isEmpty {
                    quoted = true
                } else if c == "," {
                    fields.append(String(field))
                    field = String.UnicodeScalarView()
                } else if c == "\r" {
                    continue
                } else if c == "\n" {
                    line += 1
                    fields.append(String(field))
                    return Record(line: startLine, fields: fields)
                } else {
                    field.append(c)
                }
            }
        }
    }
}
