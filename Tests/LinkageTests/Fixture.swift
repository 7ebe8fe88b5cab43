import Foundation
@testable import Linkage

/// A small, seeded population of records for linking tests: each person seen once or twice,
/// the second record written the way another agency would (title case, old spelling, +62
/// phone, year-only date, NIK left out). Names are the test's own, not a benchmark's.
enum Fixture {
    static let given = ["AGUS", "BUDI", "DEWI", "SRI", "EKO", "RINA", "YUNI", "HENDRA", "WATI", "ANDI",
                        "FITRI", "JOKO", "LINA", "RUDI", "TINI", "ADI", "NOVI", "DODI", "RATNA", "IWAN",
                        "CAHYO", "YUSUF", "SURYA", "JUNAEDI", "CICIH", "UJANG", "YULIA", "HARUN"]
    static let family = ["SANTOSO", "WIJAYA", "LESTARI", "HIDAYAT", "PRATAMA", "SUSANTO", "RAHAYU",
                         "KURNIAWAN", "SETIAWAN", "PURNOMO", "NUGROHO", "HANDAYANI", "SAPUTRA", "WIBOWO",
                         "MARPAUNG", "TAMBUNAN", "SUJONO", "CAHYADI", "JUWITA", "YULIANTI"]

    /// Records and, for each, the person it belongs to.
    static func population(persons: Int = 400, seed: UInt64 = 7) -> (records: [PersonRecord], person: [String: Int]) {
        var rng = SplitMix64(state: seed)
        func pick<T>(_ a: [T]) -> T { a[Int(rng.next() % UInt64(a.count))] }
        var records: [PersonRecord] = []
        var owner: [String: Int] = [:]
        for p in 0..<persons {
            let female = rng.next() % 2 == 0
            let year = 1960 + Int(rng.next() % 45), month = 1 + Int(rng.next() % 12), day = 1 + Int(rng.next() % 28)
            let name = "\(pick(given)) \(pick(family))"
            let nik = String(format: "3204%02d%02d%02d%02d%04d", 1 + p % 30, day + (female ? 40 : 0), month, year % 100, 1 + p)
            let phone = String(format: "0812%08d", Int(rng.next() % 100_000_000))
            let dob = String(format: "%04d-%02d-%02d", year, month, day)
            let first = PersonRecord(recordID: "P\(p)A", source: "POLRI", fullName: name, nik: nik, dob: dob,
                                     sex: female ? "P" : "L", pob: "BANDUNG", phone: phone)
            records.append(first); owner[first.recordID] = p
            guard rng.next() % 3 != 0 else { continue }
            let written = rng.next() % 2 == 0 ? oldSpelling(name) : name.capitalized
            let second = PersonRecord(recordID: "P\(p)B", source: "LSM", fullName: written,
                                      nik: rng.next() % 2 == 0 ? nik : "", dob: rng.next() % 4 == 0 ? String(year) : dob,
                                      sex: female ? "Perempuan" : "Laki-laki", pob: "KAB. BANDUNG",
                                      phone: rng.next() % 2 == 0 ? "+62" + phone.dropFirst() : "")
            records.append(second); owner[second.recordID] = p
        }
        return (records, owner)
    }

    /// Pre-1972 spelling, as an older clerk writes it.
    static func oldSpelling(_ s: String) -> String {
        s.replacingOccurrences(of: "U", with: "OE").replacingOccurrences(of: "J", with: "DJ")
            .replacingOccurrences(of: "Y", with: "J").replacingOccurrences(of: "C", with: "TJ")
    }
}
