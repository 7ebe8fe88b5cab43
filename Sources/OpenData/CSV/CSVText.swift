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

/// The records of a whole CSV text (see `CSVRecordReader`).
struct CSVRecords: Sequence {
    let text: String

    func makeIterator() -> AnyIterator<CSVRecordReader.Record> {
        var reader = CSVRecordReader(bytes: Array(text.utf8))
        // The reader's only error is its source's, and a text in memory throws none.
        return AnyIterator { try? reader.next() }
    }
}
