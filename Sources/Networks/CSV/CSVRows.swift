/// Splits CSV bytes into rows of fields (RFC 4180: commas, double-quoted fields with "" for a
/// quote, LF or CRLF line ends), each row with the line it starts on. Blank lines are skipped.
/// A leading UTF-8 byte-order mark is ignored.
struct CSVRows {
    private let bytes: [UInt8]
    private(set) var position: Int
    private var line = 1

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        position = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    }

    var byteCount: Int { bytes.count }

    enum Failure: Error { case unclosedQuote(line: Int), notUTF8(line: Int) }

    mutating func next() throws(Failure) -> (line: Int, fields: [String])? {
        while position < bytes.count, bytes[position] == 10 || bytes[position] == 13 {
            if bytes[position] == 10 { line += 1 }
            position += 1
        }
        guard position < bytes.count else { return nil }
        let start = line
        var fields: [String] = []
        while true {
            var field: [UInt8] = []
            if bytes[safe: position] == 34 {
                position += 1
                while true {
                    guard position < bytes.count else { throw .unclosedQuote(line: start) }
                    let b = bytes[position]
                    position += 1
                    if b == 34 {
                        if bytes[safe: position] == 34 { field.append(34); position += 1; continue }
                        break
                    }
                    if b == 10 { line += 1 }
                    field.append(b)
                }
            }
            // Unquoted text, or text after a closing quote (kept, leniently), up to the separator.
            let from = position
            while position < bytes.count, bytes[position] != 44, bytes[position] != 10, bytes[position] != 13 { position += 1 }
            field += bytes[from..<position]
            guard let text = String(validating: field, as: UTF8.self) else { throw .notUTF8(line: start) }
            fields.append(text)
            if bytes[safe: position] == 44 { position += 1; continue }
            if bytes[safe: position] == 13 { position += 1 }
            if bytes[safe: position] == 10 { position += 1; line += 1 }
            return (start, fields)
        }
    }
}

extension Array where Element == UInt8 {
    subscript(safe i: Int) -> UInt8? { i < count ? self[i] : nil }
}
