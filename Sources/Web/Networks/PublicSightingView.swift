import Cases
import Markup
import Networks
import Store

/// "Nomor ini disebut dalam 3 laporan dan pengecekan": how often the public named an identifier
/// of a case file in reports (`/lapor`) and job-offer checks (`/cek-lowongan`). Shown on
/// investigators' pages only; no public page or public API ever says it.
enum PublicSightingView {
    static func sentence(_ kind: NodeKind, _ c: PublicSightingCount, lang: Lang) -> String {
        let (id, en): (String, String) = switch kind {
        case .phone, .eWallet: ("Nomor ini", "This number")
        case .bankAccount: ("Rekening ini", "This account")
        case .agency, .company: ("Nama atau izin ini", "This name or licence")
        default: ("Pengenal ini", "This identifier")
        }
        return lang("\(id) disebut dalam \(c.total) laporan dan pengecekan publik (\(c.reports) laporan, \(c.checks) cek lowongan).",
                    "\(en) was named in \(c.total) public \(c.total == 1 ? "report or check" : "reports and checks") "
                        + "(\(c.reports) \(c.reports == 1 ? "report" : "reports"), \(c.checks) job-offer \(c.checks == 1 ? "check" : "checks")).")
    }

    /// The sentence as a paragraph, or nothing when the public never named it.
    static func line(_ kind: NodeKind, _ c: PublicSightingCount?, lang: Lang) -> Node {
        .unwrap(c) { c in .p(.class("named-by-public"), .plain(sentence(kind, c, lang: lang))) }
    }
}
