/// An `INSERT INTO t (a, b) VALUES (?, ?) [ON CONFLICT DO NOTHING] [RETURNING …]` statement taken
/// apart, so that a batch sends many rows in one statement: `VALUES ($1, $2), ($3, $4), …`.
///
/// Only statements whose placeholders are all in that one tuple qualify. `ON CONFLICT … DO UPDATE`
/// does not: one statement may not update the same row twice, while row after row may.
package struct PostgresBulkInsert: Sendable {
    /// Everything before the tuple, `VALUES` included.
    package let head: String
    /// The number of values in one row.
    package let width: Int
    /// Everything after the tuple.
    package let tail: String

    /// PostgreSQL takes at most 65,535 binds in one statement.
    static let maximumBinds = 65_535
    /// Past a few hundred rows, longer statements no longer save time (measured on 50,000 rows).
    static let maximumRows = 1_000

    package init?(_ sql: String) {
        let bytes = Array(sql.utf8)
        let positions = PostgresPlaceholders.placeholders(in: bytes)
        guard let first = positions.first, let last = positions.last,
              Self.word(in: bytes, at: Self.skipSpace(bytes, from: 0, step: 1)) == "INSERT"
        else { return nil }
        let open = Self.skipSpace(bytes, from: first - 1, step: -1)
        let close = Self.skipSpace(bytes, from: last + 1, step: 1)
        guard open >= 6, close < bytes.count, bytes[open] == UInt8(ascii: "("), bytes[close] == UInt8(ascii: ")") else {
            return nil
        }
        let keywordEnd = Self.skipSpace(bytes, from: open - 1, step: -1)
        guard keywordEnd >= 5, Self.word(in: bytes, at: keywordEnd - 5) == "VALUES" else { return nil }
        let inner = bytes[(open + 1)..<close].filter { !Self.isSpace($0) }
        let expected = Array(([String](repeating: "?", count: positions.count)).joined(separator: ",").utf8)
        guard inner == expected else { return nil }
        let tail = String(decoding: bytes[(close + 1)...], as: UTF8.self)
        guard !tail.uppercased().contains("DO UPDATE") else { return nil }
        self.head = String(decoding: bytes[..<open], as: UTF8.self)
        self.width = positions.count
        self.tail = tail
    }

    /// How many rows one statement carries.
    package var rowsPerStatement: Int { max(1, min(Self.maximumRows, Self.maximumBinds / width)) }

    /// The statement for `rows` rows, its placeholders numbered.
    package func statement(rows: Int) -> String {
        var sql = head
        sql.reserveCapacity(head.count + tail.count + rows * width * 7)
        var n = 0
        for row in 0..<rows {
            sql += row == 0 ? "(" : ", ("
            for column in 0..<width {
                n += 1
                sql += column == 0 ? "$\(n)" : ", $\(n)"
            }
            sql += ")"
        }
        return sql + tail
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
    }

    private static func skipSpace(_ bytes: [UInt8], from start: Int, step: Int) -> Int {
        var i = start
        while i >= 0, i < bytes.count, isSpace(bytes[i]) { i += step }
        return i
    }

    /// The six letters at `start`, upper-cased, when they stand alone as a word.
    private static func word(in bytes: [UInt8], at start: Int) -> String? {
        guard start >= 0, start + 6 <= bytes.count else { return nil }
        let isLetter = { (b: UInt8) in (b | 0x20) >= UInt8(ascii: "a") && (b | 0x20) <= UInt8(ascii: "z") || b == UInt8(ascii: "_") }
        if start > 0, isLetter(bytes[start - 1]) { return nil }
        if start + 6 < bytes.count, isLetter(bytes[start + 6]) { return nil }
        return String(decoding: bytes[start..<(start + 6)], as: UTF8.self).uppercased()
    }
}
