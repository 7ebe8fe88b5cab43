import Cases

/// Where help is, by province, from Simpul's own table of agencies: the active agencies of a
/// province (or of every province) and the national ones, which serve everywhere.
struct HelpDirectory: Sendable {
    struct ProvinceAgencies: Sendable {
        let province: Province
        let agencies: [Agency]
    }

    /// The province asked for, when it is one.
    let chosen: Province?
    let national: [Agency]
    let provinces: [ProvinceAgencies]

    /// `chosen` is a province code (BPS); an unknown one shows every province.
    init(agencies: [Agency], chosen code: String?) {
        let active = agencies.filter(\.active).sorted { ($0.kind.order, $0.name) < ($1.kind.order, $1.name) }
        let chosen = code.flatMap(Province.named(code:))
        self.chosen = chosen
        national = active.filter { $0.provinceCode == nil }
        let byProvince = Dictionary(grouping: active.filter { $0.provinceCode != nil }, by: { $0.provinceCode! })
        provinces = Province.all.filter { p in chosen.map { $0.code == p.code } ?? true }
            .compactMap { p in byProvince[p.code].map { ProvinceAgencies(province: p, agencies: $0) } }
    }
}

private extension Agency.Kind {
    /// Those a victim turns to first come first: police, women and child protection, social affairs.
    var order: Int {
        switch self {
        case .police: 0
        case .womenChildProtection: 1
        case .socialAffairs: 2
        case .migrantWorkerProtection: 3
        case .witnessVictimProtection: 4
        case .taskForce: 5
        case .ngo: 6
        default: 7
        }
    }
}
