import Cases
import Coordination

/// A case's counting records in the form the store keeps beside the case: a server that starts
/// (or joins others behind the load balancer) files a million cases by reading one small row
/// each, instead of opening and decoding every sealed coordination record again.
///
/// The index numbers agencies, sets of agencies and citizenships in the order it meets them,
/// so those numbers differ from server to server; a filed case names them by their strings,
/// written once in its header, and each record refers to the header. The records' shared parts
/// (the case's coordinates and key, the victims' capture list) are written once, too.
public enum FiledCases {
    /// The format of the bytes. Raise it whenever `CaseRecordFiler` or the bytes change: what
    /// an older build kept is then filed afresh instead of being read wrongly.
    public static let format = 1

    /// Each case of `facts`, filed.
    public static func encode(_ facts: MonitoringFacts) -> [(caseID: String, bytes: [UInt8])] {
        let grouped = CaseFactsGroup.group(facts)
        return facts.cases.keys.sorted().map { id in
            let c = facts.cases[id]!
            var vocabulary = IndexVocabulary()
            var years: [Int: YearPartition] = [:]
            // No agency kinds: the capture list is worked out when the case is read back,
            // from the registering agency the header names. The case's number is not written:
            // the index reading it back gives its own.
            _ = CaseRecordFiler(caseNumber: 0, caseFact: c, group: grouped[id] ?? CaseFactsGroup(), agencyKinds: [:])
                .file(into: &years, vocabulary: &vocabulary)
            return (id, bytes(years, registeredBy: c.registeredBy, vocabulary: vocabulary))
        }
    }

    private static func bytes(_ years: [Int: YearPartition], registeredBy: String?, vocabulary: IndexVocabulary) -> [UInt8] {
        var w = FiledWriter()
        w.u8(UInt8(format))
        w.string(registeredBy ?? "")
        w.count(vocabulary.agencies.count)
        for a in vocabulary.agencies { w.string(a) }
        w.count(vocabulary.agencySets.count)
        for set in vocabulary.agencySets {
            w.count(set.count)
            for n in set { w.u16(n) }
        }
        w.count(vocabulary.citizenships.count)
        for c in vocabulary.citizenships { w.string(c) }
        // Every case has its case record, and every record of a case the same coordinates.
        let at = years.values.lazy.compactMap(\.cases.first).first?.at
            ?? Coordinates(province: Coordinates.noProvince, form: 0, agencies: 0, victims: 0)
        w.u8(at.province)
        w.u8(at.form)
        w.u16(at.agencies)
        w.u16(at.victims)
        w.count(years.count)
        for (year, p) in years.sorted(by: { $0.key < $1.key }) {
            w.i32(Int32(year))
            p.write(to: &w)
        }
        return w.bytes
    }
}

/// What a filed case's records share, with the header's numbers turned into the index's own.
struct FiledCaseContext {
    let at: Coordinates
    let caseNumber: UInt32
    let captureList: Int8
    let agencies: [UInt16]
    let citizenships: [UInt16]

    func agency(_ local: UInt16) throws -> UInt16 {
        guard Int(local) < agencies.count else { throw FiledReader.Damaged() }
        return agencies[Int(local)]
    }

    func citizenship(_ local: UInt16) throws -> UInt16 {
        guard Int(local) < citizenships.count else { throw FiledReader.Damaged() }
        return citizenships[Int(local)]
    }
}

extension CountingIndex {
    /// Files cases kept in their filed form (`FiledCases`). Answers the ids whose bytes could
    /// not be read (another format, or damaged): nothing of those is filed, and the caller
    /// reads them from the registry instead.
    public mutating func add(filed rows: [(caseID: String, bytes: [UInt8])], agencies: [Agency]) -> [String] {
        if agencyKinds.isEmpty { agencyKinds = Dictionary(agencies.map { ($0.id, $0.kind) }, uniquingKeysWith: { a, _ in a }) }
        var unread: [String] = []
        for (id, bytes) in rows {
            let number = caseYears.newNumber()
            guard let bits = try? file(filed: bytes, caseNumber: number) else {
                unread.append(id)
                continue
            }
            caseYears.file(RecordKey.of(id), number: number, years: bits)
        }
        return unread
    }

    /// Files one filed case's records straight into their years, and answers the bits of those
    /// years. Bytes that fail part-way leave nothing: what was appended is cut off again.
    private mutating func file(filed bytes: [UInt8], caseNumber: UInt32) throws -> UInt32 {
        var r = FiledReader(bytes)
        guard try r.u8() == FiledCases.format else { throw FiledReader.Damaged() }
        let registeredBy = try r.string()
        let agencyIDs = try (0..<r.count()).map { _ in try r.string() }
        let agencyNumbers = agencyIDs.map { vocabulary.agency($0) }
        var sets: [UInt16] = []
        for _ in 0..<(try r.count()) {
            let members = try (0..<r.count(unit: 2)).map { _ in
                let local = Int(try r.u16())
                guard local < agencyIDs.count else { throw FiledReader.Damaged() }
                return agencyIDs[local]
            }
            sets.append(vocabulary.agencySet(members))
        }
        let citizenships = try (0..<r.count()).map { _ in vocabulary.citizenship(try r.string()) }
        let province = try r.u8(), form = try r.u8(), localSet = Int(try r.u16()), victims = try r.u16()
        guard localSet < sets.count else { throw FiledReader.Damaged() }
        let at = Coordinates(province: province, form: form, agencies: sets[localSet], victims: victims)
        let capture: Int8 = agencyKinds[registeredBy].flatMap(CaptureList.init)
            .flatMap { CaptureList.allCases.firstIndex(of: $0) }.map(Int8.init) ?? -1
        let context = FiledCaseContext(at: at, caseNumber: caseNumber, captureList: capture, agencies: agencyNumbers, citizenships: citizenships)
        var bits: UInt32 = 0
        var filed: [(year: Int, ends: YearPartition.Ends?)] = []
        do {
            for _ in 0..<(try r.count(unit: 5)) {
                let year = Int(try r.i32())
                filed.append((year, years[year]?.ends))
                try years[year, default: YearPartition()].append(reading: &r, context)
                bits |= CaseYears.bit(of: year)
            }
            guard r.isAtEnd else { throw FiledReader.Damaged() }
        } catch {
            // Latest first: a year named twice is cut back to where it stood before the case.
            for (year, ends) in filed.reversed() {
                if let ends { years[year]?.truncate(to: ends) } else { years[year] = nil }
            }
            throw error
        }
        return bits
    }
}
