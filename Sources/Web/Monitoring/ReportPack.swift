import Monitoring

/// A set of tables shaped as one recipient asks for them. The figures are the indicators' own,
/// through the same disclosure rule; only the choice and order of tables differ.
struct ReportPack: Sendable {
    enum Table: Sendable {
        case indicator(String, breakdown: String)
        /// Victims by sex and age × form of exploitation.
        case victimsCrossTab
    }

    struct Section: Sendable {
        let title: (id: String, en: String)
        let tables: [Table]
    }

    let id: String
    let name: (id: String, en: String)
    let about: (id: String, en: String)
    let sections: [Section]

    static func named(_ id: String, registry: IndicatorRegistry) -> ReportPack? {
        all(registry).first { $0.id == id }
    }

    static func all(_ registry: IndicatorRegistry) -> [ReportPack] {
        [
            ReportPack(id: "glotip", name: ("UNODC GLOTIP", "UNODC GLOTIP"),
                       about: ("Tabel seperti kuesioner UNODC untuk Global Report on Trafficking in Persons: korban terdeteksi menurut jenis kelamin, usia dan bentuk eksploitasi; orang yang diproses, dituntut dan dipidana. Daftar isian resmi kuesioner belum terverifikasi; kategorinya diambil dari laporan yang terbit.",
                               "Tables shaped like UNODC's questionnaire for the Global Report on Trafficking in Persons: detected victims by sex, age and form; persons brought into contact, prosecuted and convicted. The questionnaire's official field list is not verified; the categories come from the published reports."),
                       sections: [
                        Section(title: ("Korban terdeteksi", "Detected victims"),
                                tables: [.victimsCrossTab, .indicator("victims_identified", breakdown: "citizenship")]),
                        Section(title: ("Pelaku", "Offenders"),
                                tables: [.indicator("justice_persons", breakdown: "sex"), .indicator("justice_persons", breakdown: "citizenship_code"),
                                         .indicator("convictions_by_law", breakdown: "law")]),
                       ]),
            ReportPack(id: "sdg-16-2-2", name: ("SDG 16.2.2", "SDG 16.2.2"),
                       about: ("Korban perdagangan orang yang terdeteksi per 100.000 penduduk, menurut jenis kelamin, usia dan bentuk eksploitasi; penduduk dari BPS.",
                               "Detected victims of trafficking per 100,000 population, by sex, age and form of exploitation; population from BPS."),
                       sections: [Section(title: ("Seri SDG 16.2.2", "SDG 16.2.2 series"),
                                          tables: ["sex", "age_group", "form", "province"].map { .indicator("sdg_16_2_2", breakdown: $0) })]),
            ReportPack(id: "tip", name: ("Laporan TIP (Departemen Luar Negeri AS)", "US TIP report"),
                       about: ("Angka yang ditanyakan tinjauan tahunan TIP: penyelidikan, penuntutan dan pemidanaan dengan kasus kerja paksa terpisah, hukuman, perlindungan dan restitusi.",
                               "The figures the yearly TIP review asks for: investigations, prosecutions and convictions with labour cases apart, sentences, protection and restitution."),
                       sections: [
                        Section(title: ("Penegakan hukum", "Prosecution"),
                                tables: [.indicator("justice_funnel", breakdown: "stage"), .indicator("justice_persons", breakdown: "case_kind"),
                                         .indicator("convictions_by_law", breakdown: "law")]),
                        Section(title: ("Pelindungan", "Protection"),
                                tables: [.indicator("victims_identified", breakdown: "citizenship"), .indicator("services_on_time", breakdown: "service"),
                                         .indicator("restitution", breakdown: "province")]),
                       ]),
            ran(registry),
        ]
    }

    /// The RAN PP-TPPO: one section per strategy area the registry ties indicators to.
    static func ran(_ registry: IndicatorRegistry) -> ReportPack {
        var order: [String] = []
        var byArea: [String: [IndicatorDefinition]] = [:]
        for d in registry.indicators {
            for o in d.obligations where o.instrument.hasPrefix("RAN") {
                if byArea[o.provision] == nil { order.append(o.provision) }
                byArea[o.provision, default: []].append(d)
            }
        }
        return ReportPack(id: "ran", name: ("RAN PP-TPPO", "National action plan (RAN PP-TPPO)"),
                          about: ("Indikator menurut bidang Rencana Aksi Nasional PP-TPPO 2020–2024 (Perpres 19/2023). Pembagian bidang mengikuti sub-gugus tugas dan belum diverifikasi terhadap naskah Perpres.",
                                  "Indicators by strategy area of the national action plan 2020–2024 (Perpres 19/2023). The areas follow the task force's sub-groups and are not verified against the Perpres text."),
                          sections: order.map { area in
                              Section(title: (area, area), tables: byArea[area]!.map { .indicator($0.id, breakdown: $0.defaultBreakdown) })
                          })
    }
}
