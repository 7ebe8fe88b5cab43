import Cases

/// What a reporter tells Simpul, as the public questionnaire collects it. Every answer but
/// "is someone in danger now" may be left open: a report with little in it still counts.
public struct ReportAnswers: Sendable, Hashable, Codable {
    public var danger: Tristate?
    public var situations: [Situation] = []
    /// The reporter's own words.
    public var narrative: String = ""
    public var relation: Relation?
    public var victimIsChild: Tristate?
    public var victimCount: VictimCount?
    public var whereabouts: Whereabouts?
    /// Province code (BPS) where it happened, when in Indonesia.
    public var provinceCode: String?
    public var regency: String?
    /// Country named by the reporter, when abroad.
    public var country: String?
    public var contact: ContactPreference?
    /// Only for a safe call-back: the number, the times it is safe, the word the caller gives.
    public var callbackPhone: String?
    public var callbackWindows: [CallbackWindow] = []
    public var codeWord: String?

    public init() {}

    /// The forms of exploitation the situations point to, for routing and for a case.
    public var exploitationTypes: [ExploitationType] {
        var seen: [ExploitationType] = []
        for s in situations { for t in s.exploitationTypes where !seen.contains(t) { seen.append(t) } }
        return seen
    }

    public var isUrgent: Bool { danger == .yes }
    public var isAbroad: Bool { whereabouts == .abroad }
}

/// Yes, no, or "I don't know" — never forced into a yes or a no.
public enum Tristate: String, Sendable, Codable, CaseIterable {
    case yes, no, unknown

    public var label: (id: String, en: String) {
        switch self {
        case .yes: return ("Ya", "Yes")
        case .no: return ("Tidak", "No")
        case .unknown: return ("Tidak tahu", "I don't know")
        }
    }
}

/// Who the reporter is to the person harmed.
public enum Relation: String, Sendable, Codable, CaseIterable {
    case myself = "self", family, friend, witness, professional, other

    public var label: (id: String, en: String) {
        switch self {
        case .myself: return ("Saya sendiri korbannya", "It happened to me")
        case .family: return ("Anggota keluarga saya", "A member of my family")
        case .friend: return ("Teman atau tetangga", "A friend or neighbour")
        case .witness: return ("Orang yang saya lihat atau dengar", "Someone I saw or heard about")
        case .professional: return ("Saya menemuinya dalam pekerjaan (guru, tenaga kesehatan, …)",
                                    "I met them through my work (teacher, health worker, …)")
        case .other: return ("Lainnya", "Other")
        }
    }
}

public enum VictimCount: String, Sendable, Codable, CaseIterable {
    case one, several, many, unknown

    public var label: (id: String, en: String) {
        switch self {
        case .one: return ("Satu orang", "One person")
        case .several: return ("2–9 orang", "2–9 people")
        case .many: return ("10 orang atau lebih", "10 or more people")
        case .unknown: return ("Tidak tahu", "I don't know")
        }
    }
}

public enum Whereabouts: String, Sendable, Codable, CaseIterable {
    case indonesia, abroad, unknown

    public var label: (id: String, en: String) {
        switch self {
        case .indonesia: return ("Di Indonesia", "In Indonesia")
        case .abroad: return ("Di luar negeri", "Abroad")
        case .unknown: return ("Tidak tahu", "I don't know")
        }
    }
}
