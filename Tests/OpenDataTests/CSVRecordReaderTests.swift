import Synchronization
import Testing
@testable import OpenData

/// A CSV file read a chunk at a time gives the same records wherever the chunks are cut.
@Suite("CSV records read in chunks")
struct CSVRecordReaderTests {
    /// A byte-order mark, quoted commas, doubled quotes, a line break inside quotes, a blank
    /// line, a quote inside an unquoted field and a last line without its ending.
    static let text = "\u{FEFF}a,b,c\r\n1,\"x,y\",3\r\n\"he said \"\"hi\"\"\",,\"line1\r\nline2\"\r\n\r\nab\"c,d,\r\nlast,\"\",z"
    static let expected: [CSVRecordReader.Record] = [
        .init(line: 1, fields: ["a", "b", "c"]),
        .init(line: 2, fields: ["1", "x,y", "3"]),
        .init(line: 3, fields: ["he said \"hi\"", "", "line1\r\nline2"]),
        .init(line: 5, fields: [""]),
        .init(line: 6, fields: ["ab\"c", "d", ""]),
        .init(line: 7, fields: ["last", "", "z"]),
    ]

    /// Hands out the parts in turn, then nothing.
    final class Parts: Sendable {
        let parts: [[UInt8]]
        let given = Mutex(0)
        init(_ bytes: [UInt8], size: Int) {
            parts = stride(from: 0, to: bytes.count, by: size).map { Array(bytes[$0..<min($0 + size, bytes.count)]) }
        }
        func next() -> [UInt8]? {
            given.withLock { i in
                defer { i += 1 }
                return i < parts.count ? parts[i] : nil
            }
        }
    }

    static func records(_ reader: CSVRecordReader) throws -> [CSVRecordReader.Record] {
        var reader = reader, out: [CSVRecordReader.Record] = []
        while let record = try reader.next() { out.append(record) }
        return out
    }

    @Test("every cut of the file into chunks, from one byte up, reads the same records as the whole")
    func everyChunkSize() throws {
        let bytes = Array(Self.text.utf8)
        #expect(try Self.records(CSVRecordReader(bytes: bytes)) == Self.expected)
        for size in 1...bytes.count {
            let parts = Parts(bytes, size: size)
            let read = try Self.records(CSVRecordReader(read: parts.next))
            #expect(read == Self.expected, "chunks of \(size) bytes")
        }
    }

    @Test("columns left out of keep read as empty, the others and the count of cells stay")
    func keptColumns() throws {
        var reader = CSVRecordReader(bytes: Array(Self.text.utf8))
        reader.keep = [true, false]
        let read = try Self.records(reader)
        let expected = Self.expected.map { r in
            CSVRecordReader.Record(line: r.line, fields: r.fields.enumerated().map { $0.offset == 0 ? $0.element : "" })
        }
        #expect(read == expected)
    }
}
