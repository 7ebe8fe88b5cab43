import Cases
import OpenData

/// One import of a partner's HTCDS file into the store as cases of one agency, for the command
/// line and the web alike. A JSON Lines file is fed in chunks and loaded a batch of lines at a
/// time. Three stages overlap: the caller reads and checks a batch, the one before it is sealed
/// (`HTCDSImports.prepare`), and the one before that is written; at most `inFlightLimit`
/// batches are sealed or written at once, so memory stays that of a few batches. Three CSV
/// files are read whole (their rows refer to one another in any order) and then written a batch
/// of cases at a time.
public struct HTCDSImportRun: Sendable {
    let imports: HTCDSImports
    let matchIndex: PersonMatchIndex
    public let importer: HTCDSImporter
    let actor: Viewer?
    let batchSize: Int
    private var batcher: JSONLinesBatcher
    private var file = ""
    /// The batches being sealed or written, oldest first; each is written after the one before it.
    private var inFlight: [Task<HTCDSLoaded, any Error>] = []
    static let inFlightLimit = 2
    public private(set) var loaded = HTCDSLoaded()
    public private(set) var rejects: [ImportReject] = []
    /// Told what is loaded so far after every batch written, whatever the file's format (a web
    /// import's job row shows it).
    public var afterBatch: (@Sendable (HTCDSLoaded) async throws -> Void)?

    /// `agencyID` receives the cases; `defaultProvinceCode` is for cases whose file names no
    /// province; `actor` is the signed-in user of a web import (nil on the command line).
    public init(store: SimpulStore, agencyID: String, defaultProvinceCode: String?, actor: Viewer?, batchSize: Int = 2_000) {
        imports = store.htcdsImports
        matchIndex = store.personMatchIndex
        importer = HTCDSImporter(agencyID: agencyID, defaultProvinceCode: defaultProvinceCode)
        self.actor = actor
        self.batchSize = max(1, batchSize)
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

    /// The three CSV files of an HTCDS export, each as (file name, text).
    public mutating func loadCSV(cases: (file: String, text: String), persons: (file: String, text: String),
                                 support: (file: String, text: String)) async throws {
        file = cases.file
        try await load(LowPriorityThreads.shared.run { [importer] in importer.importCSV(cases: cases, persons: persons, support: support) })
        try await settle()
    }

    /// A batch of lines read and checked on a low-priority thread (`LowPriorityThreads`): on one
    /// of the shared threads, at an equal share of the cores, it kept the writer waiting.
    private func parse(_ batch: JSONLinesBatcher.Batch) async throws -> HTCDSImport {
        try await LowPriorityThreads.shared.run { [importer, file] in importer.importJSONLines(batch.text, file: file, firstLine: batch.firstLine) }
    }

    private mutating func load(_ result: HTCDSImport) async throws {
        rejects += result.rejects
        for start in stride(from: 0, to: result.cases.count, by: batchSize) {
            let batch = Array(result.cases[start..<min(start + batchSize, result.cases.count)])
            while inFlight.count >= Self.inFlightLimit { try await settleOldest() }
            // Sealed while the batch before it is written and the caller reads the next one;
            // written after the batch before it, so batches land in the file's order.
            let imports = self.imports, agencyID = importer.agencyID, file = self.file, actor = self.actor
            let previous = inFlight.last
            inFlight.append(Task {
                let prepared = try await imports.prepare(batch, agencyID: agencyID, file: file, by: actor)
                _ = try await previous?.value
                return try await imports.write(prepared)
            })
        }
    }

    /// Waits for the oldest batch in flight, and counts it.
    private mutating func settleOldest() async throws {
        guard !inFlight.isEmpty else { return }
        let batch = inFlight.removeFirst()
        loaded += try await batch.value
        try await afterBatch?(loaded)
    }

    /// Waits for every batch in flight, and counts them.
    private mutating func settle() async throws {
        while !inFlight.isEmpty { try await settleOldest() }
    }

    /// After a failure elsewhere (reading the file, a refused batch): waits for the batches still
    /// in flight, so that nothing writes once the caller has given up (and closed the store), and
    /// counts those written. Their errors are dropped: the caller already has one.
    public mutating func drain() async {
        while !inFlight.isEmpty {
            if let written = try? await inFlight.removeFirst().value { loaded += written }
        }
    }

    /// After the last batch: the person-matching model is estimated again, as after any bulk load,
    /// so the imported persons are scored among everyone else.
    public func finish() async throws {
        _ = try await matchIndex.refreshModel()
    }
}
