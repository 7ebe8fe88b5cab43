/// The part a person of interest plays in a case, as investigators record it.
public enum PersonRole: String, CaseIterable, Hashable, Sendable {
    /// Sponsor or calo: the local broker who finds people in the village and hands them on.
    case sponsor
    /// Perekrut: recruits for an agency or an employer.
    case recruiter
    /// Majikan or pemberi kerja: the one who exploits the work.
    case employer
    /// Pengangkut: moves people across the country or the border.
    case transporter
    /// Penjaga or penampung: keeps people in a holding place (penampungan).
    case `guard`
    case other

    /// Reads a role as written in Indonesian or English.
    public init?(name: String) {
        switch name.lowercased().trimmingSpaces() {
        case "sponsor", "calo": self = .sponsor
        case "recruiter", "perekrut": self = .recruiter
        case "employer", "majikan", "pemberi kerja": self = .employer
        case "transporter", "pengangkut": self = .transporter
        case "guard", "penjaga", "penampung": self = .`guard`
        case "other", "lain", "lainnya": self = .other
        default: return nil
        }
    }
}
