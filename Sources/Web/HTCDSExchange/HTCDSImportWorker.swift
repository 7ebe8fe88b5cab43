import Cases
import Store

/// Runs an uploaded file's import after the upload is answered. Its progress lives in the
/// store's job row, which every server can read; if this server stops half way, the batches
/// already written stay, and uploading the file again skips them.
enum HTCDSImportWorker {
    static let chunk = 1 << 20

    static func start(_ upload: HTCDSImportUpload, job: String, store: SimpulStore, viewer: Viewer, defaultProvinceCode: String?) {
        Task.detached {
            var run = HTCDSImportRun(store: store, agencyID: viewer.agencyID, defaultProvinceCode: defaultProvinceCode, actor: viewer)
            // Progress after every batch, CSV as much as JSON Lines: a long import must not look stalled.
            run.afterBatch = { try await store.htcdsImportJobs.progress(job, $0) }
            do {
                switch upload {
                case .jsonLines(let name, let bytes):
                    for start in stride(from: 0, to: bytes.count, by: chunk) {
                        try await run.addJSONLines(bytes[start..<min(start + chunk, bytes.count)], file: name)
                    }
                    try await run.finishJSONLines()
                case .csv(let cases, let persons, let support):
                    try await run.loadCSV(cases: cases, persons: persons, support: support)
                }
                // Every batch is written: the job is done whatever the matching model's estimate does
                // next (if it fails, the model is estimated again at the next bulk load or import).
                try await store.htcdsImportJobs.finish(job, by: viewer, loaded: run.loaded, rejects: run.rejects)
                try? await run.finish()
            } catch {
                await run.drain()
                // The cause stays out of the page and the job row: a database's message can quote a row's values.
                try? await store.htcdsImportJobs.finish(job, by: viewer, loaded: run.loaded, rejects: run.rejects, failure: "store")
            }
        }
    }
}
