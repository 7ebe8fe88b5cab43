/// One CSV file of an HTCDS export as an import reads it: its name, and a way to read it from
/// the start, once per pass.
public struct HTCDSCSVSource: Sendable {
    public let file: String
    let records: @Sendable () throws -> CSVRecordReader

    /// A file already in memory (an upload).
    public static func bytes(_ bytes: [UInt8], file: String) -> HTCDSCSVSource {
        HTCDSCSVSource(file: file) { CSVRecordReader(bytes: bytes) }
    }

    /// A file read a chunk at a time: `open` starts a fresh reading and answers its next-chunk
    /// function (nil or empty at the end).
    public static func chunks(file: String, open: @escaping @Sendable () throws -> @Sendable () throws -> [UInt8]?) -> HTCDSCSVSource {
        HTCDSCSVSource(file: file) { CSVRecordReader(read: try open()) }
    }
}

/// The three CSV files of an HTCDS export read side by side, a batch of cases at a time, so that
/// an import of a million cases holds a batch's rows and never the files'.
///
/// That works when the files are grouped by case: each case's person rows follow one another in
/// the order of the cases file, and the support rows of a case's persons follow one another in
/// the same order — as Simpul's export writes them. A partner may list rows in any order, so
/// `areGroupedByCase` reads the id columns first; only files that pass are read this way, and
/// they give the same cases and rejects as reading them whole (`HTCDSImporter.importCSV`). Rows
/// without their key, and lines with the wrong number of cells, are rejects whatever case they
/// fall to, so they go with the case being read.
public struct HTCDSCSVGroups: Sendable {
    /// The rows of a few whole cases, and the lines rejected before their fields were read.
    public struct Batch: Sendable {
        var cases: [SourceRow] = []
        var persons: [SourceRow] = []
        var support: [SourceRow] = []
        var rejects: [ImportReject] = []
        /// The ids the case and person rows give, for the check for ids given twice.
        var caseIDs: [String] = []
        var personIDs: [String] = []
        /// Person or support rows left after the last case: the files were not grouped by case.
        var strays = 0

        public var isEmpty: Bool { cases.isEmpty && persons.isEmpty && support.isEmpty && rejects.isEmpty }
    }

    /// The files changed between the pass that checked their order and the one that reads them.
    public struct NotGrouped: Error, CustomStringConvertible {
        public let file: String
        public var description: String { "\(file): rows no longer grouped by case (was the file changed during the import?)" }
    }

    private var cases: HTCDSCSVFile
    private var persons: HTCDSCSVFile
    private var support: HTCDSCSVFile
    private var nextPerson: HTCDSCSVFile.Item?
    private var nextSupport: HTCDSCSVFile.Item?
    private var casesEnded = false

    /// `keysOnly` reads nothing but the id columns (for the first pass).
    init(cases: HTCDSCSVSource, persons: HTCDSCSVSource, support: HTCDSCSVSource, keysOnly: Bool) throws {
        self.cases = HTCDSCSVFile(file: cases.file, records: try cases.records(), section: .cases, keysOnly: keysOnly)
        self.persons = HTCDSCSVFile(file: persons.file, records: try persons.records(), section: .persons, keysOnly: keysOnly)
        self.support = HTCDSCSVFile(file: support.file, records: try support.records(), section: .support, keysOnly: keysOnly)
    }

    /// Reads the files for real, after `areGroupedByCase` said yes.
    public init(cases: HTCDSCSVSource, persons: HTCDSCSVSource, support: HTCDSCSVSource) throws {
        try self.init(cases: cases, persons: persons, support: support, keysOnly: false)
    }

    /// Whether the files can be read a batch of cases at a time: grouped by case as above, and
    /// no case or person id twice (a duplicate is rejected only when every row is seen at once).
    /// Reads only the id columns.
    public static func areGroupedByCase(cases: HTCDSCSVSource, persons: HTCDSCSVSource, support: HTCDSCSVSource) throws -> Bool {
        var groups = try HTCDSCSVGroups(cases: cases, persons: persons, support: support, keysOnly: true)
        // Hashes, not ids: a million ids as strings would cost more than the batches. Two ids
        // sharing a hash only send the files to the whole reading, which is always right.
        var caseIDs: Set<Int> = [], personIDs: Set<Int> = []
        while let batch = try groups.next(cases: 10_000) {
            if batch.strays > 0 { return false }
            for id in batch.caseIDs where !caseIDs.insert(id.hashValue).inserted { return false }
            for id in batch.personIDs where !personIDs.insert(id.hashValue).inserted { return false }
        }
        return true
    }

    /// The next `limit` cases with their persons and support; after the last case, the rows
    /// without a key left in the other files. Nil when all is read.
    public mutating func next(cases limit: Int) throws -> Batch? {
        var batch = Batch()
        while !casesEnded, batch.cases.count < limit {
            guard let item = try cases.next() else { casesEnded = true; break }
            guard case .row(let row, let keys) = item else {
                if case .reject(let reject) = item { batch.rejects.append(reject) }
                continue
            }
            batch.cases.append(row)
            if let id = keys.id { batch.caseIDs.append(id) }
            var personIDs = CasePersons()
            while let item = try peekPerson(), Self.belongs(item, { $0 == keys.id }) {
                nextPerson = nil
                take(item, into: &batch.persons, &batch.rejects)
                if case .row(_, let person) = item, let id = person.id {
                    personIDs.insert(id)
                    batch.personIDs.append(id)
                }
            }
            while let item = try peekSupport(), Self.belongs(item, personIDs.contains) {
                nextSupport = nil
                take(item, into: &batch.support, &batch.rejects)
            }
        }
        if casesEnded {
            // What is left can belong to no case: rows without a key are rejected; any other is a stray.
            while let item = try peekPerson() {
                nextPerson = nil
                if Self.belongs(item, { _ in false }) { take(item, into: &batch.persons, &batch.rejects) } else { batch.strays += 1 }
            }
            while let item = try peekSupport() {
                nextSupport = nil
                if Self.belongs(item, { _ in false }) { take(item, into: &batch.support, &batch.rejects) } else { batch.strays += 1 }
            }
        }
        return batch.isEmpty && batch.strays == 0 ? nil : batch
    }

    /// The same, but throws when a row turns up that belongs to no case read before it.
    public mutating func nextChecked(cases limit: Int) throws -> Batch? {
        let batch = try next(cases: limit)
        if let batch, batch.strays > 0 { throw NotGrouped(file: persons.file + ", " + support.file) }
        return batch
    }

    private mutating func peekPerson() throws -> HTCDSCSVFile.Item? {
        if nextPerson == nil { nextPerson = try persons.next() }
        return nextPerson
    }

    private mutating func peekSupport() throws -> HTCDSCSVFile.Item? {
        if nextSupport == nil { nextSupport = try support.next() }
        return nextSupport
    }

    /// The ids of one case's persons. Most cases have a few, and a short list is quicker to search
    /// than a set is to build; a case with thousands would make that list quadratic, so a long one
    /// becomes a set.
    private struct CasePersons {
        private var list: [String] = []
        private var set: Set<String>?

        mutating func insert(_ id: String) {
            if set != nil { set!.insert(id); return }
            list.append(id)
            if list.count > 16 { set = Set(list) }
        }

        func contains(_ id: String) -> Bool { set?.contains(id) ?? list.contains(id) }
    }

    /// Whether the row goes with the case being read: the key it hangs from says so, or it has none.
    private static func belongs(_ item: HTCDSCSVFile.Item, _ matches: (String) -> Bool) -> Bool {
        guard case .row(_, let keys) = item, let parent = keys.parent else { return true }
        return matches(parent)
    }

    private func take(_ item: HTCDSCSVFile.Item, into rows: inout [SourceRow], _ rejects: inout [ImportReject]) {
        switch item {
        case .row(let row, _): rows.append(row)
        case .reject(let reject): rejects.append(reject)
        }
    }
}
