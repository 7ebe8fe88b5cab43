/// UU 21/2007 corporate liability (Pasal 13–15), non-punishment of victims (Pasal 18) and
/// consent (Pasal 26), legal-facts §2.4–2.5.
enum UU21Corporate {
    private static let unud = "ojs.unud.ac.id kerthasemaya 97801"

    static let all: [Provision] = [
        .uu21(.uu21P13, "13", title: ("TPPO oleh korporasi", "Trafficking by a corporation"),
              summary: ("TPPO dianggap dilakukan korporasi bila dilakukan oleh orang yang bertindak untuk dan/atau atas nama "
                        + "korporasi dalam lingkup korporasi; tuntutan dan pidana dapat dijatuhkan kepada korporasi dan/atau pengurusnya.",
                        "Trafficking is committed by a corporation when done by persons acting for or on behalf of it within "
                        + "its scope; charges and penalties may go against the corporation and/or its management."),
              source: "\(unud) (vicarious liability); siplawfirm.id", confidence: .medium,
              caveat: ("Kata-katanya belum diverifikasi.", "The wording is unverified.")),
        .uu21(.uu21P14, "14", title: ("Korporasi diwakili pengurus", "Corporation represented by management"),
              summary: ("Bila korporasi dipanggil, ia diwakili oleh pengurusnya.", "When a corporation is summoned, its management represents it."),
              source: "unverified", confidence: .low),
        .uu21(.uu21P15a1, "15", "ayat (1)", title: ("Pidana pokok korporasi", "Principal penalty for a corporation"),
              summary: ("Selain pidana penjara dan denda bagi pengurus, pidana pokok bagi korporasi hanya denda, diperberat "
                        + "3 kali denda Pasal 2–6.",
                        "Besides prison and fine for the management, the corporation's only principal penalty is a fine, "
                        + "three times the fine of Pasal 2–6."),
              source: "\(unud) (fine only); \"3×\" unverified", confidence: .medium,
              caveat: ("Hanya denda: keyakinan tinggi; \"3 kali\": sedang.", "Fine only: high confidence; \"3×\": medium.")),
        .uu21(.uu21P15a2, "15", "ayat (2)", title: ("Pidana tambahan korporasi", "Additional penalties for a corporation"),
              summary: ("Pencabutan izin usaha, perampasan hasil kejahatan, pencabutan status badan hukum, pemecatan pengurus, "
                        + "larangan bagi pengurus mendirikan korporasi di bidang usaha yang sama.",
                        "Revocation of the business licence, seizure of proceeds, revocation of legal-entity status, dismissal "
                        + "of management, a ban on the managers founding a corporation in the same line of business."),
              source: "unverified; delicti.fhuk.unand", confidence: .medium),
        .uu21(.uu21P18, "18", title: ("Korban yang dipaksa melakukan tindak pidana", "Victim compelled to offend"),
              summary: ("Korban yang melakukan tindak pidana karena dipaksa oleh pelaku TPPO tidak dipidana.",
                        "A victim who commits a crime because a trafficker forced them to is not punished."),
              source: "text-id.123dok.com/document/ozl12v0oy (law text)", confidence: .high),
        .uu21(.uu21P26, "26", title: ("Persetujuan korban", "Consent of the victim"),
              summary: ("Persetujuan korban tidak menghilangkan penuntutan TPPO.", "The victim's consent does not remove prosecution."),
              source: "text-id.123dok.com/document/ozl12v0oy", confidence: .high),
    ]
}
