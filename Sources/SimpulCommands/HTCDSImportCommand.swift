import ArgumentParser
import Cases
import Foundation
import OpenData
import Store
import Synchronization

extension HTCDSCommand {
    /// `simpul htcds import`: a partner's file into the store as cases of one agency.
    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Load a partner's HTCDS 2.0 file into the store as cases of one agency.",
            discussion: """
                Give one .jsonl file (read a megabyte at a time, written in batches of 2,000 cases, five batches per \
                transaction), or three CSV files in the order cases, persons, support. CSV files whose rows follow one \
                another case by case, as Simpul writes them, are read twice: the id columns, then a batch of cases at \
                a time; files in another order are read whole, so give a large one as JSON Lines. Into SQLite, commits \
                are not flushed one by one and a second connection folds the write-ahead log into the file while the \
                import goes on; everything is flushed before the command ends. Every row is checked; the valid ones \
                load and each rejected field is listed on standard error as file:line: field = 'value': reason. A case \
                this agency imported before under the same id, or already works, is skipped and counted, so loading \
                the same file twice adds nothing. Exit status 0 when the file was read, 2 when it cannot be read or \
                the agency or province is unknown.
                """)
        @OptionGroup var store: StoreOptions
        @Option(help: "The id of the agency whose cases these become.") var agency: String
        @Option(help: "The province (BPS code) of cases whose file names none; default: the agency's.") var province: String?
        @Option(help: "Cases sealed and written together.") var batchSize: Int = 2_000
        @Option(help: "Batches written per transaction; other writers to the store wait from one commit to the next.")
        var batchesPerTransaction: Int = 5
        @Flag(help: "No progress bar.") var quiet = false
        @Argument(help: "partner.jsonl, or cases.csv persons.csv support.csv.") var files: [String]

        func validate() throws {
            guard batchSize >= 1 else { throw ValidationError("--batch-size must be at least 1 (was \(batchSize))") }
            guard batchesPerTransaction >= 1 else {
                throw ValidationError("--batches-per-transaction must be at least 1 (was \(batchesPerTransaction))")
            }
        }

        func run() async throws {
            guard files.count == 1 || files.count == 3 else {
                throw OfferCheckCommand.failure("give one .jsonl file or three CSV files (cases, persons, support)")
            }
            if files.count == 3, let unreadable = files.first(where: { !FileManager.default.isReadableFile(atPath: $0) }) {
                throw OfferCheckCommand.failure("cannot read \(unreadable)")
            }
            if let province, Province.named(code: province) == nil { throw OfferCheckCommand.failure("unknown province code \(province)") }
            let opened = try await store.open(logger: makeLogger(), quiet: true)
            guard let target = try await opened.agencies.find(id: agency) else {
                try await opened.db.close()
                throw OfferCheckCommand.failure("no agency with id \(agency)")
            }
            // This process writes nothing but the import: its commits are not flushed one by one (see `beginBulkLoad`).
            let sqlite = opened.db as? SQLiteDatabase
            try await sqlite?.beginBulkLoad()
            var run = HTCDSImportRun(store: opened, agencyID: target.id, defaultProvinceCode: province ?? target.provinceCode,
                                     actor: nil, batchSize: batchSize,
                                     batchesPerTransaction: batchesPerTransaction)
            let progress = ProgressBar(enabled: !quiet && isatty(STDERR_FILENO) == 1)
            do {
                if files.count == 1 { try await readJSONLines(files[0], into: &run, progress: progress) } else {
                    let sources = csvSources(progress: progress)
                    try await run.loadCSV(cases: sources[0], persons: sources[1], support: sources[2])
                }
            } catch {
                await run.drain()
                // Closing ends the bulk load too.
                try? await opened.db.close()
                throw error
            }
            // Every batch is written: as on the web, the import stands whatever the matching
            // model's estimate does (it is estimated again at the next bulk load or import).
            do { try await run.finish() } catch {
                FileHandle.standardError.write(Data("peringatan / warning: person-matching model not re-estimated: \(error)\n".utf8))
            }
            // Everything committed is on the disk before the command says what it loaded.
            try await sqlite?.endBulkLoad()
            try await opened.db.close()
            progress.finish()
            for reject in run.rejects { FileHandle.standardError.write(Data("\(reject)\n".utf8)) }
            let l = run.loaded
            print("\(l.cases) kasus, \(l.persons) orang, \(l.support) layanan dimuat; \(l.skipped) kasus sudah ada dan dilewati; "
                  + "\(run.rejects.count) penolakan / \(l.cases) cases, \(l.persons) persons, \(l.support) support items loaded; "
                  + "\(l.skipped) cases already present and skipped; \(run.rejects.count) rejects")
        }

        /// The three CSV files, each read a megabyte at a time whenever the import reads it. The bar
        /// follows the cases file: its first reading checks the order of the rows, the next loads them.
        private func csvSources(progress: ProgressBar) -> [HTCDSCSVSource] {
            let casesSize = (try? FileManager.default.attributesOfItem(atPath: files[0])[.size] as? Int) ?? 0
            let readings = Mutex(0)
            return files.enumerated().map { index, path in
                .chunks(file: (path as NSString).lastPathComponent) {
                    guard let handle = FileHandle(forReadingAtPath: path) else { throw OfferCheckCommand.failure("cannot read \(path)") }
                    let stage = index == 0 ? (readings.withLock { $0 += 1; return $0 } == 1 ? "checking" : "cases") : nil
                    let read = Mutex(0)
                    return {
                        // The handle closes itself once the reading is dropped.
                        guard let data = try handle.read(upToCount: 1 << 20), !data.isEmpty else { return nil }
                        if let stage, casesSize > 0 {
                            let fraction = read.withLock { $0 += data.count; return Double($0) / Double(casesSize) }
                            progress.show(stage, min(1, fraction))
                        }
                        return Array(data)
                    }
                }
            }
        }

        private func readJSONLines(_ path: String, into run: inout HTCDSImportRun, progress: ProgressBar) async throws {
            guard let handle = FileHandle(forReadingAtPath: path) else { throw OfferCheckCommand.failure("cannot read \(path)") }
            defer { try? handle.close() }
            let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
            let name = (path as NSString).lastPathComponent
            var read = 0
            while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
                try await run.addJSONLines(chunk, file: name)
                read += chunk.count
                progress.show("cases", size > 0 ? min(1, Double(read) / Double(size)) : 1)
            }
            try await run.finishJSONLines()
        }
    }
}
