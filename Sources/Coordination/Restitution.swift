import Cases

/// A victim's restitution (restitusi): the claim by Pasal 48 heads, the amount the court ordered,
/// and what has been paid and when, due 14 days after notice of the final decision (Pasal 50).
public struct Restitution: Versioned, Sendable, Hashable, Codable, Identifiable {
    public let id: String
    public let caseID: String
    public let victimID: String
    /// The convicted person who owes it, once known.
    public let suspectID: String?
    /// The agency that keeps the ledger (the prosecution office executing the verdict, or LPSK).
    public let responsibleAgencyID: String
    public let claimedOn: CalendarDate
    public internal(set) var claims: [RestitutionClaim]
    public internal(set) var orderedAmount: Int64?
    public internal(set) var orderedOn: CalendarDate?
    /// The day the parties were notified of the final (inkracht) decision; the Pasal 50 period runs from it.
    public internal(set) var finalDecisionNoticeOn: CalendarDate?
    public internal(set) var payments: [RestitutionPayment]
    public internal(set) var version: Int
    public internal(set) var history: [TransitionRecord]

    /// A new claim, version 1. Each head at most once, each amount above 0.
    public static func claim(id: String, caseID: String, victimID: String, suspectID: String?,
                             responsibleAgencyID: String, claimedOn: CalendarDate,
                             claims: [RestitutionClaim]) throws(CoordinationError) -> Restitution {
        let sorted = try checkClaims(claims)
        let created = TransitionRecord(on: claimedOn, byAgencyID: responsibleAgencyID, action: RestitutionEvent.Action.claim.rawValue,
                                       from: RestitutionStatus.claimed.rawValue, to: RestitutionStatus.claimed.rawValue,
                                       note: nil, version: 1)
        return Restitution(id: id, caseID: caseID, victimID: victimID, suspectID: suspectID,
                           responsibleAgencyID: responsibleAgencyID, claimedOn: claimedOn, claims: sorted,
                           orderedAmount: nil, orderedOn: nil, finalDecisionNoticeOn: nil, payments: [],
                           version: 1, history: [created])
    }

    static func checkClaims(_ claims: [RestitutionClaim]) throws(CoordinationError) -> [RestitutionClaim] {
        guard !claims.isEmpty else {
            throw .input("claims", id: "Ajukan sedikitnya satu jenis kerugian (Pasal 48 ayat (2))",
                         en: "Claim at least one head of loss (Pasal 48(2))")
        }
        for c in claims { try checkRupiah(c.amount, field: "claims.\(c.head.rawValue)") }
        guard Set(claims.map(\.head)).count == claims.count else {
            throw .input("claims", id: "Setiap jenis kerugian hanya sekali", en: "Each head of loss may appear only once")
        }
        return claims.sorted { $0.head < $1.head }
    }

    public var totalClaimed: Int64 { claims.reduce(0) { $0 + $1.amount } }
    public var totalPaid: Int64 { payments.reduce(0) { $0 + $1.amount } }
    /// What is still owed; 0 once paid in full (an overpayment does not make it negative).
    public var outstanding: Int64 { max(0, (orderedAmount ?? 0) - totalPaid) }

    public var status: RestitutionStatus {
        guard let ordered = orderedAmount else { return .claimed }
        if totalPaid == 0 { return .ordered }
        return totalPaid >= ordered ? .paid : .partlyPaid
    }

    /// 14 days from notice of the final decision; nil until that notice is recorded.
    public var deadline: LegalDeadline? { finalDecisionNoticeOn.map { LegalDeadline.pasal50(noticeOn: $0) } }

    /// The day the ordered amount was reached, if it has been.
    public var paidInFullOn: CalendarDate? {
        guard let ordered = orderedAmount else { return nil }
        var sum: Int64 = 0
        for p in payments.sorted(by: { $0.on < $1.on }) {
            sum += p.amount
            if sum >= ordered { return p.on }
        }
        return nil
    }

    /// Days past the Pasal 50 deadline: at the day paid in full, else at `today`.
    public func daysLate(today: CalendarDate) -> Int {
        deadline?.daysLate(completedOn: paidInFullOn, today: today) ?? 0
    }

    public func isLate(today: CalendarDate) -> Bool { daysLate(today: today) > 0 }
}

extension Restitution {
    /// A ledger as the store saved it. Use `claim` and `apply` for changes; this only reloads.
    public init(restoring id: String, caseID: String, victimID: String, suspectID: String?, responsibleAgencyID: String,
                claimedOn: CalendarDate, claims: [RestitutionClaim], orderedAmount: Int64?, orderedOn: CalendarDate?,
                finalDecisionNoticeOn: CalendarDate?, payments: [RestitutionPayment], version: Int,
                history: [TransitionRecord]) {
        self.init(id: id, caseID: caseID, victimID: victimID, suspectID: suspectID, responsibleAgencyID: responsibleAgencyID,
                  claimedOn: claimedOn, claims: claims, orderedAmount: orderedAmount, orderedOn: orderedOn,
                  finalDecisionNoticeOn: finalDecisionNoticeOn, payments: payments, version: version, history: history)
    }
}
