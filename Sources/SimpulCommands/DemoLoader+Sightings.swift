import Cases
import Coordination
import Demo
import Foundation
import Networks
import OfferCheck
import Store

/// The job-offer checker's side of the demo: a register of licensed agencies, the task force's
/// published warnings, and recruiters whose numbers recur in case files, reports and checks.
/// A few dozen rows whatever the number of cases.
extension DemoLoader {
    /// The register (when the store has none) and the warnings (when none are published),
    /// approved by the demo's administrator.
    static func loadOfferRegister(into store: SimpulStore) async throws {
        if try await store.licensedAgencies.count() == 0 {
            _ = try await store.licensedAgencies.replace(with: try AgencyCSV.read(DemoOfferRegister.csv), fileName: "demo-p3mi.csv", by: nil)
        }
        guard try await store.publishedWarnings.current().isEmpty,
              let admin = try await store.users.find(username: "admin") else { return }
        let today = CalendarDate(Date())
        for w in DemoOfferRegister.warnings {
            try await store.publishedWarnings.publish(PublishedWarning(id: "", name: w.name, licenceNumber: w.licenceNumber, phone: w.phone,
                                                                       account: w.account, legalBasis: w.legalBasis,
                                                                       publishedOn: today.addingDays(-w.daysAgo), approvedBy: ""), by: admin.viewer)
        }
    }

    /// The recruiter a demo report names, by the report's place among those filed.
    static func recruiter(forReport index: Int) -> DemoRecruiter? {
        index < DemoRecruiters.all.count ? DemoRecruiters.all[index] : nil
    }

    /// Each recruiter as entities of the case beside the report that names it, typed as an
    /// officer would, and the job-offer checks that named it.
    static func loadRecruiters(into store: SimpulStore, besideReports reports: [DemoReport]) async throws {
        var entities: [BulkEntity] = []
        for (i, report) in reports.enumerated() {
            let caseID = String(report.id.dropFirst("report-".count))
            guard let r = recruiter(forReport: i), let agency = try await store.cases.involvedAgencies(caseID: caseID).first?.id else { continue }
            func add(_ type: EntityType, _ value: String?, role: String? = nil) {
                guard let value else { return }
                entities.append(BulkEntity(id: "demo-\(caseID)-\(type.rawValue)", caseID: caseID, type: type, role: role, value: value, agencyID: agency))
            }
            add(.phone, r.phoneInCase)
            add(.bankAccount, r.accountInCase)
            add(.agency, r.agencyInCase)
            add(.agencyLicence, r.licence)
        }
        if !entities.isEmpty { try await store.networks.bulkInsert(entities: entities, links: [], note: "demo recruiters") }
        let today = CalendarDate(Date())
        for r in DemoRecruiters.all {
            var answers = OfferAnswers()
            answers.recruiterPhone = r.phoneInPublic
            answers.companyName = r.agencyInPublic
            answers.licenceNumber = r.licence
            if let account = r.accountInPublic { answers.payments = [PaymentItem(.agencyFee, amountRupiah: 7_500_000, description: "transfer ke \(account)")] }
            for days in r.checksDaysAgo { try await store.publicSightings.recordCheck(answers, on: today.addingDays(-days)) }
        }
    }
}
