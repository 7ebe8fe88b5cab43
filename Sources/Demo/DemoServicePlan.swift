import Cases
import Coordination

/// The services a demo victim is referred for, by whom, to whom and how long after the case
/// was opened: urgent care and health care in the first days, shelter and psychological
/// support for many (more for children), social rehabilitation in the following weeks, legal
/// aid as the case goes to court, repatriation (Pasal 54) for most victims found abroad, and
/// reintegration months later.
struct DemoServicePlan {
    struct Request {
        let service: ReferralService
        /// The referring agency; nil when the responsible agency records its own service.
        let from: String?
        let to: String
        /// Days after the case was opened.
        let after: Int
    }

    let agencies: [String]
    let abroad: Bool

    init(_ c: DemoCase) {
        agencies = c.agencyIDs
        abroad = c.destination != "ID"
    }

    private var police: String { agencies[0] }
    private var protection: String { agencies[1] }
    private func involved(_ code: String) -> String? { agencies.contains(DemoAgencies.id(code)) ? DemoAgencies.id(code) : nil }
    private var ngo: String? { involved("LSM-PMI") ?? involved("LSM-ANAK") }
    private var migrantOffice: String? { abroad ? agencies[2] : nil }
    /// The mission or ministry that brings a victim home, else the migrant-worker office.
    private var consular: String? {
        guard abroad else { return nil }
        return involved("KBRI-KL") ?? involved("KJRI-JB") ?? involved("KEMLU-PWNI") ?? migrantOffice
    }

    func requests(for victim: DemoPerson, rng: inout SeededRandom) -> [Request] {
        let child = victim.age < 18
        var out: [Request] = []
        func add(_ service: ReferralService, _ p: Double, from: String, to: String?, _ days: ClosedRange<Int>) {
            guard let to, to != from, rng.chance(p) else { return }
            // The protection office records about half of its own services without a referral
            // (the victim came to it, or it took over the case).
            let own = to == protection && rng.chance(0.5)
            out.append(Request(service: service, from: own ? nil : from, to: to, after: rng.int(days)))
        }
        add(.emergencyCare, 0.08, from: police, to: protection, 0...2)
        add(.healthRehabilitation, 0.4, from: police, to: protection, 0...14)
        add(.shelter, child ? 0.35 : 0.15, from: police, to: protection, 0...10)
        add(.psychologicalSupport, 0.18, from: ngo == nil ? police : protection, to: ngo ?? protection, 3...30)
        add(.socialRehabilitation, 0.2, from: police, to: involved("KEMENSOS") ?? protection, 7...60)
        add(.legalAid, 0.1, from: ngo == nil ? police : protection, to: ngo ?? protection, 30...200)
        add(.repatriation, 0.6, from: migrantOffice ?? police, to: consular, 0...45)
        add(.socialReintegration, 0.1, from: migrantOffice == nil ? police : protection, to: migrantOffice ?? protection, 60...240)
        add(.lpskProtection, 0.4, from: police, to: involved("LPSK"), 14...90)
        if out.isEmpty, rng.chance(0.8) { add(.healthRehabilitation, 1, from: police, to: protection, 0...14) }
        return out
    }
}
