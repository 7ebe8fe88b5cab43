import Cases
import Demo
import Foundation
import Reporting
import Security
import Store

/// The demo's anonymous reports: filed as the intake files them (routed by the store's rules,
/// the receipt code hashed at the production cost), with the history they already have.
extension DemoLoader {
    /// One report for every 25 cases, but no more than this: each receipt hash costs well over
    /// 100 ms of one core by design, and they are hashed while the cases load.
    static let reportCap = 16

    static func reportCount(cases: Int) -> Int { min(cases / DemoReportGenerator.casesPerReport, reportCap) }

    /// Receipt hashes for `count` new codes, on a thread of their own (the codes themselves are
    /// shown to nobody: the demo's reporters are imagined).
    static func hashReceipts(count: Int, cipher: FieldCipher) -> Task<[String], Never> {
        Task {
            await withCheckedContinuation { done in
                Thread.detachNewThread {
                    let hasher = ReceiptHasher(parameters: .production, cipher: cipher)
                    done.resume(returning: (0..<count).map { _ in hasher.hash(digits: ReceiptCode.generate().digits) })
                }
            }
        }
    }

    static func fileReports(_ reports: [DemoReport], hashes: [String], into store: SimpulStore, seed: UInt64) async throws {
        guard !reports.isEmpty else { return }
        let agencies = try await store.agencies.all()
        guard let fallback = agencies.first(where: { $0.kind == .womenChildProtection && $0.provinceCode == nil })
                ?? agencies.first(where: { $0.kind == .taskForce }) else { return }
        let router = try await store.reports.router(agencies: agencies, fallbackAgencyID: fallback.id)
        let label = ReceiptHasher.Parameters.production.label
        let bulk = zip(reports, hashes).enumerated().map { i, pair -> BulkReport in
            let (r, hash) = pair
            let route = router.route(TriageFacts(r.answers))
            var answers = r.answers
            if let recruiter = recruiter(forReport: i) { answers.narrative += DemoRecruiters.reportLines(recruiter) }
            let submission = ReportSubmission(id: r.id, receiptHash: hash, receiptKDF: label, channel: .web, filedByUserID: nil,
                                              filedByAgencyID: nil, answers: answers, route: route, attachments: [])
            let messages = r.firstReply.map { [BulkReport.Message(id: r.id + "-m1", kind: $0.kind, agencyID: route.agencyID,
                                                                 body: $0.text, at: $0.at)] } ?? []
            switch r.outcome {
            case .open(let status):
                return BulkReport(submission: submission, receivedAt: r.receivedAt, status: status, caseID: nil, closure: nil, messages: messages)
            case let .closed(reason, at):
                return BulkReport(submission: submission, receivedAt: r.receivedAt, status: .closed, caseID: nil,
                                  closure: (reason, at), messages: messages)
            case .caseOpened(let caseID):
                return BulkReport(submission: submission, receivedAt: r.receivedAt, status: .caseOpened, caseID: caseID,
                                  closure: nil, messages: messages)
            }
        }
        try await store.reports.bulkInsert(bulk, note: "demo data, seed \(seed)")
    }
}
