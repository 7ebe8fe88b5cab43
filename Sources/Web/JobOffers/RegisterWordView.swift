import Markup
import OfferCheck

/// The register's word on the company an offer names: found (its status, licence dates, head
/// office and branches), or not found (with names in the register that look alike — which does
/// not make them the same company).
enum RegisterWordView {
    static func node(_ w: RegisterWord, lang: Lang) -> Node {
        guard let by = w.lookedUpBy else { return .empty }
        return .section(.class("register"), .id("register"),
            .h2(.plain(lang("Perusahaan dalam daftar P3MI berizin", "The company in the register of licensed agencies"))),
            .p(.plain(by == .licenceNumber
                ? lang("Dicari dengan nomor SIP3MI \"\(w.licenceNumber ?? "")\".", "Looked up by SIP3MI number \"\(w.licenceNumber ?? "")\".")
                : lang("Dicari dengan nama perusahaan.", "Looked up by the company's name."))),
            .if(w.licenceWellFormed == false, .p(.class("error-text"), .plain(lang(
                "Nomor \"\(w.licenceNumber ?? "")\" tidak berbentuk nomor izin (3–40 huruf, angka, titik, garis miring, tanda hubung, dengan paling sedikit satu angka).",
                "\"\(w.licenceNumber ?? "")\" is not shaped like a licence number (3–40 letters, digits, dots, slashes, dashes, with at least one digit)."))
            )),
            .unwrap(w.agency, { found($0, problem: w.licenceProblem, lang: lang) }, else: notFound(w, lang: lang)))
    }

    private static func found(_ a: LicensedAgency, problem: LicenceProblem?, lang: Lang) -> Node {
        .group(
            .dl(.class("facts"),
                .dt(.plain(lang("Nama", "Name"))), .dd(.plain(a.name)),
                .dt(.plain("SIP3MI")), .dd(.plain(a.licenceNumber)),
                .dt(.plain(lang("Status izin", "Licence status"))), .dd(.strong(.plain(status(a.status, lang)))),
                .unwrap(a.validUntil) { d in .group(.dt(.plain(lang("Berlaku sampai", "Valid until"))), .dd(.plain(DayWords.day(d, lang)))) },
                .unwrap(a.headOffice) { h in .group(.dt(.plain(lang("Kantor pusat", "Head office"))), .dd(.plain(h))) },
                .dt(.plain(lang("Kantor cabang terdaftar", "Registered branches"))),
                .dd(a.branches.isEmpty ? .plain(lang("tidak ada yang terdaftar", "none registered"))
                    : .ul(.forEach(a.branches) { .li(.plain($0)) }))),
            .unwrap(problem) { p in .p(.class("error-text"), .plain(lang(p.text(a)) + " "
                + lang("Perusahaan ini tidak boleh menempatkan pekerja.", "This company may not place workers."))) },
            .p(.class("hint"), .plain(lang("Kantor cabang harus terdaftar pada pemerintah daerah (UU 18/2017 Pasal 53): bila Anda direkrut oleh kantor yang tidak ada di daftar ini, tanyakan ke KP2MI.",
                                           "Branches must be registered with the local government (UU 18/2017 Pasal 53): if an office not listed here recruits you, ask KP2MI."))))
    }

    private static func notFound(_ w: RegisterWord, lang: Lang) -> Node {
        .group(
            .p(.strong(.plain(lang("Tidak ditemukan dalam daftar.", "Not found in the register.")))),
            .if(!w.similar.isEmpty, .group(
                .p(.plain(lang("Nama yang mirip dalam daftar (belum tentu perusahaan yang sama):", "Similar names in the register (not necessarily the same company):"))),
                .ul(.forEach(w.similar) { m in
                    .li(.plain("\(m.agency.name) — SIP3MI \(m.agency.licenceNumber) — \(status(m.agency.status, lang))"))
                }))))
    }

    static func status(_ s: LicenceStatus, _ lang: Lang) -> String {
        switch s {
        case .active: lang("aktif", "active")
        case .suspended: lang("dibekukan", "suspended")
        case .revoked: lang("dicabut", "revoked")
        }
    }
}
