import Cases
import Coordination

/// How long a demo service takes from the request: started within days; for the services with
/// the seven-day deadline of Pasal 52/53 delivered in time about three times in four, late
/// otherwise (repatriation from abroad the latest); shelter, support and legal aid run for weeks
/// or months; some never delivered, with the reason; some still running.
enum DemoServiceTimes {
    struct End {
        let event: ProtectionEvent
        /// Days after the request.
        let after: Int
        let outcome: ReferralOutcome
    }

    /// Days after the request the service starts, and how it ends (nil: still running).
    static func plan(_ service: ProtectionService, rng: inout SeededRandom) -> (start: Int, end: End?) {
        let start = service == .emergencyCare ? 0 : rng.int(0...2)
        let due = service.deadline(requestedOn: CalendarDate(dayNumber: 0)) != nil
        switch rng.weighted([(0, 62), (1, 22), (2, 8), (3, 8)]) {
        case 0 where due:
            return (start, End(event: .deliver, after: service == .emergencyCare ? rng.int(0...2) : rng.int(start...7), outcome: .delivered))
        case 1 where due:
            return (start, End(event: .deliver, after: rng.int(8...(service == .repatriation ? 90 : 45)), outcome: .delivered))
        case 0, 1:
            return (start, End(event: .deliver, after: rng.int(14...120), outcome: .delivered))
        case 2:
            let reason = rng.pick(["Korban tidak dapat dihubungi", "Korban menolak layanan", "Korban sudah kembali ke daerah asal",
                                   "Anggaran layanan tahun berjalan habis"])
            return (start, End(event: .notDelivered(reason: reason), after: rng.int(10...60),
                               outcome: reason == "Korban menolak layanan" ? .victimDeclinedService : .notDelivered))
        default:
            return (start, nil)
        }
    }
}
