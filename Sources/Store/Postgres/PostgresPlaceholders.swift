/// Turns the store's portable SQL into PostgreSQL's. Repositories write `?` placeholders; PostgreSQL
/// numbers them, `$1`, `$2`, …
///
/// A `?` inside a quoted literal (`'…'`), a quoted identifier (`"…"`) or a comment is text, not a
/// placeholder, as in SQLite. Everywhere else every `?` is a placeholder, so PostgreSQL's JSON
/// operators `?`, `?|` and `?&` cannot be written (use `jsonb_exists` and friends), and neither can
/// `E'…'` strings with a backslash-escaped quote or `$$`-quoted bodies that contain a `?`.
package enum PostgresPlaceholders {
    /// The statement with its placeholders numbered from `first`, and how many there were.
    /// `types`, when given, casts each placeholder that has one (`$1::int8`): a statement prepared
    /// for later values gets its parameters' types from there.
    package static func numbered(_ sql: String, from first: Int = 1, types: [String?] = []) -> (sql: String, count: Int) {
        let bytes = Array(sql.utf8)
        let positions = placeholders(in: bytes)
        guard !positions.isEmpty else { return (sql, 0) }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + positions.count * 3)
        var start = 0
        for (n, position) in positions.enumerated() {
            out.append(contentsOf: bytes[start..<position])
            out.append(UInt8(ascii: "$"))
            out.append(contentsOf: String(first + n).utf8)
            if n < types.count, let type = types[n] { out.append(contentsOf: "::\(type)".utf8) }
            start = position + 1
        }
        out.append(contentsOf: bytes[start...])
        return (String(decoding: out, as: UTF8.self), positions.count)
    }

    /// The offsets of the placeholders in `sql`'s UTF-8 bytes.
    static func placeholders(in sql: [UInt8]) -> [Int] {
        var found: [Int] = []
        var i = 0
        while i < sql.count {
            switch sql[i] {
            case UInt8(ascii: "?"):
                found.append(i)
                i += 1
            case UInt8(ascii: "'"), UInt8(ascii: "\""):
                // A doubled quote inside closes and reopens: the same as staying inside.
                let quote = sql[i]
                i += 1
                while i < sql.count, sql[i] != quote { i += 1 }
                i += 1
            case UInt8(ascii: "-") where i + 1 < sql.count && sql[i + 1] == UInt8(ascii: "-"):
                while i < sql.count, sql[i] != UInt8(ascii: "\n") { i += 1 }
            case UInt8(ascii: "/") where i + 1 < sql.count && sql[i + 1] == UInt8(ascii: "*"):
                i += 2
                while i + 1 < sql.count, !(sql[i] == UInt8(ascii: "*") && sql[i + 1] == UInt8(ascii: "/")) { i += 1 }
                i += 2
            default:
                i += 1
            }
        }
        return found
    }
}
