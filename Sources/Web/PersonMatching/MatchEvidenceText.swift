import Linkage

/// The linkage library explains a match in English field and level names; the pages speak
/// Indonesian first, so each gets its Indonesian wording here.
enum MatchEvidenceText {
    static func field(_ f: LinkageField) -> (id: String, en: String) {
        switch f {
        case .name: ("Nama", "Name")
        case .nik: ("NIK", "NIK")
        case .birthDate: ("Tanggal lahir", "Birth date")
        case .sex: ("Jenis kelamin", "Sex")
        case .phone: ("Telepon", "Phone")
        case .birthPlace: ("Tempat lahir", "Place of birth")
        case .father: ("Nama ayah (bin/binti)", "Father's name (bin/binti)")
        case .birthOrder: ("Urutan lahir Bali", "Balinese birth order")
        case .region: ("Wilayah NIK dan tempat lahir", "NIK region and place of birth")
        case .source: ("Instansi pencatat", "Agency of record")
        }
    }

    static func level(_ f: LinkageField, _ level: Int) -> (id: String, en: String) {
        let id = indonesianLevels(f)
        return (id[min(level, id.count - 1)], f.levelNames[min(level, f.levelCount - 1)])
    }

    /// The level names in Indonesian, in the library's order (a test checks both lists agree).
    static func indonesianLevels(_ f: LinkageField) -> [String] {
        let id: [String]
        switch f {
        case .name: id = ["tidak ada kata nama yang sama", "sebagian kata nama sama, lainnya berbeda", "satu nama memuat yang lain",
                          "kata nama sama, ejaan berbeda", "kata nama sama"]
        case .nik: id = ["berbeda", "kecamatan sama, nomor berbeda", "hanya nomor urut berbeda",
                         "satu angka salah ketik, tertukar atau hilang", "identik"]
        case .birthDate: id = ["selisih lebih dari lima tahun", "berbeda", "tahun bersebelahan, satu sisi hanya tahun",
                               "tahun sama, satu sisi hanya tahun", "satu angka salah ketik atau satu bagian meleset satu",
                               "hari dan bulan tertukar", "identik"]
        case .sex: id = ["berbeda", "sama"]
        case .phone: id = ["berbeda", "satu angka salah ketik, hilang atau tertukar", "nomor sama"]
        case .birthPlace: id = ["berbeda", "ejaan mirip", "tempat sama"]
        case .father: id = ["nama ayah berbeda", "nama ayah sama"]
        case .birthOrder: id = ["urutan lahir berbeda", "urutan lahir sama"]
        case .region: id = ["NIK terbit jauh dari tempat lahir", "NIK terbit di tempat lahir"]
        case .source: id = ["dicatat instansi berbeda", "dicatat instansi yang sama"]
        }
        return id
    }

    /// A word for how likely a match is, so that a percentage is not read as a certainty.
    /// A field's weight of evidence in words, as an officer reads it: how strongly it says
    /// "the same person" (or against it), not a log-odds number.
    static func strength(_ weight: Double) -> (id: String, en: String) {
        switch weight {
        case 6...: ("bukti sangat kuat", "very strong evidence")
        case 3..<6: ("bukti kuat", "strong evidence")
        case 1..<3: ("bukti sedang", "some evidence")
        case -1..<1: ("hampir tidak berarti", "says little")
        case -4 ..< -1: ("agak melemahkan", "weighs somewhat against")
        default: ("sangat melemahkan", "weighs strongly against")
        }
    }

    static func band(_ b: MatchBand) -> (id: String, en: String) {
        switch b {
        case .veryLikely: ("Sangat mungkin orang yang sama", "Very likely the same person")
        case .possible: ("Mungkin orang yang sama", "Possibly the same person")
        case .worthChecking: ("Perlu diperiksa", "Worth checking")
        }
    }
}
