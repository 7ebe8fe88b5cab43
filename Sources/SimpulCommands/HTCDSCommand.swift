import ArgumentParser
import Foundation
import OpenData
import Store

/// `simpul htcds`: the registry in HTCDS 2.0 for partners (IOM, NGOs), and a check of a
/// partner's file before it is loaded.
struct HTCDSCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "htcds", abstract: "Exchange case data in the Human Trafficking Case Data Standard (HTCDS 2.0).",
        subcommands: [Export.self, Import.self, Check.self])

    enum Format: String, ExpressibleByArgument, CaseIterable { case json, csv }

    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write every case, its victims, suspects and support as HTCDS 2.0, streamed a page of cases at a time.",
            discussion: """
                json: one JSON Lines file, a case per line with its persons and support nested. csv: a folder with \
                cases.csv, persons.csv and support.csv. Identities are never written from the command line: they leave \
                Simpul only through a signed-in user allowed to see them. A progress bar goes to standard error when it is a terminal.
                """)
        @OptionGroup var store: StoreOptions
        @Option(help: "json or csv.") var format: Format = .json
        @Option(help: "The .jsonl file (json) or the folder (csv) to write.") var out: String
        @Option(help: "Cases read from the store at a time.") var pageSize: Int = 2_000
        @Flag(help: "No progress bar.") var quiet = false

        func run() async throws {
            // The export reads every page of the file once: mapped, each page read would stay in
            // the process's resident memory (up to the 1 GiB map); read into SQLite's small page
            // cache instead, they stay the kernel's.
            let opened = try await store.open(logger: makeLogger(), quiet: true, mappedBytes: 0)
            let sink: HTCDSSink
            do { sink = try HTCDSSink(format: format, out: out) } catch { throw OfferCheckCommand.failure("\(out): \(error)") }
            let sources = opened.openDataSources, limit = max(1, pageSize)
            let total = try await sources.caseCount()
            let progress = ProgressBar(enabled: !quiet && isatty(STDERR_FILENO) == 1)
            var page = try await sources.exchangePage(after: nil, limit: limit), written = 0
            while !page.cases.isEmpty {
                // The next page is read while this one is written: the store and the writer each have a core.
                let after = page.next
                async let next = sources.exchangePage(after: after, limit: limit)
                try sink.write(page.cases)
                written += page.cases.count
                progress.show("cases", total > 0 ? min(1, Double(written) / Double(total)) : 1)
                page = try await next
            }
            try sink.close()
            try await opened.db.close()
            progress.finish()
            print("\(written) kasus ditulis ke \(out) / \(written) cases written to \(out)")
        }
    }

    struct Check: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Read a partner's HTCDS file as an import would and list every rejected field; nothing is stored.",
            discussion: """
                Give one .jsonl file, or three CSV files in the order cases, persons, support. Exit status 0 when the \
                file was read (rejects, if any, are listed on standard error as file:line: field = 'value': reason); \
                2 when a file cannot be read.
                """)
        @Option(help: "The province (BPS code) of cases whose file names none.") var province: String?
        @Argument(help: "partner.jsonl, or cases.csv persons.csv support.csv.") var files: [String]

        func run() async throws {
            var texts: [(String, String)] = []
            for file in files {
                guard let data = FileManager.default.contents(atPath: file) else { throw OfferCheckCommand.failure("cannot read \(file)") }
                texts.append(((file as NSString).lastPathComponent, String(decoding: data, as: UTF8.self)))
            }
            let importer = HTCDSImporter(agencyID: "check", defaultProvinceCode: province)
            let result: HTCDSImport
            switch texts.count {
            case 1: result = importer.importJSONLines(texts[0].1, file: texts[0].0)
            case 3: result = importer.importCSV(cases: texts[0], persons: texts[1], support: texts[2])
            default: throw OfferCheckCommand.failure("give one .jsonl file or three CSV files (cases, persons, support)")
            }
            for reject in result.rejects { FileHandle.standardError.write(Data("\(reject)\n".utf8)) }
            let persons = result.cases.reduce(0) { $0 + $1.persons.count }
            print("\(result.cases.count) kasus dan \(persons) orang dapat dimuat, \(result.rejects.count) penolakan / "
                  + "\(result.cases.count) cases and \(persons) persons would load, \(result.rejects.count) rejects")
        }
    }
}

/// Where an export's lines go: one JSON Lines file, or three CSV files with their headers.
struct HTCDSSink {
    let exporter = HTCDSExporter()
    let handles: [HTCDSSection: FileHandle]
    let json: FileHandle?

    init(format: HTCDSCommand.Format, out: String) throws {
        func create(_ path: String) throws -> FileHandle {
            guard FileManager.default.createFile(atPath: path, contents: nil) else { throw CocoaError(.fileWriteUnknown) }
            return try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        }
        switch format {
        case .json:
            json = try create(out)
            handles = [:]
        case .csv:
            try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
            var handles: [HTCDSSection: FileHandle] = [:]
            for section in HTCDSSection.allCases {
                let handle = try create((out as NSString).appendingPathComponent("\(section.rawValue).csv"))
                try handle.write(contentsOf: Data(exporter.csvHeader(section).utf8))
                handles[section] = handle
            }
            self.handles = handles
            json = nil
        }
    }

    /// A page of cases, each file written once per page.
    func write(_ cases: [ExchangeCase]) throws {
        if let json {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(cases.count * 1_500)
            for c in cases { exporter.writeJSONLine(c, into: &bytes) }
            try json.write(contentsOf: bytes)
            return
        }
        var chunks: [HTCDSSection: [UInt8]] = [:]
        for c in cases { exporter.writeCSVLines(c, into: &chunks) }
        for (section, bytes) in chunks { try handles[section]!.write(contentsOf: bytes) }
    }

    func close() throws {
        try json?.close()
        for handle in handles.values { try handle.close() }
    }
}
