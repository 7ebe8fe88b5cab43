/// The indicators the questionnaire asks about: a subset of the 67 in the ILO–EC adult labour list.
/// Grades marked medium confidence are the strong indicators legal-facts §4.1 quotes; the other
/// grades are as recalled of the ILO–EC list and must be checked against WCMS_105023 (legal-facts §7
/// item 7), so they carry low confidence.
enum OperationalIndicators {
    private static let quoted = "legal-facts §4.1 (secondary table of the ILO–EC adult labour list)"
    private static let recalled = "ILO–EC list WCMS_105023 as recalled; grade not in legal-facts — verify"

    private static func make(_ id: String, _ d: IndicatorDimension, _ s: IndicatorStrength, _ idText: String, _ en: String,
                             quotedGrade: Bool = false) -> OperationalIndicator {
        OperationalIndicator(id: id, dimension: d, strength: s, name: Bilingual(id: idText, en: en),
                             source: quotedGrade ? quoted : recalled, confidence: quotedGrade ? .medium : .low)
    }

    static let all: [OperationalIndicator] = [
        make("d1_job", .deceptiveRecruitment, .strong, "Ditipu soal jenis pekerjaan, tempat, atau majikan",
             "Deceived about the nature of the job, location or employer", quotedGrade: true),
        make("d1_conditions", .deceptiveRecruitment, .medium, "Ditipu soal kondisi kerja, upah, atau tempat tinggal",
             "Deceived about conditions of work, wages or housing"),
        make("d1_documents", .deceptiveRecruitment, .medium, "Ditipu soal dokumen atau status migrasi yang sah",
             "Deceived about legal documents or migration status"),
        make("d1_education", .deceptiveRecruitment, .weak, "Ditipu soal kesempatan sekolah", "Deceived about access to education"),
        make("d2_violence", .coerciveRecruitment, .strong, "Kekerasan terhadap korban saat perekrutan", "Violence on victims",
             quotedGrade: true),
        make("d2_abduction", .coerciveRecruitment, .medium, "Penculikan, kawin paksa, adopsi paksa, atau penjualan korban",
             "Abduction, forced marriage, forced adoption or sale of the victim"),
        make("d2_threats", .coerciveRecruitment, .medium, "Ancaman kekerasan terhadap korban atau keluarga",
             "Threats of violence against the victim or family"),
        make("d2_debt", .coerciveRecruitment, .medium, "Jeratan utang sejak perekrutan", "Debt bondage from recruitment"),
        make("d3_economic", .recruitmentByAbuseOfVulnerability, .medium, "Memanfaatkan kesulitan ekonomi", "Abuse of economic hardship"),
        make("d3_information", .recruitmentByAbuseOfVulnerability, .medium, "Memanfaatkan kurangnya informasi, pendidikan, atau bahasa",
             "Abuse of lack of information, education or language"),
        make("d3_family", .recruitmentByAbuseOfVulnerability, .medium, "Memanfaatkan situasi keluarga yang sulit",
             "Abuse of a difficult family situation"),
        make("d3_dependency", .recruitmentByAbuseOfVulnerability, .medium, "Ketergantungan atau rasa takut pada perekrut",
             "Psychological or emotional dependency on the recruiter"),
        make("d4_hours", .exploitativeConditions, .strong, "Hari atau jam kerja berlebihan", "Excessive working days or hours",
             quotedGrade: true),
        make("d4_pay", .exploitativeConditions, .medium, "Upah rendah atau tidak dibayar", "Low or no salary"),
        make("d4_living", .exploitativeConditions, .medium, "Kondisi tempat tinggal buruk", "Bad living conditions"),
        make("d4_hazard", .exploitativeConditions, .medium, "Pekerjaan berbahaya", "Hazardous work"),
        make("d4_education", .exploitativeConditions, .weak, "Tidak bisa bersekolah", "No access to education"),
        make("d5_documents", .coercionAtDestination, .strong, "Dokumen disita", "Confiscation of documents", quotedGrade: true),
        make("d5_debt", .coercionAtDestination, .strong, "Jeratan utang", "Debt bondage", quotedGrade: true),
        make("d5_isolation", .coercionAtDestination, .strong, "Diisolasi, disekap, atau diawasi", "Isolation, confinement or surveillance",
             quotedGrade: true),
        make("d5_violence", .coercionAtDestination, .strong, "Kekerasan terhadap korban", "Violence on victims", quotedGrade: true),
        make("d5_threats", .coercionAtDestination, .medium, "Ancaman kekerasan, dilaporkan ke aparat, atau terhadap keluarga",
             "Threats of violence, of denunciation to authorities, or against family"),
        make("d5_wages", .coercionAtDestination, .medium, "Upah ditahan", "Withholding of wages"),
        make("d5_tasks", .coercionAtDestination, .medium, "Dipaksa melakukan tugas atau melayani tamu tertentu", "Forced tasks or clients"),
        make("d5_crime", .coercionAtDestination, .medium, "Dipaksa melakukan kegiatan melanggar hukum", "Forced into illicit or criminal activities"),
        make("d6_dependency", .abuseOfVulnerabilityAtDestination, .medium, "Bergantung pada pelaku", "Dependency on exploiters"),
        make("d6_communication", .abuseOfVulnerabilityAtDestination, .medium, "Sulit berkomunikasi", "Difficulty to communicate"),
        make("d6_status", .abuseOfVulnerabilityAtDestination, .medium, "Takut pada aparat karena status hukum",
             "Relationship with authorities or legal status"),
        make("d6_personal", .abuseOfVulnerabilityAtDestination, .weak, "Keadaan pribadi yang rentan", "Personal characteristics"),
    ]

    static let byID: [String: OperationalIndicator] = Dictionary(uniqueKeysWithValues: all.map { ($0.id, $0) })
}
