import Cases
import OpenData

/// One import of a partner's HTCDS file into the store as cases of one agency, for the command
/// line and the web alike. A JSON Lines file is fed in chunks and loaded a batch of lines at a
/// time. Three stages overlap: the caller reads and checks a batch, the one before it is sealed
/// (`HTCDSImports.prepare`), and the one before that is written (`HTCDSImportWriter`, several
/// batches to a transaction when asked); at most `inFlightLimit` batches are sealed or waiting
/// to be written at once, so memory stays that of a few batches. Three CSV files are read a
/// batch of cases at a time too when their rows are grouped by case, and whole otherwise (`loadCSV`).
///
/// Once fed, a run must be ended: by `finishJSONLines` or `loadCSV`, or by `drain` after a failure.
public struct HTCDSImportRun: Sendable {
    let imports: HTCDSImports
    let matchIndex: PersonMatchIndex
    public let importer: HTCDSImporter
    let actor: Viewer?
    let batchSize: Int
    let batchesPerTransaction: Int
    private var batcher: JSONLinesBatcher
    private var file = ""
    /// Started with the first batch.
    private var writer: HTCDSImportWriter?
    /// Batches handed to the writer and not yet in its transaction.
    private var unwritten = 0
    static let inFlightLimit = 2
    /// What the committed transactions loaded: a batch in a transaction that rolled back is not counted.
    public private(set) var loaded = HTCDSLoaded()
    public private(set) var rejects: [ImportReject] = []
    /// Told what is loaded so far after every commit, whatever the file's format (a web
    /// import's job row shows it).
    public var afterBatch: (@Sendable (HTCDSLoaded) async throws -> Void)?

    /// `agencyID` receives the cases; `defaultProvinceCode` is for cases whose file names no
    /// province; `actor` is the signed-in user of a web import (nil on the command line).
    /// `batchesPerTransaction` above one keeps the write lock from one commit to the next while
    /// batches are sealed: for a load the store is left to, not for a server's own import.
    public init(store: SimpulStore, agencyID: String, defaultProvinceCode: String?, actor: Viewer?, batchSize: Int = 2_000,
                batchesPerTransaction: Int = 1) {
        imports = store.htcdsImports
        matchIndex = store.personMatchIndex
        importer = HTCDSImporter(agencyID: agencyID, defaultProvinceCode: defaultProvinceCode)
        self.actor = actor
        self.batchSize = max(1, batchSize)
        self.batchesPerTransaction = max(1, batchesPerTransaction)
        batcher = JSONLinesBatcher(linesPerBatch: self.batchSize)
    }

    /// The next chunk of the JSON Lines file `file`; loads each batch of lines it completes.
    public mutating func addJSONLines(_ chunk: some Sequence<UInt8>, file: String) async throws {
        self.file = file
        for batch in batcher.add(chunk) { try await load(parse(batch)) }
    }

    /// The end of the JSON Lines file: its last lines.
    public mutating func finishJSONLines() async throws {
        if let batch = batcher.finish() { try await load(parse(batch)) }
        try await settle()
    }

    /// The three CSV files of an HTCDS export. Files grouped by case, as Simpul writes them, are
    /// read twice: their id columns first, to know they are (`HTCDSCSVGroups.areGroupedByCase`),
    /// then a batch of cases at a time. Other files are read whole, since a row may refer to one
    /// anywhere in another file. Either way the same cases load with the same rejects, in file order.
    public mutating func loadCSV(cases: HTCDSCSVSource, persons: HTCDSCSVSource, support: HTCDSCSVSource) async throws {
        file = cases.file
        let grouped = try await LowPriorityThreads.shared.run {
            try HTCDSCSVGroups.areGroupedByCase(cases: cases, persons: persons, support: support)
        }
        if grouped {
            var groups = try HTCDSCSVGroups(cases: cases, persons: persons, support: support)
            while true {
                let (batch, rest) = try await LowPriorityThreads.shared.run { [groups, importer, batchSize] in
                    var rest = groups
                    return (try rest.nextChecked(cases: batchSize).map(importer.importCSV), rest)
                }
                groups = rest
                guard let batch else { break }
                try await load(batch)
            }
        } else {
            try await load(LowPriorityThreads.shared.run { [importer] in
                try importer.importCSV(cases: cases, persons: persons, support: support)
            })
        }
        try await settle()
        rejects = HTCDSImporter.inFileOrder(rejects, files: [cases.file, persons.file, support.file])
    }

    /// A batch of lines read and checked on a low-priority thread (`LowPriorityThreads`): on one
    /// of the shared threads, at an equal share of the cores, it kept the writer waiting.
    private func parse(_ batch: JSONLinesBatcher.Batch) async throws -> HTCDSImport {
        try await LowPriorityThreads.shared.run { [importer, file] in importer.importJSONLines(batch.text, file: file, firstLine: batch.firstLine) }
    }

    private mutating func load(_ result: HTCDSImport) async throws {
        rejects += result.rejects
        let writer = self.writer ?? HTCDSImportWriter(imports: imports, perTransaction: batchesPerTransaction)
        self.writer = writer
        for start in stride(from: 0, to: result.cases.count, by: batchSize) {
            let batch = Array(result.cases[start..<min(start + batchSize, result.cases.count)])
            while unwritten >= Self.inFlightLimit {
                guard try await nextEvent(from: writer) else {
                    throw StoreError.corrupt("the import's writer stopped with batches still to write")
                }
            }
            // Sealed while the batch before it is written and the caller reads the next one;
            // the writer takes the batches in the order given, so they land in the file's order.
            let imports = self.imports, agencyID = importer.agencyID, file = self.file, actor = self.actor
            await writer.input.put(Task { try await imports.prepare(batch, agencyID: agencyID, file: file, by: actor) })
            unwritten += 1
        }
    }

    /// Waits for the writer's next event and counts a commit; false once the writer has stopped.
    private mutating func nextEvent(from writer: HTCDSImportWriter) async throws -> Bool {
        switch await writer.events.take() {
        case .written?: unwritten -= 1
        case .committed(let batch)?:
            loaded += batch
            try await afterBatch?(loaded)
        case .failed(let error)?: throw error
        case nil: return false
        }
        return true
    }

    /// Ends the writer's input and waits until everything given to it is committed, and counts it.
    private mutating func settle() async throws {
        guard let writer else { return }
        await writer.input.finish()
        while try await nextEvent(from: writer) {}
        self.writer = nil
    }

    /// After a failure elsewhere (reading the file, a refused batch): ends the writer's input and
    /// waits until it stops, so that nothing writes once the caller has given up (and closed the
    /// store), and counts what it committed. Its errors are dropped: the caller already has one.
    public mutating func drain() async {
        guard let writer else { return }
        await writer.input.finish()
        while case let event? = await writer.events.take() {
            if case .committed(let batch) = event { loaded += batch }
        }
        self.writer = nil
        unwritten = 0
    }

    /// After the last batch: the person-matching model is estimated again, as after any bulk load,
    /// so the imported persons are scored among everyone else.
    public func finish() async throws {
        _ = try await matchIndex.refreshModel()
    }
}
