import Cases
import Foundation

/// A record reduced to what comparison needs, with shared values interned as ids.
/// Negative ids name values unknown to the vocabulary (a query against the online index).
struct PreparedPerson: Sendable {
    var tokens: [Int32] = []
    var alias: [Int32] = []
    var father: [Int32] = []
    /// The whole own name (sorted token keys), for the frequency of the full name.
    var fullName: Int32 = -1
    var birthOrder: Int8 = 0
    /// 0 unknown, 1 male, 2 female.
    var sex: Int8 = 0
    var dob = BirthDate(year: 0)
    var dobID: Int32 = -1
    /// The day and month are a placeholder clerks write for an unknown birthday (see
    /// `LinkageVocabulary.placeholderDays`); only the year is then trusted.
    var dobPlaceholder = false
    /// A second reading of the birth date, when the written date and the one the NIK encodes
    /// disagree and neither is plainly the other with day and month exchanged: either may be
    /// the mistyped one, so comparison tries both (year 0 when there is none).
    var altDob = BirthDate(year: 0)
    var altDobID: Int32 = -1
    var altDobPlaceholder = false
    var nik: [UInt8] = []
    var phone: Int32 = -1
    var place: Int32 = -1
    /// The agency that holds the record (-1 unknown; -2 an agency the vocabulary has not seen).
    var source: Int32 = -1
}

/// A record parsed but not yet interned: the part of preparation that runs in parallel.
struct ParsedPerson: Sendable {
    var name: IndonesianName
    var dob: BirthDate?
    var altDob: BirthDate?
    var nik: NIKReading
    var sex: Int8
    var phone: String?
    var place: String?
    var source: String?

    init(_ r: PersonRecord, referenceYear: Int) {
        name = IndonesianName.parse(r.fullName)
        nik = NIKReading(r.nik)
        let trimmedDOB = LinkageCSV.trim(r.dob)
        let written = BirthDate.parse(trimmedDOB)
        dob = ParsedPerson.reconcile(written, nik: nik, referenceYear: referenceYear)
        altDob = ParsedPerson.secondReading(written, nik: nik, referenceYear: referenceYear)
        var s: Int8 = 0
        if let fs = FieldNormalizer.sex(r.sex) { s = fs == .male ? 1 : 2 }
        else if let d = nik.decoded { s = d.sex == .male ? 1 : 2 }
        else if let h = name.sexHint { s = h == .male ? 1 : 2 }
        sex = s
        phone = FieldNormalizer.phone(r.phone)
        place = FieldNormalizer.place(r.pob)
        let agency = LinkageCSV.trim(r.source).uppercased()
        source = agency.isEmpty ? nil : agency
    }

    /// The birth date to compare: the written one, completed or corrected by the NIK.
    /// A missing or year-only date takes the NIK's day and month (when the years agree); a
    /// written date that is the NIK's date with day and month exchanged is the NIK's date.
    static func reconcile(_ written: BirthDate?, nik: NIKReading, referenceYear: Int) -> BirthDate? {
        let fromNIK = nik.birthDate(referenceYear: referenceYear, hintYear: written?.year)
        guard let w = written else { return fromNIK }
        guard let n = fromNIK else { return w }
        if !w.isFull { return n.year == w.year ? n : w }
        if w.swapped == n { return n }
        return w
    }

    /// The NIK's date when the record also has a full written date that it contradicts (other
    /// than by a day–month exchange, which `reconcile` settles). A clerk mistypes a date in
    /// one place or the other, so neither reading is dropped.
    static func secondReading(_ written: BirthDate?, nik: NIKReading, referenceYear: Int) -> BirthDate? {
        guard let w = written, w.isFull, let n = nik.birthDate(referenceYear: referenceYear, hintYear: w.year),
              n != w, w.swapped != n else { return nil }
        return n
    }
}
