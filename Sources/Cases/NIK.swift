import Foundation

/// Nomor Induk Kependudukan: the 16-digit population number on every KTP.
/// Layout: PP KK CC DDMMYY SSSS — province, kabupaten/kota, kecamatan, birth date (day + 40 for
/// women), and a serial. The number carries facts (birth date, sex, region) that other fields of
/// a record can be checked against.
public struct NIK: Sendable, Hashable, Codable {
    public let digits: String

    public enum Sex: String, Sendable, Codable { case female, male }

    /// What the number says about its holder.
    public struct Decoded: Sendable, Hashable {
        public let provinceCode: String
        public let regencyCode: String
        public let districtCode: String
        public let sex: Sex
        public let birthDay: Int
        public let birthMonth: Int
        /// Two digits only: the century is not in the number.
        public let birthYearTwoDigits: Int
        public let serial: String
    }

    /// Why a NIK is doubtful. A doubtful NIK is kept and flagged, never dropped or silently accepted.
    public enum Problem: Sendable, Hashable, CustomStringConvertible {
        case notSixteenDigits(count: Int)
        case notDigits
        case unknownProvince(String)
        case zeroRegion
        case impossibleDate(day: Int, month: Int)
        case zeroSerial

        public var description: String { message(.english) }

        public func message(_ language: MessageLanguage) -> String {
            let id = language == .indonesian
            switch self {
            case .notSixteenDigits(let n):
                return id ? "NIK harus 16 angka (tertulis \(n))" : "NIK must have 16 digits (got \(n))"
            case .notDigits:
                return id ? "NIK hanya boleh berisi angka" : "NIK may contain digits only"
            case .unknownProvince(let p):
                return id ? "kode provinsi \(p) pada NIK tidak dikenal" : "province code \(p) in the NIK is unknown"
            case .zeroRegion:
                return id ? "kode kabupaten/kota atau kecamatan pada NIK bernilai 00" : "the NIK's kabupaten/kota or kecamatan code is 00"
            case .impossibleDate(let d, let m):
                return id ? "tanggal lahir pada NIK tidak mungkin (hari \(d), bulan \(m))" : "the NIK's birth date is impossible (day \(d), month \(m))"
            case .zeroSerial:
                return id ? "nomor urut NIK 0000 tidak sah" : "NIK serial 0000 is not valid"
            }
        }
    }

    public init(digits: String) { self.digits = digits }

    /// Strips the spaces, dots and dashes that people type into a NIK; keeps anything else so
    /// that validation can name it.
    public static func clean(_ raw: String) -> String {
        raw.filter { !" .-\t".contains($0) }
    }

    /// Checks the shape of a NIK and decodes it. Either a decoded NIK or the problems found.
    public static func validate(_ raw: String) -> Result<Decoded, NIKProblems> {
        let s = clean(raw)
        var problems: [Problem] = []
        guard s.allSatisfy({ $0.isASCII && $0.isNumber }) else { return .failure(NIKProblems([.notDigits])) }
        guard s.count == 16 else { return .failure(NIKProblems([.notSixteenDigits(count: s.count)])) }
        let d = Array(s.utf8).map { Int($0 - 48) }
        func num(_ a: Int, _ n: Int) -> Int { (a..<(a + n)).reduce(0) { $0 * 10 + d[$1] } }
        let province = String(s.prefix(2))
        if Province.named(code: province) == nil { problems.append(.unknownProvince(province)) }
        if num(2, 2) == 0 || num(4, 2) == 0 { problems.append(.zeroRegion) }
        var day = num(6, 2)
        let month = num(8, 2)
        let year = num(10, 2)
        let sex: Sex = day > 40 ? .female : .male
        if day > 40 { day -= 40 }
        if !(1...12).contains(month) || day < 1 || day > daysIn(month: month, yearTwoDigits: year) {
            problems.append(.impossibleDate(day: num(6, 2), month: month))
        }
        if num(12, 4) == 0 { problems.append(.zeroSerial) }
        if !problems.isEmpty { return .failure(NIKProblems(problems)) }
        let idx = s.index(s.startIndex, offsetBy: 12)
        return .success(Decoded(
            provinceCode: province, regencyCode: String(s.dropFirst(2).prefix(2)),
            districtCode: String(s.dropFirst(4).prefix(2)), sex: sex, birthDay: day, birthMonth: month,
            birthYearTwoDigits: year, serial: String(s[idx...])))
    }

    private static func daysIn(month: Int, yearTwoDigits: Int) -> Int {
        switch month {
        case 2: return 29 // the century is unknown, so 29 February is always possible
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

/// The problems found in one NIK.
public struct NIKProblems: Error, Sendable, Hashable {
    public let problems: [NIK.Problem]
    public init(_ problems: [NIK.Problem]) { self.problems = problems }
}

extension NIK.Decoded {
    /// Whether a full birth date agrees with the date the NIK encodes (day, month and the last
    /// two digits of the year).
    public func agrees(withBirthDate date: DateComponents) -> Bool {
        guard let y = date.year, let m = date.month, let d = date.day else { return false }
        return d == birthDay && m == birthMonth && y % 100 == birthYearTwoDigits
    }
}

/// The two languages Simpul speaks; Indonesian first.
public enum MessageLanguage: String, Sendable, Codable, CaseIterable {
    case indonesian = "id"
    case english = "en"
}
