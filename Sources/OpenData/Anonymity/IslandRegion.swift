/// Indonesia's island groups: the step between a province and the whole country when a release
/// must say less about where a case was registered.
public enum IslandRegion: String, Sendable, CaseIterable {
    case sumatera, jawa, baliNusaTenggara = "bali_nusa_tenggara", kalimantan, sulawesi, maluku, papua

    /// The region of a province by its BPS code: the first digit names the island group, except
    /// that Bali and Nusa Tenggara (5x) stand apart from Jawa (3x) and Kepulauan Riau (21) is Sumatera's.
    public init?(provinceCode: String) {
        switch provinceCode.first {
        case "1", "2": self = .sumatera
        case "3": self = .jawa
        case "5": self = .baliNusaTenggara
        case "6": self = .kalimantan
        case "7": self = .sulawesi
        case "8": self = .maluku
        case "9": self = .papua
        default: return nil
        }
    }

    public var label: (id: String, en: String) {
        switch self {
        case .sumatera: return ("Sumatera", "Sumatra")
        case .jawa: return ("Jawa", "Java")
        case .baliNusaTenggara: return ("Bali dan Nusa Tenggara", "Bali and Nusa Tenggara")
        case .kalimantan: return ("Kalimantan", "Kalimantan")
        case .sulawesi: return ("Sulawesi", "Sulawesi")
        case .maluku: return ("Maluku", "Maluku")
        case .papua: return ("Papua", "Papua")
        }
    }
}
