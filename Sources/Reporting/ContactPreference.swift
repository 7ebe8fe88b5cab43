/// Whether and how the task force may reach the reporter. The default is that it may not:
/// the receipt code is the only way back unless the reporter asks for a call.
public enum ContactPreference: String, Sendable, Codable, CaseIterable {
    /// Do not contact me at all.
    case never
    /// I will come back with my receipt code to read replies.
    case receiptOnly = "receipt_only"
    /// Call me back, only at the times I give, and say the code word first.
    case callback

    public var label: (id: String, en: String) {
        switch self {
        case .never: return ("Jangan hubungi saya", "Do not contact me")
        case .receiptOnly: return ("Saya akan kembali memakai kode tanda terima",
                                   "I will come back with my receipt code")
        case .callback: return ("Telepon saya kembali dengan aman (waktu dan kata sandi saya tentukan)",
                                "Call me back safely (at times and with a code word I choose)")
        }
    }
}

/// The times of day at which a call-back is safe for the reporter (WIB, WITA or WIT as local).
public enum CallbackWindow: String, Sendable, Codable, CaseIterable {
    case morning, midday, afternoon, evening

    public var label: (id: String, en: String) {
        switch self {
        case .morning: return ("Pagi, 08.00–11.00", "Morning, 08:00–11:00")
        case .midday: return ("Siang, 11.00–14.00", "Midday, 11:00–14:00")
        case .afternoon: return ("Sore, 14.00–18.00", "Afternoon, 14:00–18:00")
        case .evening: return ("Malam, 18.00–21.00", "Evening, 18:00–21:00")
        }
    }
}
