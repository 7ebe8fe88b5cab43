/// The 1956 Supplementary Slavery Convention, Art. 1(d): the door through which illegal adoption
/// enters the Palermo definition (travaux préparatoires, A/55/383/Add.1 para. 66; legal-facts §1.1a).
enum SlaveryConvention1956 {
    static let all: [Provision] = [
        Provision(id: .slavery1956Art1d, statute: .slavery1956, article: "1", part: "(d)",
                  title: Bilingual(id: "Penyerahan anak untuk dieksploitasi", en: "Delivering a child for exploitation"),
                  summary: Bilingual(
                    id: "Praktik serupa perbudakan: anak di bawah 18 tahun diserahkan oleh orang tua atau walinya kepada orang "
                        + "lain, dengan atau tanpa imbalan, dengan maksud mengeksploitasi anak itu atau tenaganya. Pengangkatan "
                        + "anak yang tidak sah masuk Protokol Palermo hanya bila sampai pada praktik ini.",
                    en: "A practice similar to slavery: a child under 18 delivered by a parent or guardian to another, for "
                        + "reward or not, with a view to exploiting the child or its labour. Illegal adoption falls within the "
                        + "Palermo Protocol only where it amounts to this practice."),
                  penalty: nil, inForce: InForce(from: nil, until: nil),
                  source: "A/55/383/Add.1 para. 66; 1956 Supplementary Convention Art. 1(d) (legal-facts §1.1a)",
                  confidence: .high, caveat: nil),
    ]
}
