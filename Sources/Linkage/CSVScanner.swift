/// Splits CSV bytes (RFC 4180: comma separated, double-quoted fields, "" for a quote inside
/// quotes, LF or CRLF line ends) into rows of raw field bytes, with the line each row starts on.
struct CSVScanner {
    let bytes: [UInt8]
    var position = 0
    /// Physical line (1-based) of the next byte.
    var line = 1

    init(_ bytes: [UInt8]) {
        self.bytes = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
    }

    @inline(__always) static func isPlain(_ b: UInt8) -> Bool { b != 44 && b != 10 && b != 13 }

    enum ScanError: Error { case unbalancedQuote(line: Int) }

    /// The next row and its starting line, nil at the end. Blank lines are skipped.
    mutating func nextRow() throws(ScanError) -> (line: Int, fields: [ArraySlice<UInt8>])? {
        while position < bytes.count, bytes[position] == 10 || bytes[position] == 13 {
            if bytes[position] == 10 { line += 1 }
            position += 1
        }
        guard position < bytes.count else { return nil }
        let startLine = line
        var fields: [ArraySlice<UInt8>] = []
        while true {
            if position < bytes.count, bytes[position] == 34 {
                let quoteLine = line
                var field: [UInt8] = []
                position += 1
                while true {
                    guard position < bytes.count else { throw .unbalancedQuote(line: quoteLine) }
                    let b = bytes[position]
                    if b == 34 {
                        if position + 1 < bytes.count, bytes[position + 1] == 34 { field.append(34); position += 2; continue }
                        position += 1
                        break
                    }
                    if b == 10 { line += 1 }
                    field.append(b); position += 1
                }
                // Text after a closing quote is kept (lenient), up to the separator.
                while position < bytes.count, Self.isPlain(bytes[position]) {
                    field.append(bytes[position]); position += 1
                }
                fields.append(field[...])
            } else {
                let start = position
                while position < bytes.count, Self.isPlain(bytes[position]) { position += 1 }
                fields.append(bytes[start..<position])
            }
            if position < bytes.count, bytes[position] == 44 { position += 1; continue }
            if position < bytes.count, bytes[position] == 13 { position += 1 }
            if position < bytes.count, bytes[position] == 10 { position += 1; line += 1 }
            return (startLine, fields)
        }
    }
}
