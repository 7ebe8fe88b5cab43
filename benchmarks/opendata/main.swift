import Cases
import Coordination
import Foundation
import Law
import OpenData

// Open data at scale (issue 19): HTCDS export of N cases to JSON Lines and CSV, streamed; the
// import of the JSON back; a release (k-anonymous file and three protected tables) over N victims.
//
//     swift build -c release --scratch-path .build-odbench --product opendata-bench
//     .build-odbench/release/opendata-bench [cases] [output folder]

let n = CommandLine.arguments.count > 1 ? Int(CommandLine.arguments[1]) ?? 1_000_000 : 1_000_000
let folder = CommandLine.arguments.count > 2 ? CommandLine.arguments[2] : NSTemporaryDirectory() + "opendata-bench"
try? FileManager.default.removeItem(atPath: folder)
try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)

/// Peak resident memory so far, in MB (Linux reports kilobytes).
func peakMB() -> Int {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return usage.ru_maxrss / 1024
}

func timed<T>(_ label: String, _ body: () throws -> T) rethrows -> T {
    let start = Date()
    let value = try body()
    print("\(label): \(String(format: "%.1f", Date().timeIntervalSince(start))) s, peak \(peakMB()) MB")
    return value
}

/// A deterministic generator of plausible cases: one to three victims, a suspect, some support.
struct Generator {
    var state: UInt64 = 0x5151_2026
    mutating func next(_ bound: Int) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int((state >> 33) % UInt64(bound))
    }

    mutating func exchangeCase(_ i: Int) -> ExchangeCase {
        let provinces = Province.all.map(\.code), countries = ["ID", "ID", "ID", "MY", "SA", "KH", "TW"]
        let victims = (0..<(1 + next(3))).map { v in
            ExchangePerson(id: "p\(i)-\(v)", role: .victim, sex: [CasePerson.Sex.female, .male, .unknown][next(3)], age: 8 + next(50),
                           citizenship: countries[next(countries.count)])
        }
        let suspect = ExchangePerson(id: "p\(i)-s", role: .suspect, sex: .male, age: nil, citizenship: "ID")
        let support = victims.prefix(next(3)).enumerated().map { j, v in
            ExchangeSupport(id: "s\(i)-\(j)", personID: v.id, service: ProtectionService.allCases[next(9)],
                            plannedEnd: CalendarDate(year: 2026, month: 1 + next(12), day: 1 + next(28)), actualEnd: nil)
        }
        return ExchangeCase(id: String(format: "case-%08d", i), number: nil, status: CaseStatus.allCases[next(7)],
                            provinceCode: provinces[next(provinces.count)],
                            openedOn: CalendarDate(year: 2019 + next(8), month: 1 + next(12), day: 1 + next(28))!,
                            incidentOn: nil, exploitationCountry: next(4) == 0 ? countries[next(countries.count)] : nil,
                            exploitationTypes: [ExploitationType.allCases[next(8)]], means: [CaseFacts.Means.allCases[next(11)]],
                            persons: victims + [suspect], support: support, involvedAgencyIDs: ["a"])
    }
}

print("opendata-bench: \(n) cases into \(folder)")
let exporter = HTCDSExporter()
let chunk = 10_000

// Export: cases are made and written a chunk at a time, as the command streams pages from the store.
let jsonPath = folder + "/all.jsonl"
FileManager.default.createFile(atPath: jsonPath, contents: nil)
let rows = try timed("export JSON Lines") { () -> Int in
    var g = Generator(), rows = 0
    let out = try FileHandle(forWritingTo: URL(fileURLWithPath: jsonPath))
    for start in stride(from: 0, to: n, by: chunk) {
        let cases = (start..<min(n, start + chunk)).map { g.exchangeCase($0) }
        rows += cases.reduce(0) { $0 + 1 + $1.persons.count + $1.support.count }
        var bytes: [UInt8] = []
        for c in cases { exporter.writeJSONLine(c, into: &bytes) }
        try out.write(contentsOf: bytes)
    }
    try out.close()
    return rows
}
try timed("export CSV") {
    var g = Generator()
    var handles: [HTCDSSection: FileHandle] = [:]
    for section in HTCDSSection.allCases {
        let path = folder + "/\(section.rawValue).csv"
        FileManager.default.createFile(atPath: path, contents: Data(exporter.csvHeader(section).utf8))
        handles[section] = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handles[section]!.seekToEnd()
    }
    for start in stride(from: 0, to: n, by: chunk) {
        var bytes: [HTCDSSection: [UInt8]] = [:]
        for i in start..<min(n, start + chunk) { exporter.writeCSVLines(g.exchangeCase(i), into: &bytes) }
        for (section, b) in bytes { try handles[section]!.write(contentsOf: b) }
    }
    for h in handles.values { try h.close() }
}

// Import: the JSON Lines file read back a chunk of lines at a time.
let importStart = Date()
var imported = 0, rejects = 0
do {
    let importer = HTCDSImporter(agencyID: "bench")
    let text = try String(contentsOfFile: jsonPath, encoding: .utf8)
    var lines: [Substring] = []
    func flush() {
        let result = importer.importJSONLines(lines.joined(separator: "\n"), file: "all.jsonl")
        imported += result.cases.reduce(0) { $0 + 1 + $1.persons.count + $1.support.count }
        rejects += result.rejects.count
        lines.removeAll(keepingCapacity: true)
    }
    for line in text.split(separator: "\n") {
        lines.append(line)
        if lines.count == chunk { flush() }
    }
    flush()
}
let importSeconds = Date().timeIntervalSince(importStart)
print("import JSON Lines: \(String(format: "%.1f", importSeconds)) s, \(Int(Double(imported) / importSeconds)) rows/s "
      + "(\(imported) of \(rows) rows, \(rejects) rejects), peak \(peakMB()) MB")

// A release over every victim.
var g = Generator()
let victims = (0..<n).flatMap { i -> [VictimRecord] in
    let c = g.exchangeCase(i)
    return c.persons.filter { $0.role == .victim }.map {
        VictimRecord(year: c.openedOn.year, age: $0.age, sex: $0.sex, citizenship: $0.citizenship, provinceCode: c.provinceCode,
                     exploitation: Set(c.exploitationTypes), means: Set(c.means))
    }
}
var source = SystemRandomBits()
let spec = ReleaseSpec(version: "bench", date: CalendarDate(year: 2026, month: 12, day: 6)!,
                       tables: ReleaseSpec.standardTables(epsilon: Fraction(1, 2)!), years: 2019...2026)
let ledger = PrivacyLedger(dataset: "victims", cap: PrivacyCost(epsilon: Fraction(10)!, delta: Fraction(1, 1_000)!))
let draft = try timed("release over \(victims.count) victims") {
    try ReleaseDraft.build(spec, records: victims, ledger: ledger, using: &source)
}
print("  k = \(draft.receipt.records.k), generalisation \(draft.receipt.records.generalisation.sorted { $0.key < $1.key }), "
      + "suppressed \(draft.receipt.records.recordsSuppressed), smallest class \(draft.receipt.records.smallestClass)")
