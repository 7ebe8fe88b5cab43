/// Platforms where recruiters advertise and talk to the people they recruit. A handle is unique
/// on its platform only, so the platform is part of the key.
public enum SocialPlatform: String, CaseIterable, Hashable, Sendable {
    case facebook, instagram, tiktok, x, telegram, whatsapp, line

    /// Reads a platform's name as people type it ("FB", "IG", "Twitter", "WA").
    public init?(name: String) {
        switch String(name.lowercased().filter { $0.isLetter }) {
        case "facebook", "fb": self = .facebook
        case "instagram", "ig": self = .instagram
        case "tiktok": self = .tiktok
        case "x", "twitter": self = .x
        case "telegram", "tg": self = .telegram
        case "whatsapp", "wa": self = .whatsapp
        case "line": self = .line
        default: return nil
        }
    }

    /// Characters a handle may hold besides a–z and 0–9, and its length, as each platform
    /// states them for new accounts. WhatsApp has no handle: the account is a phone number.
    var handleRule: (extra: Set<Character>, length: ClosedRange<Int>) {
        switch self {
        case .instagram: ([".", "_"], 1...30)
        case .tiktok: ([".", "_"], 2...24)
        case .x: (["_"], 1...15)
        case .telegram: (["_"], 5...32)
        case .facebook: (["."], 5...50)
        case .line: ([".", "_", "-"], 4...20)
        case .whatsapp: ([], 0...0)
        }
    }

    /// Hosts whose profile address ends in the handle ("https://www.instagram.com/nama.akun/").
    var profileHosts: [String] {
        switch self {
        case .facebook: ["facebook.com/", "fb.com/", "m.facebook.com/"]
        case .instagram: ["instagram.com/"]
        case .tiktok: ["tiktok.com/"]
        case .x: ["x.com/", "twitter.com/"]
        case .telegram: ["t.me/", "telegram.me/"]
        case .whatsapp: ["wa.me/"]
        case .line: ["line.me/ti/p/"]
        }
    }
}
