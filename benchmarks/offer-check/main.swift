// The register lookup of the job-offer checker, measured where the server does it: 10,000
// licensed agencies imported into a store (SQLite), the index built from the store, then names
// looked up as people type them (legal-form words dropped or spelled "P.T.", case changed, a
// letter wrong). Prints the import and index times and the lookup latencies; with
// `--write-csv FILE` it only writes the register as CSV (for `simpul p3mi import`).
//
//   swift build -c release --scratch-path .build-release --product offer-check-bench
//   .build-release/release/offer-check-bench [--agencies 10000] [--lookups 10000] [--write-csv FILE]
import Foundation
import OfferCheck
import Security
import Store

/// xorshift64*: the same register and queries on every run.
struct Seeded: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state ^= state >> 12
        state ^= state << 25
        state ^= state >> 27
        return state &* 2_685_821_657_736_338_717
    }
}

let words = ["Maju", "Jaya", "Abadi", "Sinar", "Harapan", "Karya", "Mandiri", "Sejahtera", "Bintang", "Cahaya", "Makmur",
             "Sentosa", "Putra", "Nusantara", "Indah", "Mulia", "Bersama", "Gemilang", "Utama", "Sukses", "Prima", "Perkasa",
             "Insan", "Duta", "Mitra", "Bahari", "Samudra", "Raya", "Lestari", "Timur", "Barat", "Kencana", "Wijaya", "Anugerah"]
let cities = ["Malang", "Blitar", "Kediri", "Indramayu", "Cirebon", "Lombok Timur", "Kupang", "Batam", "Medan", "Semarang"]

func option(_ name: String, _ fallback: Int) -> Int {
    guard let i = CommandLine.arguments.firstIndex(of: name), i + 1 < CommandLine.arguments.count,
          let n = Int(CommandLine.arguments[i + 1]) else { return fallback }
    return n
}

func register(_ count: Int) -> String {
    var rng = Seeded(state: 2026)
    var seen: Set<String> = [], lines = ["nama,nomor_sip3mi,status,berlaku_sampai,kantor_cabang"]
    while lines.count <= count {
        let name = "PT " + (0..<Int.random(in: 2...3, using: &rng)).map { _ in words.randomElement(using: &rng)! }.joined(separator: " ")
        guard seen.insert(name).inserted else { continue }
        let status = ["aktif", "aktif", "aktif", "aktif", "dibekukan", "dicabut"].randomElement(using: &rng)!
        let branches = (0..<Int.random(in: 0...3, using: &rng)).map { _ in cities.randomElement(using: &rng)! }.joined(separator: ";")
        lines.append("\(name),KEP-\(lines.count)/\(Int.random(in: 2018...2025, using: &rng)),\(status),2030-12-31,\(branches)")
    }
    return lines.joined(separator: "\n") + "\n"
}

/// A name as a person might type it: "P.T." or no legal form, lower case, one letter changed.
func mistyped(_ name: String, _ rng: inout Seeded) -> String {
    var s = name
    switch Int.random(in: 0..<3, using: &rng) {
    case 0: s = s.replacingOccurrences(of: "PT ", with: "P.T. ")
    case 1: s = String(s.dropFirst(3)).lowercased()
    default: break
    }
    var chars = Array(s)
    let i = Int.random(in: 4..<chars.count, using: &rng)
    if chars[i].isLetter { chars[i] = Character(UnicodeScalar(UInt8(Int.random(in: 97...122, using: &rng)))) }
    return String(chars)
}

func ms(_ seconds: Double) -> String { String(format: "%.2f ms", seconds * 1000) }

let agencies = option("--agencies", 10_000), lookups = option("--lookups", 10_000)
let csv = register(agencies)
if let i = CommandLine.arguments.firstIndex(of: "--write-csv"), i + 1 < CommandLine.arguments.count {
    try csv.write(toFile: CommandLine.arguments[i + 1], atomically: true, encoding: .utf8)
    exit(0)
}

let dir = FileManager.default.temporaryDirectory.appendingPathComponent("offer-check-bench-\(ProcessInfo.processInfo.processIdentifier)")
try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: dir) }
let db = try SQLiteDatabase.open(path: dir.appendingPathComponent("bench.sqlite").path)
try await Migrations.migrate(db)
let store = SimpulStore(db: db, cipher: try FieldCipher(keyBytes: FieldCipher.generateKeyBytes()))

var t = Date()
let parsed = try AgencyCSV.read(csv)
let readTime = Date().timeIntervalSince(t)
t = Date()
try await store.licensedAgencies.replace(with: parsed, fileName: "bench.csv", by: nil)
let importTime = Date().timeIntervalSince(t)
t = Date()
let first = try await store.offerRegister.current()
let indexTime = Date().timeIntervalSince(t)

var rng = Seeded(state: 18)
var times: [Double] = [], found = 0
for _ in 0..<lookups {
    let target = first.agencies.agencies.randomElement(using: &rng)!
    let query = mistyped(target.name, &rng)
    let t0 = Date()
    // What a check does: the register as the store holds it now (one counter read), then the name.
    let snapshot = try await store.offerRegister.current()
    let best = snapshot.agencies.matches(name: query, limit: 5).first
    times.append(Date().timeIntervalSince(t0))
    if best?.agency.licenceNumber == target.licenceNumber { found += 1 }
}
let sorted = times.sorted()
func quantile(_ q: Double, _ sorted: [Double]) -> Double { sorted[min(sorted.count - 1, Int(Double(sorted.count) * q))] }
print("machine: \(ProcessInfo.processInfo.activeProcessorCount) cores; register of \(parsed.agencies.count) agencies")
print("CSV read \(ms(readTime)), import into the store (one transaction) \(ms(importTime)), index built from the store \(ms(indexTime))")
print("lookup by name, \(lookups) mistyped names: p50 \(ms(quantile(0.5, sorted))), p99 \(ms(quantile(0.99, sorted))), max \(ms(sorted.last ?? 0)); "
      + "the agency meant found first in \(found) (\(String(format: "%.1f", Double(found) * 100 / Double(lookups)))%)")
try await db.close()
