import Cases
import Foundation
import Reporting
import Security
import Store

/// Files reports and finds them again by receipt code, for the public pages and the hotline
/// operator alike. Slow hashing runs on `SlowWork`; the routing table is read from the store and
/// kept for a few seconds, so an administrator's change reaches every server quickly.
final class ReportService: Sendable {
    let store: SimpulStore
    let hasher: ReceiptHasher
    let guardian: PublicGuard
    /// Signs the reporter's access after a code was accepted (30 minutes).
    let access: TokenSigner
    /// Signs challenges for busy addresses.
    let challenges: TokenSigner
    /// Seals a new code for the "have you saved it?" step, so it can be shown again.
    let confirmCipher: FieldCipher
    /// Where codes are hashed: a bounded queue, filings before lookups.
    let slowWork: SlowWork
    private let routing: RoutingCache
    private let storedSettings: StoredHashSettings

    /// How long the "have you saved your code?" step can show the code again.
    static let confirmationLifetime: TimeInterval = 30 * 60

    init(store: SimpulStore, hashing: ReceiptHasher.Parameters, limits: PublicGuard.Limits, slowWork: SlowWork = .shared) {
        self.store = store
        self.slowWork = slowWork
        storedSettings = StoredHashSettings(store: store)
        hasher = ReceiptHasher(parameters: hashing, cipher: store.cipher)
        guardian = PublicGuard(limits: limits)
        access = TokenSigner(cipher: store.cipher, purpose: "reporter access")
        challenges = TokenSigner(cipher: store.cipher, purpose: "report challenge")
        confirmCipher = try! FieldCipher(keyBytes: store.cipher.subkey("simpul receipt confirmation"))
        routing = RoutingCache(store: store)
    }

    /// Commits the report and answers its code and reference — only once it is on disk.
    func file(_ answers: ReportAnswers, channel: ReportChannel, filedBy: Viewer?,
              attachments: [ReportSubmission.Attachment]) async throws -> (code: ReceiptCode, reference: String, route: ReportRouter.Decision) {
        guard let router = try await routing.router() else {
            throw ReportServiceError.noAgencies
        }
        let route = router.route(TriageFacts(answers))
        var attempt = 0
        while true {
            attempt += 1
            let code = ReceiptCode.generate()
            let hasher = self.hasher
            let hash = try await slowWork.run(.filing) { hasher.hash(digits: code.digits) }
            let submission = ReportSubmission(id: UUID().uuidString.lowercased(), receiptHash: hash,
                                              receiptKDF: hasher.parameters.label, channel: channel,
                                              filedByUserID: filedBy?.userID, filedByAgencyID: filedBy?.agencyID,
                                              answers: answers, route: route, attachments: attachments)
            do {
                return (code, try await store.reportIntake.submit(submission), route)
            } catch StoreError.conflict(let why) where attempt < 3 && why.contains("receipt_hash") {
                continue // two codes alike in 10^15: draw another
            }
        }
    }

    /// The report a typed code opens, if any. The code is hashed with this server's setting
    /// first, then with every other setting codes in the store were made with (a cost raised
    /// later, or a test setting switched off), so no report becomes unfindable.
    func find(_ code: ReceiptCode) async throws -> String? {
        var settings = [hasher.parameters]
        for other in try await storedSettings.all() where other != hasher.parameters { settings.append(other) }
        for parameters in settings {
            let hasher = parameters == self.hasher.parameters ? self.hasher : ReceiptHasher(parameters: parameters, cipher: store.cipher)
            let hash = try await slowWork.run(.lookup) { hasher.hash(digits: code.digits) }
            if let id = try await store.reports.find(receiptHash: hash) { return id }
        }
        return nil
    }

    func accessToken(reportID: String, now: Date = Date()) -> String {
        access.sign(["r", reportID], expires: now.addingTimeInterval(30 * 60))
    }

    func reportID(access token: String?, now: Date = Date()) -> String? {
        guard let token, let f = access.verify(token, now: now), f.count == 2, f[0] == "r" else { return nil }
        return f[1]
    }

    /// The code sealed for the confirmation step, with the time after which it no longer opens
    /// (a page left in a shared phone's history must not show the code days later).
    func sealForConfirmation(_ code: ReceiptCode, now: Date = Date()) -> String {
        let expires = Int((now.addingTimeInterval(Self.confirmationLifetime)).timeIntervalSince1970)
        return (try? confirmCipher.seal(Data("\(code.digits)|\(expires)".utf8), context: "confirm")).map { Secrets.base64url($0) } ?? ""
    }

    func openConfirmation(_ sealed: String, now: Date = Date()) -> ReceiptCode? {
        var b64 = sealed.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while b64.count % 4 != 0 { b64 += "=" }
        guard let data = Data(base64Encoded: b64), let plain = try? confirmCipher.open([UInt8](data), context: "confirm") else { return nil }
        let parts = String(decoding: plain, as: UTF8.self).split(separator: "|")
        guard parts.count == 2, let expires = Double(parts[1]), now.timeIntervalSince1970 < expires else { return nil }
        return try? ReceiptCode(parsing: String(parts[0]))
    }
}

enum ReportServiceError: Error {
    /// No agency exists yet to receive reports (a store still being set up).
    case noAgencies
}

/// The hash settings that stored codes were made with, read at most once a minute.
actor StoredHashSettings {
    let store: SimpulStore
    private var cached: (settings: [ReceiptHasher.Parameters], at: Date)?

    init(store: SimpulStore) { self.store = store }

    func all(now: Date = Date()) async throws -> [ReceiptHasher.Parameters] {
        if let cached, now.timeIntervalSince(cached.at) < 60 { return cached.settings }
        let settings = try await store.reports.receiptKDFs().compactMap(ReceiptHasher.Parameters.init(label:))
        cached = (settings, now)
        return settings
    }
}

/// The routing table, agencies and duty desks, read at most every ten seconds.
actor RoutingCache {
    let store: SimpulStore
    private var cached: (router: ReportRouter, at: Date)?

    init(store: SimpulStore) { self.store = store }

    func router(now: Date = Date()) async throws -> ReportRouter? {
        if let cached, now.timeIntervalSince(cached.at) < 10 { return cached.router }
        let agencies = try await store.agencies.all()
        guard let fallback = agencies.first(where: { $0.kind == .womenChildProtection && $0.provinceCode == nil })
                ?? agencies.first(where: { $0.kind == .taskForce }) ?? agencies.first else { return nil }
        let router = try await store.reports.router(agencies: agencies, fallbackAgencyID: fallback.id)
        cached = (router, now)
        return router
    }
}
