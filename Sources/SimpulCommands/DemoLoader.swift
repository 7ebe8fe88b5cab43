import Cases
import Coordination
import Demo
import Foundation
import Security
import Store

/// Fills a store with the demo's agencies, users and cases.
enum DemoLoader {
    struct SignIn { let username: String; let password: String; let role: Role; let agency: String }

    static func load(into store: SimpulStore, cases: Int, bcryptCost: UInt8, seed: UInt64 = 2026,
                     progress: Bool = true) async throws -> [SignIn] {
        var clock = PhaseClock(label: "demo phase", enabled: progress)
        let existing = Set(try await store.agencies.all().map(\.code))
        for agency in DemoAgencies.all where !existing.contains(agency.code) {
            try await store.agencies.create(agency)
        }
        try await store.reports.installDefaults(dutyAgencyIDs: [DemoAgencies.id("KEMENPPPA"), DemoAgencies.id("BARESKRIM")])
        var missing: [DemoUser] = []
        for u in DemoUser.all where try await store.users.find(username: u.username) == nil { missing.append(u) }
        // Some 30 bcrypt hashes at the production cost take seconds of one core, while loading
        // the cases leaves the other core mostly idle: they are hashed beside the load.
        let hashing = hashPasswords(for: missing, cost: bcryptCost)
        let receipts = hashReceipts(count: reportCount(cases: cases), cipher: store.cipher)
        clock.lap("agencies and settings")
        let (reports, networks) = try await loadCases(into: store, count: cases, seed: seed, progress: progress, clock: &clock)
        try await loadNetworks(networks, into: store)
        clock.lap("networks")
        try await fileReports(reports, hashes: await receipts.value, into: store, seed: seed)
        clock.lap("reports (after their receipt hashes)")
        var signIns: [SignIn] = []
        for (u, password, hash) in await hashing.value {
            _ = try await store.users.create(username: u.username, displayName: u.displayName, agencyID: DemoAgencies.id(u.agencyCode),
                                             role: u.role, email: nil, passwordHash: hash)
            signIns.append(SignIn(username: u.username, password: password, role: u.role, agency: u.agencyCode))
        }
        clock.lap("users (after their password hashes)")
        try await loadOfferRegister(into: store)
        try await loadRecruiters(into: store, besideReports: reports)
        clock.lap("offer register and recruiters")
        try await plantRing(into: store)
        clock.lap("ring")
        return signIns
    }

    /// New passwords and their hashes, computed on a thread of their own (not the cooperative
    /// pool, which a long computation would hold up).
    static func hashPasswords(for users: [DemoUser], cost: UInt8) -> Task<[(DemoUser, String, String)], Never> {
        Task {
            await withCheckedContinuation { done in
                Thread.detachNewThread {
                    let hasher = PasswordHasher(cost: cost)
                    done.resume(returning: users.map { u in
                        let password = Secrets.token(byteCount: 12)
                        return (u, password, hasher.hash(password))
                    })
                }
            }
        }
    }

    /// Loads the cases with their proceedings, services and links; answers the reports made beside
    /// them and the network entities their police recorded (loaded once the cases are written).
    static func loadCases(into store: SimpulStore, count: Int, seed: UInt64,
                          progress: Bool, clock: inout PhaseClock) async throws -> ([DemoReport], [DemoNetworkGenerator.CaseNetwork]) {
        let today = CalendarDate(Date())
        var generator = DemoCaseGenerator(seed: seed, today: today)
        var coordination = DemoCoordinationGenerator(seed: seed, today: today)
        var reporting = DemoReportGenerator(seed: seed, today: today)
        var reports: [DemoReport] = []
        var networking = DemoNetworkGenerator(seed: seed), networks: [DemoNetworkGenerator.CaseNetwork] = []
        var loader = BulkLoader(store: store, note: "demo data, seed \(seed)")
        let now = Timestamp.now()
        let started = Date()
        var done = 0
        while done < count {
            let n = min(5000, count - done)
            var batch: [BulkCase] = []
            var records: [any CoordinationRecord] = []
            var links: [BulkPersonLink] = []
            batch.reserveCapacity(n)
            for _ in 0..<n {
                let c = generator.next(now: now)
                batch.append(bulkCase(c, now: now))
                let made = coordination.records(for: c)
                records += made.referrals.map { $0 as any CoordinationRecord } + made.services.map { $0 as any CoordinationRecord }
                records += c.tracks.map { $0 as any CoordinationRecord } + c.restitutions.map { $0 as any CoordinationRecord }
                links += coordination.confirmations(in: c).map(bulkLink)
                if let network = networking.network(for: c) { networks.append(network) }
                if (done + batch.count) % DemoReportGenerator.casesPerReport == 0, reports.count < reportCount(cases: count) {
                    reports.append(reporting.report(beside: c))
                }
            }
            done += n
            try await loader.add(batch, records: records, links: links, counters: done == count ? generator.counterValues : [:])
            if progress { print("demo cases: \(done)/\(count) (\(Int(Date().timeIntervalSince(started)))s)") }
        }
        clock.lap("cases")
        let end = try await loader.finish()
        clock.lap("held keys and matching model")
        if progress {
            print("person matching keys written (\(Int(end.keysWritten))s)")
            if let model = end.modelEstimated { print("person matching model estimated (\(Int(model))s)") }
        }
        return (reports, networks)
    }

    static func bulkCase(_ c: DemoCase, now: String) -> BulkCase {
        BulkCase(record: c.record, agencyIDs: c.agencyIDs, persons: c.persons.map { p in
            (person: CasePerson(id: p.id, caseID: c.record.id, role: p.role, code: p.code, sex: p.sex,
                                ageAtReport: p.age, citizenship: p.citizenship, warnings: [], createdAt: now),
             identity: p.identity)
        }, registeredBy: c.registeredBy)
    }

    /// A caseworker's confirmation, at nine in the morning in Jakarta on the day.
    static func bulkLink(_ l: DemoCoordinationGenerator.Confirmation) -> BulkPersonLink {
        BulkPersonLink(id: "link-\(l.person.id)", person: (l.person.id, l.person.identity, l.person.sex),
                       earlier: (l.earlier.id, l.earlier.identity, l.earlier.sex), agencyID: l.agencyID,
                       at: "\(l.on)T02:00:00.000Z")
    }

    static func printSignIns(_ signIns: [SignIn]) {
        guard !signIns.isEmpty else { return }
        print("Demo sign-ins (passwords shown once; administrators set up a TOTP code at first sign-in):")
        for s in signIns {
            print("  \(s.username.padding(toLength: 16, withPad: " ", startingAt: 0)) \(s.password)   \(s.role.rawValue) @ \(s.agency)")
        }
    }
}
