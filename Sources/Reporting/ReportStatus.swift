/// Where a report stands in its agency's queue.
public enum ReportStatus: String, Sendable, Codable, CaseIterable {
    /// Not yet opened by anyone in the agency.
    case new
    /// Opened; being looked at.
    case inReview = "in_review"
    /// The agency asked the reporter something and waits for the answer.
    case awaitingReporter = "awaiting_reporter"
    /// Turned into a case; the report stays linked to it and is kept with it.
    case caseOpened = "case_opened"
    case closed

    public var isOpen: Bool { self == .new || self == .inReview || self == .awaitingReporter }

    public var label: (id: String, en: String) {
        switch self {
        case .new: return ("Baru", "New")
        case .inReview: return ("Sedang ditelaah", "In review")
        case .awaitingReporter: return ("Menunggu jawaban pelapor", "Waiting for the reporter")
        case .caseOpened: return ("Menjadi kasus", "Case opened")
        case .closed: return ("Ditutup", "Closed")
        }
    }
}

/// How a report reached Simpul.
public enum ReportChannel: String, Sendable, Codable, CaseIterable {
    case web, phone, whatsapp, walkIn = "walk_in", email

    public var label: (id: String, en: String) {
        switch self {
        case .web: return ("Formulir daring", "Online form")
        case .phone: return ("Telepon", "Phone")
        case .whatsapp: return ("WhatsApp", "WhatsApp")
        case .walkIn: return ("Datang langsung", "Walk-in")
        case .email: return ("Surel", "E-mail")
        }
    }
}
