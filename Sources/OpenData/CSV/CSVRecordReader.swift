/// The records of a CSV file that arrives a chunk at a time (a file read a megabyte at a time, an
/// upload held in memory), each with the line it starts on, so an import can name the line of
/// every reject. Quoted fields may hold commas, quotes and line breaks, and a record may span
/// chunks. A quote opens a quoted field only at the field's start; outside quotes a CR is dropped;
/// a line break inside quotes counts as a line.
///
/// Works on bytes: every character that ends a field or a record is ASCII, so a field's bytes are
/// decoded once, whole. Columns left out of `keep` are read past without making strings, which
/// is what lets a first pass over a large file look at a few columns cheaply.
struct CSVRecordReader: Sendable {
    struct Record: Equatable, Sendable {
        let line: Int
        let fields: [String]
    }

    /// The next chunk of the file; nil or empty at its end.
    private let read: @Sendable () throws -> [UInt8]?
    /// Which columns become strings (by position); the others read as "". Nil: all of them.
    var keep: [Bool]?
    private var chunk: [UInt8] = []
    private var at = 0
    private var ended = false
    private var line = 1
    private var pastByteOrderMark = false
    /// The most cells a record had so far.
    private var width = 0

    init(read: @escaping @Sendable () throws -> [UInt8]?) {
        self.read = read
    }

    /// A file already in memory.
    init(bytes: [UInt8]) {
        read = { nil }
        chunk = bytes
        ended = true
    }

    /// At the file's start: drops a byte-order mark, as Excel writes, which is not part of the
    /// first column's name. The mark may be cut across chunks; bytes that only begin like one stay.
    private mutating func skipByteOrderMark() throws {
        pastByteOrderMark = true
        let mark: [UInt8] = [0xEF, 0xBB, 0xBF]
        var matched: [UInt8] = []
        while matched.count < mark.count {
            if at == chunk.count {
                guard !ended, let more = try read(), !more.isEmpty else { ended = true; break }
                chunk = more
                at = 0
            }
            guard chunk[at] == mark[matched.count] else { break }
            matched.append(chunk[at])
            at += 1
        }
        if matched.count < mark.count && !matched.isEmpty {
            chunk = matched + chunk[at...]
            at = 0
        }
    }

    /// What one record's reading has seen so far, kept across the chunks it spans.
    private struct Partial {
        var fields: [String] = []
        var field: [UInt8] = []
        /// Whether the field so far is empty, kept for columns whose bytes are not kept.
        var fieldEmpty = true
        var quoted = false
        /// A quote inside a quoted field: either the first of a doubled quote, or the field's closing one.
        var closing = false
        var started = false
    }

    /// The next record; nil at the end of the file.
    mutating func next() throws -> Record? {
        if !pastByteOrderMark { try skipByteOrderMark() }
        var p = Partial()
        // Records are as wide as the one before, as a rule: room for its cells saves regrowing the list.
        p.fields.reserveCapacity(width)
        defer { width = max(width, p.fields.count) }
        let startLine = line
        while true {
            if at == chunk.count {
                if !ended, let more = try read(), !more.isEmpty {
                    chunk = more
                    at = 0
                } else {
                    ended = true
                    chunk = []
                    at = 0
                    if !p.started && p.fields.isEmpty { return nil }
                    endField(&p)
                    return Record(line: startLine, fields: p.fields)
                }
            }
            if scan(&p) { return Record(line: startLine, fields: p.fields) }
        }
    }

    /// Reads the current chunk until the record ends (true) or the chunk does (false).
    private mutating func scan(_ p: inout Partial) -> Bool {
        let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
        let bytes = chunk
        return bytes.withUnsafeBufferPointer { buf in
            var i = at
            defer { at = i }
            while i < buf.count {
                let c = buf[i]
                i += 1
                p.started = true
                if p.closing {
                    p.closing = false
                    if c == quote { append(c, &p); continue }
                    p.quoted = false
                }
                if p.quoted {
                    if c == quote { p.closing = true; continue }
                    if c == lf { line += 1 }
                    append(c, &p)
                } else if c == quote && p.fieldEmpty {
                    p.quoted = true
                } else if c == comma {
                    endField(&p)
                } else if c == lf {
                    line += 1
                    endField(&p)
                    return true
                } else if c != cr {
                    // A run of plain bytes is taken whole.
                    var end = i
                    while end < buf.count, buf[end] != quote, buf[end] != comma, buf[end] != cr, buf[end] != lf { end += 1 }
                    if keeps(p.fields.count) { p.field.append(contentsOf: buf[(i - 1)..<end]) }
                    p.fieldEmpty = false
                    i = end
                }
            }
            return false
        }
    }

    private func keeps(_ column: Int) -> Bool {
        guard let keep else { return true }
        return column < keep.count && keep[column]
    }

    private func append(_ c: UInt8, _ p: inout Partial) {
        if keeps(p.fields.count) { p.field.append(c) }
        p.fieldEmpty = false
    }

    private func endField(_ p: inout Partial) {
        p.fields.append(p.field.isEmpty ? "" : String(decoding: p.field, as: UTF8.self))
        p.field.removeAll(keepingCapacity: true)
        p.fieldEmpty = true
    }
}
