/// The facts a screening can ask for, and why each matters.
enum NextFacts {
    static func verdict(_ field: String) -> NextFact {
        switch field {
        case "acts": make(field, .verdict, "Apa yang dilakukan pelaku: merekrut, mengangkut, menampung, mengirim, memindahkan, atau menerima?",
                          "What did the perpetrator do: recruit, transport, harbour, send, transfer or receive the person?")
        case "means": make(field, .verdict, "Bagaimana korban dikendalikan: ditipu, diancam, dipukul, disekap, dijerat utang, dokumen dipalsukan, "
                               + "kerentanannya dimanfaatkan?",
                           "How was the victim controlled: deceived, threatened, beaten, confined, held by a debt, documents forged, "
                               + "vulnerability abused?")
        case "exploitation.types", "exploitation.status", "exploitation":
            make(field, .verdict, "Untuk apa korban dibawa atau ditampung, dan apakah eksploitasi sudah terjadi "
                     + "(pelacuran, kerja paksa, perbudakan, pengambilan organ, …)?",
                 "What was the victim taken or held for, and has the exploitation happened "
                     + "(prostitution, forced labour, slavery, organ removal, …)?")
        case "victim.age": make(field, .verdict, "Berapa umur korban saat kejadian? Di bawah 18 tahun mengubah unsur yang diperlukan.",
                                "How old was the victim at the time? Under 18 changes which elements are needed.")
        case "movement": make(field, .verdict, "Dari mana ke mana korban dibawa, dan di negara mana eksploitasinya (terjadi atau direncanakan)?",
                              "From where to where was the victim taken, and in which country is the exploitation (done or planned)?")
        case "victim.citizenship": make(field, .verdict, "Apa kewarganegaraan korban? Pasal 4 hanya untuk WNI.",
                                        "What is the victim's citizenship? Pasal 4 covers Indonesian citizens only.")
        case "adoption.promiseOrPayment": make(field, .verdict, "Apakah anak diangkat (diadopsi) dengan janji atau pemberian sesuatu?",
                                               "Was the child adopted with a promise or payment?")
        case "stage": make(field, .verdict, "Sejauh mana perbuatannya: selesai, percobaan, permufakatan, atau penggerakan yang tidak terlaksana?",
                           "How far did it go: completed, attempted, conspiracy, or incitement that failed?")
        case "date": make(field, .law, "Kapan perbuatan terjadi? Menentukan hukum yang berlaku (sebelum atau sesudah 2 Januari 2026).",
                          "When did the acts take place? It decides the law in force (before or after 2 January 2026).")
        default: make(field, .verdict, "Pastikan fakta ini.", "Establish this fact.")
        }
    }

    static let harms = make("harms", .penalty, "Apakah korban luka berat, mengalami gangguan jiwa berat, penyakit menular berbahaya, hamil, "
                                + "kehilangan fungsi reproduksi, atau meninggal? (Pasal 7)",
                            "Did the victim suffer serious injury, severe mental disorder, a dangerous infectious disease, pregnancy, "
                                + "loss of reproductive function, or die? (Pasal 7)")
    static let stateOfficial = make("perpetrator.stateOfficialAbusingPower", .penalty,
                                    "Apakah pelaku penyelenggara negara yang menyalahgunakan kekuasaan? (Pasal 8)",
                                    "Is the perpetrator a state official who abused power? (Pasal 8)")
    static let organisedGroup = make("perpetrator.organizedGroup", .penalty, "Apakah dilakukan oleh kelompok yang terorganisasi? (Pasal 16)",
                                     "Was it done by an organised group? (Pasal 16)")
    static let ageForPenalty = make("victim.age", .penalty, "Berapa umur korban? Korban anak menambah pidana sepertiga (Pasal 17).",
                                    "How old is the victim? A child victim adds a third to the penalty (Pasal 17).")
    static let corporation = make("perpetrator.corporation", .penalty, "Apakah pelaku korporasi? (Pasal 13–15)",
                                  "Is the perpetrator a corporation? (Pasal 13–15)")
    static let stage = make("stage", .penalty, "Apakah perdagangan orang itu benar terjadi atau dicoba? Bila hanya digerakkan dan tidak terjadi, "
                                + "berlaku Pasal 9 yang lebih ringan.",
                            "Did the trafficking take place or was it attempted? If it was only incited and never happened, "
                                + "the lighter Pasal 9 applies.")
    static let compelled = make("victimCompelledToOffend", .rights, "Apakah korban dipaksa pelaku melakukan tindak pidana? (Pasal 18: korban tidak dipidana)",
                                "Was the victim forced by the trafficker to commit an offence? (Pasal 18: the victim is not punished)")

    /// For a child, the means that opens Pasal 2: a child's age, poverty or dependence is a position
    /// of vulnerability, and abusing it is a means on the statute's list.
    static func vulnerability(_ affects: NextFact.Affects) -> NextFact {
        make("means", affects, "Apakah kerentanan anak itu dimanfaatkan (usianya, kemiskinan, ketergantungan pada pelaku), atau ia "
                 + "ditipu, diancam, atau dijerat utang? Penyalahgunaan posisi rentan adalah cara yang membuka Pasal 2 UU 21/2007 "
                 + "(kini KUHP Pasal 455) dengan pemberatan Pasal 17.",
             "Was the child's vulnerability abused (her age, poverty, dependence on the perpetrator), or was she deceived, "
                 + "threatened or held by a debt? Abuse of a position of vulnerability is a means that opens UU 21/2007 Pasal 2 "
                 + "(now KUHP Pasal 455) with the Pasal 17 aggravation.")
    }

    /// The same question, said as what it decides.
    static func with(_ fact: NextFact, affects: NextFact.Affects) -> NextFact {
        NextFact(field: fact.field, affects: affects, id: fact.id, en: fact.en)
    }

    private static func make(_ field: String, _ affects: NextFact.Affects, _ id: String, _ en: String) -> NextFact {
        NextFact(field: field, affects: affects, id: id, en: en)
    }
}
