/// Why an evidence file cannot be read at all. Each case names the line to look at.
public enum EvidenceCSVError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The header lacks `from`, `to` or `time`.
    case missingColumns([String], line: Int)
    case repeatedColumn(String, line: Int)
    case notUTF8(line: Int)
    case unclosedQuote(line: Int)
    case noRows
    case tooManyRows(limit: Int)

    public var description: String {
        switch self {
        case .missingColumns(let c, let l): "line \(l): the header lacks \(c.joined(separator: " and ")) (needed: from,to,time; optional: amount)"
        case .repeatedColumn(let c, let l): "line \(l): the column \(c) appears twice"
        case .notUTF8(let l): "line \(l): the text is not UTF-8; save the file as UTF-8"
        case .unclosedQuote(let l): "line \(l): a quoted field is never closed"
        case .noRows: "the file has no rows after its header"
        case .tooManyRows(let n): "the file has more than \(n) rows: split it into parts"
        }
    }

    /// The same in Indonesian.
    public var indonesian: String {
        switch self {
        case .missingColumns(let c, let l): "baris \(l): judul kolom tidak memuat \(c.joined(separator: " dan ")) (wajib: from,to,time; boleh: amount)"
        case .repeatedColumn(let c, let l): "baris \(l): kolom \(c) muncul dua kali"
        case .notUTF8(let l): "baris \(l): teks bukan UTF-8; simpan berkas sebagai UTF-8"
        case .unclosedQuote(let l): "baris \(l): tanda kutip tidak ditutup"
        case .noRows: "berkas tidak memuat baris data setelah judul kolom"
        case .tooManyRows(let n): "berkas memuat lebih dari \(n) baris: pecah menjadi beberapa berkas"
        }
    }
}

/// A row of an evidence file that was not loaded, with its line and why; the other rows are.
public struct RejectedEvidence: Hashable, Sendable, CustomStringConvertible {
    public let line: Int
    public let reason: Reason

    public enum Reason: Error, Hashable, Sendable {
        case fieldCount(Int, expected: Int)
        case missing(String)
        /// An end that is not a valid identifier of the file's kind, with the value as written.
        case malformed(column: String, value: String, IdentifierProblem)
        /// Both ends are the same identifier.
        case sameEnds(String)
        case badTime(String)
        case badAmount(String)
    }

    public var description: String {
        let why: String = switch reason {
        case .fieldCount(let n, let e): "has \(n) fields, the header has \(e)"
        case .missing(let c): "\(c) is empty"
        case .malformed(let c, let v, let p): "\(c) '\(v)' \(p)"
        case .sameEnds(let v): "from and to are the same ('\(v)')"
        case .badTime(let t): "time '\(t)' is not a date written YYYY-MM-DD (a time may follow) or DD/MM/YYYY"
        case .badAmount(let a): "amount '\(a)' is not a whole number of rupiah"
        }
        return "line \(line): \(why)"
    }

    /// The same in Indonesian.
    public var indonesian: String {
        let why: String = switch reason {
        case .fieldCount(let n, let e): "memuat \(n) kolom, judul memuat \(e)"
        case .missing(let c): "\(c) kosong"
        case .malformed(let c, let v, let p): "\(c) '\(v)' tidak sah (\(p))"
        case .sameEnds(let v): "from dan to sama ('\(v)')"
        case .badTime(let t): "time '\(t)' bukan tanggal YYYY-MM-DD (boleh diikuti jam) atau DD/MM/YYYY"
        case .badAmount(let a): "amount '\(a)' bukan jumlah rupiah bulat"
        }
        return "baris \(line): \(why)"
    }
}
