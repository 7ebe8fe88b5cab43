import Cases

/// The task force's member agencies as the demo sets them up.
public enum DemoAgencies {
    public static let all: [Agency] = [
        a("GT-PUSAT", "Gugus Tugas PP-TPPO Pusat", .taskForce, nil),
        a("BARESKRIM", "Bareskrim Polri – Dittipid PPA-PPO", .police, nil),
        a("POLDA-JATIM", "Polda Jawa Timur – Ditreskrimum", .police, "35"),
        a("POLDA-JABAR", "Polda Jawa Barat – Ditreskrimum", .police, "32"),
        a("POLDA-JATENG", "Polda Jawa Tengah – Ditreskrimum", .police, "33"),
        a("POLDA-NTT", "Polda Nusa Tenggara Timur – Ditreskrimum", .police, "53"),
        a("POLDA-NTB", "Polda Nusa Tenggara Barat – Ditreskrimum", .police, "52"),
        a("POLDA-KALBAR", "Polda Kalimantan Barat – Ditreskrimum", .police, "61"),
        a("POLDA-SUMUT", "Polda Sumatera Utara – Ditreskrimum", .police, "12"),
        a("POLDA-KEPRI", "Polda Kepulauan Riau – Ditreskrimum", .police, "21"),
        a("POLDA-SULUT", "Polda Sulawesi Utara – Ditreskrimum", .police, "71"),
        a("KEJAGUNG", "Kejaksaan Agung – Jampidum", .prosecution, nil),
        a("KEJATI-JATIM", "Kejaksaan Tinggi Jawa Timur", .prosecution, "35"),
        a("KEJATI-NTT", "Kejaksaan Tinggi Nusa Tenggara Timur", .prosecution, "53"),
        a("KEMENSOS", "Kementerian Sosial – Direktorat Rehabilitasi Sosial", .socialAffairs, nil),
        a("KEMENPPPA", "KemenPPPA – Layanan SAPA 129", .womenChildProtection, nil),
        a("UPTD-PPA-JATIM", "UPTD PPA Provinsi Jawa Timur", .womenChildProtection, "35"),
        a("UPTD-PPA-NTT", "UPTD PPA Provinsi Nusa Tenggara Timur", .womenChildProtection, "53"),
        a("UPTD-PPA-JABAR", "UPTD PPA Provinsi Jawa Barat", .womenChildProtection, "32"),
        a("KP2MI", "Kementerian P2MI / BP2MI", .migrantWorkerProtection, nil),
        a("BP3MI-NTT", "BP3MI Nusa Tenggara Timur", .migrantWorkerProtection, "53"),
        a("BP3MI-JATIM", "BP3MI Jawa Timur", .migrantWorkerProtection, "35"),
        a("LPSK", "Lembaga Perlindungan Saksi dan Korban", .witnessVictimProtection, nil),
        a("KEMLU-PWNI", "Kemlu – Direktorat Pelindungan WNI", .foreignAffairs, nil),
        a("KBRI-KL", "KBRI Kuala Lumpur", .foreignAffairs, nil),
        a("KJRI-JB", "KJRI Johor Bahru", .foreignAffairs, nil),
        a("IMIGRASI", "Direktorat Jenderal Imigrasi", .immigration, nil),
        a("LSM-PMI", "Yayasan Pendamping Pekerja Migran (demo)", .ngo, "53"),
        a("LSM-ANAK", "Lembaga Perlindungan Anak Nusantara (demo)", .ngo, "35"),
        a("IOM", "IOM Indonesia", .internationalOrganisation, nil),
    ]

    private static let kinds = Dictionary(uniqueKeysWithValues: all.map { ($0.id, $0.kind) })

    static func isMigrantOrMission(_ id: String) -> Bool { [.migrantWorkerProtection, .foreignAffairs].contains(kinds[id]) }
    static func isCivilSociety(_ id: String) -> Bool { [.ngo, .internationalOrganisation].contains(kinds[id]) }

    private static func a(_ code: String, _ name: String, _ kind: Agency.Kind, _ province: String?) -> Agency {
        Agency(id: "ag-" + code.lowercased(), code: code, name: name, kind: kind, provinceCode: province)
    }

    public static func id(_ code: String) -> String { "ag-" + code.lowercased() }

    /// The police unit for a province, or Bareskrim where the demo has no Polda there.
    public static func police(for province: String) -> String {
        all.first { $0.kind == .police && $0.provinceCode == province }?.id ?? id("BARESKRIM")
    }

    public static func protection(for province: String) -> String {
        all.first { $0.kind == .womenChildProtection && $0.provinceCode == province }?.id ?? id("KEMENSOS")
    }

    /// The prosecution office that takes the province's cases to court.
    public static func prosecution(for province: String) -> String {
        all.first { $0.kind == .prosecution && $0.provinceCode == province }?.id ?? id("KEJAGUNG")
    }

    public static func migrantOffice(for province: String) -> String {
        all.first { $0.kind == .migrantWorkerProtection && $0.provinceCode == province }?.id ?? id("KP2MI")
    }
}

/// The demo's users: one in every role, and one in an agency that is involved in few cases, to
/// show what an uninvolved agency does not see.
public struct DemoUser: Sendable {
    public let username: String
    public let displayName: String
    public let agencyCode: String
    public let role: Role

    public static let all: [DemoUser] = [
        .init(username: "admin", displayName: "Admin Gugus Tugas", agencyCode: "GT-PUSAT", role: .administrator),
        .init(username: "penyidik", displayName: "Iptu Rina Wulandari", agencyCode: "POLDA-JATIM", role: .investigator),
        .init(username: "jaksa", displayName: "Agus Santoso, S.H.", agencyCode: "KEJATI-JATIM", role: .prosecutor),
        .init(username: "peksos", displayName: "Dewi Lestari", agencyCode: "UPTD-PPA-JATIM", role: .socialWorker),
        .init(username: "pmi", displayName: "Yohanes Bria", agencyCode: "BP3MI-JATIM", role: .migrantProtection),
        .init(username: "lpsk", displayName: "Siti Aminah", agencyCode: "LPSK", role: .lpskOfficer),
        .init(username: "konsuler", displayName: "Bambang Wijaya", agencyCode: "KBRI-KL", role: .consularOfficer),
        .init(username: "lsm", displayName: "Maria Goreti Seran", agencyCode: "LSM-PMI", role: .ngoCaseworker),
        .init(username: "hotline", displayName: "Nur Hidayah", agencyCode: "KEMENPPPA", role: .hotlineOperator),
        .init(username: "analis", displayName: "Hendra Gunawan", agencyCode: "GT-PUSAT", role: .analyst),
        .init(username: "penyidik.sulut", displayName: "Ipda Frans Lumenta", agencyCode: "POLDA-SULUT", role: .investigator),
        // Two police units far apart, for a network that crosses provinces (issue 16).
        .init(username: "penyidik.ntt", displayName: "Ipda Maria Ndun", agencyCode: "POLDA-NTT", role: .investigator),
        .init(username: "penyidik.jabar", displayName: "Iptu Dedi Supriatna", agencyCode: "POLDA-JABAR", role: .investigator),
    ]
}
